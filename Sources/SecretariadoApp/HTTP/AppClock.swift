import NIOConcurrencyHelpers
import Vapor

/// The one clock every time rule of the app reads (sessions that have started, notice
/// periods, installation dates). It is the system's time unless a test sets it, or the
/// server was started with `SECRETARIADO_CLOCK_OFFSET` (seconds added to the system's time,
/// read once at startup) so end-to-end checks against a real server can hold a session
/// convened days ahead: that variable is for testing only and never set in production.
final class AppClock: Sendable {
    private enum Mode: Sendable {
        case system(offset: TimeInterval)
        case fixed(Date)
    }

    private let mode: NIOLockedValueBox<Mode>

    init(offset: TimeInterval = 0) {
        mode = NIOLockedValueBox(.system(offset: offset))
    }

    /// The present moment as the app's rules see it.
    func now() -> Date {
        switch mode.withLockedValue({ $0 }) {
        case .system(let offset): Date().addingTimeInterval(offset)
        case .fixed(let date): date
        }
    }

    /// Stops the clock at `date` (tests).
    func set(_ date: Date) {
        mode.withLockedValue { $0 = .fixed(date) }
    }

    /// Moves a stopped clock forward to `date` if it is behind it (tests: "the session has
    /// started"); never backwards.
    func advance(to date: Date) {
        mode.withLockedValue { mode in
            switch mode {
            case .fixed(let current): if current < date { mode = .fixed(date) }
            case .system(let offset):
                let current = Date().addingTimeInterval(offset)
                mode = .fixed(max(current, date))
            }
        }
    }

    /// The offset of `SECRETARIADO_CLOCK_OFFSET` (seconds; `d`, `h` or `m` suffixes for days,
    /// hours and minutes), or 0 when it is not set. Bad values stop the server: a check that
    /// meant to move the clock must not silently run on the real one.
    static func offset(fromEnvironment value: String?) throws -> TimeInterval {
        guard let raw = value?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return 0 }
        let units: [Character: TimeInterval] = ["d": 86_400, "h": 3_600, "m": 60, "s": 1]
        var number = Substring(raw)
        var unit: TimeInterval = 1
        if let last = raw.last, let factor = units[last] {
            number = raw.dropLast()
            unit = factor
        }
        guard let amount = Double(number), amount.isFinite else {
            throw Abort(.internalServerError, reason: "SECRETARIADO_CLOCK_OFFSET must be a number of seconds (or with d, h, m): \(raw)")
        }
        return amount * unit
    }
}

extension Application {
    private struct AppClockKey: StorageKey { typealias Value = AppClock }

    /// The app's clock (see `AppClock`); `configure` creates it once.
    var clock: AppClock {
        get {
            if let clock = storage[AppClockKey.self] { return clock }
            let clock = AppClock()
            storage[AppClockKey.self] = clock
            return clock
        }
        set { storage[AppClockKey.self] = newValue }
    }
}

extension Request {
    /// The present moment for this request's rules (`AppClock`).
    var now: Date { application.clock.now() }
}
