import Vapor

extension Application {
    /// The one place the transport is chosen: `app.mail.transport = SMTPMailTransport(…)`.
    /// Until set, messages are written as `.eml` files (`FileMailTransport`).
    var mail: MailConfiguration { MailConfiguration(application: self) }

    struct MailConfiguration {
        let application: Application

        private struct TransportKey: StorageKey {
            typealias Value = any MailTransport
        }

        var transport: any MailTransport {
            get { application.storage[TransportKey.self] ?? FileMailTransport(directory: MailSite.directory) }
            nonmutating set { application.storage[TransportKey.self] = newValue }
        }

        /// Starts the delivery worker with the application (for `serve`; tests deliver by
        /// calling `MailDelivery.deliverDue` themselves).
        func startWorker(every interval: TimeInterval = 5) {
            application.lifecycle.use(MailDeliveryWorker(interval: interval))
        }
    }
}
