import Foundation

/// Bounds on one request, so that a single body cannot keep the server busy for long.
/// The cost of a forum grows with its seats squared times its sectors only when the rule
/// requires many sectors; at the limits below one forum takes under a second (release
/// build), and the typical STL a few microseconds.
public enum AnalysisLimits {
    public static let maxForums = 1_000
    public static let maxSeatsPerForum = 10_000
    /// Seats of all forums of one request together.
    public static let maxSeatsPerRequest = 100_000
    /// Keys of `seats`, observers and sectors with zero seats included.
    public static let maxSectorsPerForum = 20
    public static let maxNameLength = 200
    /// Problems listed in one error; the rest are only counted.
    public static let maxReportedIssues = 50
}
