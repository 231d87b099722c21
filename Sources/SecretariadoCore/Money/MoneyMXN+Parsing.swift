extension MoneyMXN {
    /// Reads an amount as people type it in Mexico: `1234`, `1234.5`, `1,234.50`, `$1,234.50`,
    /// `$ 1,234.50 MXN`, and with `allowNegative` also `-$1,234.50` or `$-1,234.50`.
    ///
    /// es-MX writes "." for decimals and "," for thousands. Rather than guess, this rejects
    /// anything ambiguous or inexact: more than two decimals, a decimal comma (`1234,50`,
    /// European `1.234,50`), badly placed thousands commas, any other character, and amounts
    /// beyond `Int64` centavos. Surrounding blanks are ignored.
    public static func parse(_ input: String, allowNegative: Bool = false) throws(MoneyParseError) -> MoneyMXN {
        var text = Substring(input).trimmingBlanks()
        if text.suffix(3).uppercased() == "MXN" {
            text = text.dropLast(3).trimmingBlanks()
        }
        var negative = false
        if let first = text.first, first == "-" || first == "\u{2212}" {
            negative = true
            text = text.dropFirst().trimmingBlanks()
        }
        if text.first == "$" {
            text = text.dropFirst().trimmingBlanks()
        }
        if let first = text.first, first == "-" || first == "\u{2212}" {
            guard !negative else { throw .malformed }
            negative = true
            text = text.dropFirst()
        }
        guard !text.isEmpty else { throw .empty }
        guard text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "," || $0 == ".") }) else {
            throw text.contains(where: { $0 == "-" || $0 == "$" }) ? .malformed : .notANumber
        }

        let centavos = try centavos(ofUnsigned: text)
        // Any minus sign counts, even on zero: the person meant a negative amount.
        if negative && !allowNegative { throw .negativeNotAllowed }
        return MoneyMXN(centavos: negative ? -centavos : centavos)
    }

    /// `digits[,ddd]*[.d[d]]` → centavos. `text` holds only ASCII digits, "," and ".".
    private static func centavos(ofUnsigned text: Substring) throws(MoneyParseError) -> Int64 {
        let pieces = text.split(separator: ".", omittingEmptySubsequences: false)
        if pieces.count > 2 {
            // "1.234.567" or "1.234,50": points used as thousands separators.
            throw text.contains(",") ? .decimalComma : .malformed
        }
        let whole = pieces[0]
        let fraction = pieces.count == 2 ? pieces[1] : nil

        if let fraction {
            if fraction.contains(",") { throw .decimalComma }  // "1.234,50"
            if fraction.isEmpty { throw .malformed }  // "12."
            if fraction.count > 2 { throw .tooManyDecimals(found: fraction.count) }
        }
        let wholeDigits = try digitsOfWhole(whole, hasFraction: fraction != nil)
        if wholeDigits.isEmpty && fraction == nil { throw .malformed }  // "," alone

        var value: Int64 = 0
        for digit in wholeDigits + (fraction ?? "") + String(repeating: "0", count: 2 - (fraction?.count ?? 0)) {
            let (shifted, overflowA) = value.multipliedReportingOverflow(by: 10)
            let (next, overflowB) = shifted.addingReportingOverflow(Int64(digit.wholeNumberValue!))
            guard !overflowA, !overflowB else { throw .outOfRange }
            value = next
        }
        return value
    }

    /// The digits of the whole part, checking that any thousands commas sit every three digits.
    private static func digitsOfWhole(_ whole: Substring, hasFraction: Bool) throws(MoneyParseError) -> String {
        guard whole.contains(",") else { return String(whole) }
        let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
        let wellGrouped = (1...3).contains(groups[0].count) && groups.dropFirst().allSatisfy { $0.count == 3 }
        guard wellGrouped else {
            // "1234,5" / "1234,50": a decimal comma, the usual slip of a European keyboard habit.
            if !hasFraction, groups.count == 2, (1...2).contains(groups[1].count), !groups[0].isEmpty {
                throw .decimalComma
            }
            throw .misplacedThousandsSeparator
        }
        return groups.joined()
    }
}

extension Substring {
    /// Drops leading and trailing whitespace, including NO-BREAK SPACE.
    fileprivate func trimmingBlanks() -> Substring {
        guard let start = firstIndex(where: { !$0.isWhitespace }),
            let end = lastIndex(where: { !$0.isWhitespace })
        else { return self[endIndex...] }
        return self[start...end]
    }
}
