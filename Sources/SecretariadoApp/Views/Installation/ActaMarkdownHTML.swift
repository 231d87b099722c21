import Foundation

/// The small Markdown the acta uses (headings, paragraphs, bullet and numbered lists,
/// `**bold**`) as escaped HTML, so the printable page and the `.md` show the same text.
enum ActaMarkdownHTML {
    static func render(_ markdown: String) -> String {
        var html = ""
        var paragraph: [String] = []
        var list: (tag: String, items: [String])?

        func flushParagraph() {
            if !paragraph.isEmpty { html += "<p>\(inline(paragraph.joined(separator: " ")))</p>\n" }
            paragraph = []
        }
        func flushList() {
            if let current = list {
                let signers = current.items.compactMap(signer)
                if current.tag == "ul", !signers.isEmpty, signers.count == current.items.count {
                    // The acta's «Firmas»: a line to sign above each name, on paper too.
                    html +=
                        "<ul class=\"signature-list\">"
                        + signers.map { "<li class=\"sign\"><span class=\"signer\">\(inline($0))</span></li>" }.joined() + "</ul>\n"
                } else {
                    html += "<\(current.tag)>" + current.items.map { "<li>\(inline($0))</li>" }.joined() + "</\(current.tag)>\n"
                }
            }
            list = nil
        }

        for raw in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty {
                flushParagraph()
                flushList()
            } else if let level = headingLevel(line) {
                flushParagraph()
                flushList()
                let text = line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
                html += "<h\(level)>\(inline(text))</h\(level)>\n"
            } else if line.hasPrefix("- ") {
                flushParagraph()
                if list?.tag != "ul" {
                    flushList()
                    list = ("ul", [])
                }
                list?.items.append(String(line.dropFirst(2)))
            } else if let item = numberedItem(line) {
                flushParagraph()
                if list?.tag != "ol" {
                    flushList()
                    list = ("ol", [])
                }
                list?.items.append(item)
            } else if line.hasPrefix("> ") {
                flushParagraph()
                flushList()
                html += "<blockquote><p>\(inline(String(line.dropFirst(2))))</p></blockquote>\n"
            } else {
                flushList()
                paragraph.append(line)
            }
        }
        flushParagraph()
        flushList()
        return html
    }

    /// "Name — Organisation: ______": the generator's blank to sign, read as the signer's
    /// name. People's own underscores are escaped (`\\_`), so only the generator ends so.
    private static func signer(_ item: String) -> String? {
        let blank = item.reversed().prefix { $0 == "_" }.count
        guard blank >= 10 else { return nil }
        let rest = item.dropLast(blank).trimmingCharacters(in: .whitespaces)
        guard rest.hasSuffix(":"), !rest.hasSuffix("\\:") else { return nil }
        return String(rest.dropLast())
    }

    /// `#` … `######` followed by a space; deeper levels are drawn as `h6`.
    private static func headingLevel(_ line: String) -> Int? {
        let hashes = line.prefix { $0 == "#" }.count
        guard hashes > 0, line.dropFirst(hashes).first == " " else { return nil }
        return min(hashes, 6)
    }

    private static func numberedItem(_ line: String) -> String? {
        let digits = line.prefix { $0.isNumber }
        guard !digits.isEmpty, line.dropFirst(digits.count).hasPrefix(". ") else { return nil }
        return String(line.dropFirst(digits.count + 2))
    }

    /// Turns unescaped `**…**` pairs into `<strong>` and reads `\X` (the generator's escape
    /// of people's text, `MarkdownText`) as the plain character; everything is HTML-escaped.
    static func inline(_ text: String) -> String {
        var parts: [String] = []
        var current = ""
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            if character == "\\", let next, next.isASCII, next.isPunctuation || next.isSymbol {
                current.append(next)
                index += 2
            } else if character == "*", next == "*" {
                parts.append(current)
                current = ""
                index += 2
            } else {
                current.append(character)
                index += 1
            }
        }
        parts.append(current)
        var out = ""
        for (index, part) in parts.enumerated() {
            if index == 0 {
                out += SVG.escape(part)
                continue
            }
            let opening = index % 2 == 1
            if opening, index == parts.count - 1 {
                out += "**" + SVG.escape(part)
                continue
            }
            out += (opening ? "<strong>" : "</strong>") + SVG.escape(part)
        }
        return out
    }
}
