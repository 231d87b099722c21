import Fluent
import Foundation
import SecretariadoCore
import Vapor

/// The daily jobs of notifications, run by the delivery worker once an hour and safe to run
/// again: each one marks what it has done.
enum DailyNotices {
    static func run(now: Date, on db: any Database) async throws {
        try await MinutesNotices.remind(now: now, on: db)
        try await AgreementNotices.remind(now: now, on: db)
        try await TermNotices.remind(now: now, on: db)
        // Last, so the day's reminders of digest-mode kinds join today's digest.
        try await NoticeDigest.send(now: now, on: db)
    }
}
