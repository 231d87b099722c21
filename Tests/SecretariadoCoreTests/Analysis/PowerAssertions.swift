import SecretariadoCore
import XCTest

/// Compares an analysis with the brute-force reference, sector by sector.
func assertMatches(
    _ analysis: ForumAnalysis, _ reference: BruteForceForum.Result, _ label: String,
    accuracy: Double = 1e-9, file: StaticString = #filePath, line: UInt = #line
) {
    for (sector, expected) in reference.banzhaf {
        XCTAssertEqual(
            analysis.power.banzhaf[sector] ?? .nan, expected, accuracy: accuracy,
            "\(label): Banzhaf of \(sector)", file: file, line: line)
    }
    for (sector, expected) in reference.shapleyShubik {
        XCTAssertEqual(
            analysis.power.shapleyShubik[sector] ?? .nan, expected, accuracy: accuracy,
            "\(label): Shapley–Shubik of \(sector)", file: file, line: line)
    }
    XCTAssertEqual(analysis.dominantSectors, reference.dominant, "\(label): dominant", file: file, line: line)
    XCTAssertEqual(analysis.vetoSectors, reference.veto, "\(label): veto", file: file, line: line)
}

/// Every voting sector's index, or 0 for every sector when nothing can win.
func assertIndicesAreDistributions(
    _ analysis: ForumAnalysis, _ label: String,
    file: StaticString = #filePath, line: UInt = #line
) {
    for index in [analysis.power.banzhaf, analysis.power.shapleyShubik] {
        XCTAssertTrue(index.values.allSatisfy { $0.isFinite && $0 >= 0 }, "\(label): \(index)", file: file, line: line)
        let sum = index.values.reduce(0, +)
        let expected = analysis.winningCondition.basis == .none ? 0.0 : 1.0
        XCTAssertEqual(sum, expected, accuracy: 1e-9, "\(label): indices sum", file: file, line: line)
    }
}

/// A small deterministic generator (SplitMix64), so that random cases repeat exactly.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
