import Foundation

/// A line-by-line difference between two texts (longest common subsequence), so a proposed
/// charter shows exactly which lines it removes and adds against the version in force.
public enum LineDiff {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case same, removed, added
    }

    public struct Line: Hashable, Sendable {
        public let kind: Kind
        public let text: String

        public init(_ kind: Kind, _ text: String) {
            self.kind = kind
            self.text = text
        }
    }

    /// Every line of both texts in reading order: removed lines before the lines added in
    /// their place. Charters are a few hundred lines, so the quadratic table is small.
    public static func lines(from old: [String], to new: [String]) -> [Line] {
        let n = old.count
        let m = new.count
        var common = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                common[i][j] = old[i] == new[j] ? common[i + 1][j + 1] + 1 : max(common[i + 1][j], common[i][j + 1])
            }
        }
        var result: [Line] = []
        var i = 0
        var j = 0
        while i < n || j < m {
            if i < n, j < m, old[i] == new[j] {
                result.append(Line(.same, old[i]))
                i += 1
                j += 1
            } else if i < n, j == m || common[i + 1][j] >= common[i][j + 1] {
                result.append(Line(.removed, old[i]))
                i += 1
            } else {
                result.append(Line(.added, new[j]))
                j += 1
            }
        }
        return result
    }
}
