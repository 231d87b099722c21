import Foundation
import SecretariadoCore

/// Field checks of the follow-up forms and bodies, on top of `FieldCheck`.
enum FollowUpFields {
    static func requiredDate(_ value: String?, _ name: String) throws -> Date {
        guard let date = try FieldCheck.date(value, name) else { throw AppError.required(name) }
        return date
    }

    /// Links, one per line, each http(s); `nil` when the field was not sent at all, so an
    /// update that leaves it out keeps what was there.
    static func links(_ value: String?, _ name: String) throws -> [String]? {
        guard let value else { return nil }
        let lines = value.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard lines.count <= 20 else {
            throw AppError.invalid(
                field: name,
                Localized(
                    es: "«\(name)» admite como máximo 20 enlaces.", en: "“\(name)” allows at most 20 links."))
        }
        return try lines.map { try FieldCheck.url($0, name)! }
    }

    /// Pesos as people write them in Mexico, exact to the centavo, never negative.
    static func amount(_ value: String?, _ name: String) throws -> MoneyMXN {
        guard let text = try FieldCheck.optional(value, name, maxLength: 40) else { throw AppError.required(name) }
        let amount: MoneyMXN
        do {
            amount = try MoneyMXN.parse(text)
        } catch {
            throw AppError.invalid(
                field: name,
                Localized(
                    es: "«\(name)»: \(error.message.es)", en: "“\(name)”: \(error.message.en)"))
        }
        do {
            try ExpenseLimits.check(entry: amount)
        } catch {
            throw AppError.invalid(
                field: name,
                Localized(
                    es: "«\(name)»: \(error.message.es)", en: "“\(name)”: \(error.message.en)"))
        }
        return amount
    }

    /// A count of people: a whole number from 0 to one million.
    static func attendees(_ value: String?, _ name: String) throws -> Int {
        let number = try FieldCheck.requiredInt(value, name)
        guard (0...1_000_000).contains(number) else {
            throw AppError.invalid(
                field: name,
                Localized(
                    es: "«\(name)» debe ser un número de personas entre 0 y 1,000,000.",
                    en: "“\(name)” must be a number of people between 0 and 1,000,000."))
        }
        return number
    }

    /// OGP value codes separated by commas (or new lines), at least one, no repeats.
    static func ogpValues(_ value: String?, _ name: String) throws -> [OGPValue] {
        guard let text = try FieldCheck.optional(value, name, maxLength: 200) else { throw AppError.required(name) }
        var values: [OGPValue] = []
        for code in text.split(whereSeparator: { $0 == "," || $0.isNewline }).map({ $0.trimmingCharacters(in: .whitespaces) }) where !code.isEmpty {
            guard let value = OGPValue(rawValue: code) else {
                let allowed = OGPValue.allCases.map(\.rawValue).joined(separator: ", ")
                throw AppError.invalid(
                    field: name,
                    Localized(
                        es: "«\(name)» admite sólo: \(allowed).", en: "“\(name)” allows only: \(allowed)."))
            }
            if !values.contains(value) { values.append(value) }
        }
        guard !values.isEmpty else { throw AppError.required(name) }
        return OGPValue.allCases.filter(values.contains)
    }
}
