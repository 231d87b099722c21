import Foundation

/// A tiny RFC 5545 reader for the tests of Core and of the app (one copy, in this support
/// target): checks the physical format, unfolds, splits content
/// lines into name/parameters/value, unescapes TEXT and rebuilds the component tree.
public enum ICSTestReader {
    public struct Malformed: Error, CustomStringConvertible {
        public let description: String
    }

    public struct Property: Equatable {
        public var name: String
        public var parameters: [String]
        public var value: String
    }

    public final class Component {
        public let name: String
        public var properties: [Property] = []
        public var children: [Component] = []

        public init(name: String) {
            self.name = name
        }

        /// The raw value of the only property called `name`, or nil.
        public func value(_ name: String) -> String? {
            let matches = properties.filter { $0.name == name }
            return matches.count == 1 ? matches[0].value : nil
        }

        public func text(_ name: String) -> String? {
            value(name).map(ICSTestReader.unescape)
        }
    }

    /// Every physical line, without its CRLF; fails on a bare CR or LF or a missing final CRLF.
    public static func physicalLines(_ text: String) throws -> [Substring] {
        let scalars = text.unicodeScalars
        var previous: Unicode.Scalar?
        for (offset, scalar) in scalars.enumerated() {
            if scalar == "\n", previous != "\r" { throw Malformed(description: "bare LF at \(offset)") }
            if previous == "\r", scalar != "\n" { throw Malformed(description: "bare CR at \(offset)") }
            previous = scalar
        }
        guard text.hasSuffix("\r\n") else { throw Malformed(description: "no final CRLF") }
        // Split on scalars: "\r\n" is a single Character.
        let body = text.unicodeScalars.dropLast(2)
        return String(body).components(separatedBy: "\r\n").map { Substring($0) }
    }

    /// RFC 5545 §3.1 unfolding: every CRLF followed by one space or tab disappears.
    public static func unfold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            if scalars[i] == "\r", i + 2 < scalars.count, scalars[i + 1] == "\n",
                scalars[i + 2] == " " || scalars[i + 2] == "\t"
            {
                i += 3
                continue
            }
            out.append(scalars[i])
            i += 1
        }
        return String(out)
    }

    public static func unescape(_ value: String) -> String {
        var out = String.UnicodeScalarView()
        var escaping = false
        for scalar in value.unicodeScalars {
            if escaping {
                switch scalar {
                case "n", "N": out.append("\n")
                default: out.append(scalar)
                }
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Splits a list value on commas that are not escaped, then unescapes each item.
    public static func unescapeList(_ value: String) -> [String] {
        var items: [String] = []
        var current = String.UnicodeScalarView()
        var escaping = false
        for scalar in value.unicodeScalars {
            if escaping {
                current.append("\\")
                current.append(scalar)
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else if scalar == "," {
                items.append(unescape(String(current)))
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        items.append(unescape(String(current)))
        return items
    }

    /// Where `character` occurs in `line` outside double quotes.
    public static func unquoted(_ character: Character, in line: String) -> [String.Index] {
        var quoted = false
        var out: [String.Index] = []
        for index in line.indices {
            if line[index] == "\"" { quoted.toggle() } else if line[index] == character, !quoted { out.append(index) }
        }
        return out
    }

    public static func parse(_ text: String) throws -> Component {
        _ = try physicalLines(text)
        let unfolded = unfold(text)
        let lines = String(unfolded.unicodeScalars.dropLast(2)).components(separatedBy: "\r\n")
        var stack: [Component] = []
        var root: Component?
        for line in lines {
            // A quoted parameter value (RFC 5545 §3.2) may hold ";" and ":".
            guard let colon = unquoted(":", in: line).first else { throw Malformed(description: "no colon: \(line)") }
            var head: [String] = []
            var from = line.startIndex
            for semicolon in unquoted(";", in: line) where semicolon < colon {
                head.append(String(line[from..<semicolon]))
                from = line.index(after: semicolon)
            }
            head.append(String(line[from..<colon]))
            let property = Property(name: head[0], parameters: Array(head.dropFirst()), value: String(line[line.index(after: colon)...]))
            switch property.name {
            case "BEGIN":
                let component = Component(name: property.value)
                stack.last?.children.append(component)
                if stack.isEmpty {
                    guard root == nil else { throw Malformed(description: "two roots") }
                    root = component
                }
                stack.append(component)
            case "END":
                guard stack.last?.name == property.value else { throw Malformed(description: "unbalanced END:\(property.value)") }
                stack.removeLast()
            default:
                guard let current = stack.last else { throw Malformed(description: "property outside component") }
                current.properties.append(property)
            }
        }
        guard stack.isEmpty, let root else { throw Malformed(description: "unterminated component") }
        return root
    }
}
