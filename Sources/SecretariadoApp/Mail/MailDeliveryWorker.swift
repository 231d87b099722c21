import Fluent
import Foundation
import NIOConcurrencyHelpers
import Vapor

/// The delivery loop of `serve`: every few seconds, deliver what is due; once an hour, the
/// daily jobs (digests and reminders), which are idempotent. Several instances may run it at
/// once: claims keep them off each other's messages.
final class MailDeliveryWorker: LifecycleHandler, Sendable {
    let interval: TimeInterval
    /// Unique per process, recorded with every attempt.
    let name = "\(ProcessInfo.processInfo.hostName)-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
    private let task = NIOLockedValueBox<Task<Void, Never>?>(nil)

    init(interval: TimeInterval) {
        self.interval = interval
    }

    func didBootAsync(_ application: Application) async throws {
        let interval = interval
        let name = name
        let loop = Task { [application] in
            var lastDaily = Date.distantPast
            while !Task.isCancelled {
                do {
                    while try await MailDelivery.deliverDue(
                        transport: application.mail.transport, worker: name, on: application.db, logger: application.logger) > 0
                    {}
                    if Date().timeIntervalSince(lastDaily) >= 3_600 {
                        lastDaily = Date()
                        try await DailyNotices.run(now: Date(), on: application.db)
                    }
                } catch {
                    application.logger.error("Entrega de correo: \(error)")
                }
                try? await Task.sleep(nanoseconds: UInt64(interval * 1_000_000_000))
            }
        }
        task.withLockedValue { $0 = loop }
    }

    func shutdownAsync(_ application: Application) async {
        let running = task.withLockedValue { $0 }
        running?.cancel()
        await running?.value
    }
}
