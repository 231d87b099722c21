import Foundation

/// SplitMix64: a small, fast, deterministic generator, so that one seed always gives the
/// same dataset (Swift's `SystemRandomNumberGenerator` cannot be seeded).
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// An independent stream for one item (an STL), so its data do not depend on what was
    /// generated before it.
    init(seed: UInt64, stream: UInt64) {
        var mixer = SeededRandom(seed: seed ^ (stream &* 0x9E37_79B9_7F4A_7C15))
        state = mixer.next()
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool {
        Double.random(in: 0..<1, using: &self) < p
    }

    mutating func pick<T>(_ items: [T]) -> T {
        items[Int.random(in: 0..<items.count, using: &self)]
    }
}

/// Record ids for generated rows: unique per STL, deterministic for a seed, and increasing
/// in the order rows are made, so that inserts append to the primary-key and foreign-key
/// indexes instead of scattering over them.
/// Layout (RFC 9562 version 8, "custom"): 4 bytes STL number, 28-bit counter, 62 random bits.
struct GeneratedIDs {
    private let stl: UInt32
    private var counter: UInt32 = 0
    private var random: SeededRandom

    init(stlNumber: Int, seed: UInt64) {
        stl = UInt32(stlNumber + 1)
        random = SeededRandom(seed: seed, stream: UInt64(stlNumber) &+ 0xA5A5)
    }

    mutating func next() -> UUID {
        counter += 1
        precondition(counter < 1 << 28, "too many rows for one generated STL")
        let tail = random.next()
        return UUID(
            uuid: (
                UInt8(truncatingIfNeeded: stl >> 24), UInt8(truncatingIfNeeded: stl >> 16),
                UInt8(truncatingIfNeeded: stl >> 8), UInt8(truncatingIfNeeded: stl),
                UInt8(truncatingIfNeeded: counter >> 20), UInt8(truncatingIfNeeded: counter >> 12),
                0x80 | UInt8(truncatingIfNeeded: (counter >> 8) & 0x0F), UInt8(truncatingIfNeeded: counter),
                0x80 | UInt8(truncatingIfNeeded: tail & 0x3F), UInt8(truncatingIfNeeded: tail >> 8),
                UInt8(truncatingIfNeeded: tail >> 16), UInt8(truncatingIfNeeded: tail >> 24),
                UInt8(truncatingIfNeeded: tail >> 32), UInt8(truncatingIfNeeded: tail >> 40),
                UInt8(truncatingIfNeeded: tail >> 48), UInt8(truncatingIfNeeded: tail >> 56)
            ))
    }
}
