import Foundation

/// Which addresses the platform writes into a header or an SMTP envelope: `local@domain`
/// in ASCII (RFC 5321/5322 dot-atom), nothing that could end a header line, close the
/// angle brackets around it or end an SMTP command. Internationalised addresses would need
/// SMTPUTF8 and are refused with that reason rather than sent mangled.
public enum MailAddressSyntax {
    /// RFC 5322 `atext` besides letters and digits.
    private static let atextSymbols = Set("!#$%&'*+-/=?^_`{|}~".utf8)

    /// Returns the address unchanged when it is valid, and throws the rule it breaks otherwise.
    @discardableResult
    public static func check(_ address: String) throws(MailMessageError) -> String {
        func refuse(_ reason: String) -> MailMessageError { .invalidAddress(address, reason: reason) }
        let bytes = Array(address.utf8)
        if bytes.isEmpty { throw refuse("empty") }
        if bytes.contains(where: { $0 >= 0x80 }) {
            throw refuse("non-ASCII addresses need SMTPUTF8, which is not supported")
        }
        if bytes.contains(where: { $0 < 0x20 || $0 == 0x7F }) { throw refuse("contains a control character (line break?)") }
        if bytes.contains(0x20) { throw refuse("contains a space") }
        if bytes.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") }) { throw refuse("contains < or >") }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else { throw refuse("needs exactly one @") }
        let local = Array(parts[0].utf8)
        let domain = Array(parts[1].utf8)
        if local.isEmpty || local.count > 64 { throw refuse("the part before @ must have 1 to 64 characters") }
        if bytes.count > 254 { throw refuse("longer than 254 characters") }
        for atom in local.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false) {
            if atom.isEmpty { throw refuse("a dot at the start or end of the name, or two dots together") }
            for byte in atom where !(isAlphanumeric(byte) || atextSymbols.contains(byte)) {
                throw refuse("the character \(Character(UnicodeScalar(byte))) is not allowed before @")
            }
        }
        if domain.isEmpty { throw refuse("no domain after @") }
        for label in domain.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false) {
            if label.isEmpty || label.count > 63 { throw refuse("the domain has an empty or over-long label") }
            if label.first == UInt8(ascii: "-") || label.last == UInt8(ascii: "-") { throw refuse("a domain label starts or ends with -") }
            for byte in label where !(isAlphanumeric(byte) || byte == UInt8(ascii: "-")) {
                throw refuse("the character \(Character(UnicodeScalar(byte))) is not allowed in the domain")
            }
        }
        return address
    }

    public static func isValid(_ address: String) -> Bool { (try? check(address)) != nil }

    /// What is left of an address after dropping every character that could break out of
    /// its place; only for the unchecked `rendered()`, which must never throw.
    static func defused(_ address: String) -> String {
        String(
            String.UnicodeScalarView(
                address.unicodeScalars.filter { scalar in
                    guard scalar.isASCII, let byte = UInt8(exactly: scalar.value) else { return false }
                    return MailText.isASCIIVisible(byte) && !"<>()[]\\,;:\"".utf8.contains(byte)
                }))
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
}
