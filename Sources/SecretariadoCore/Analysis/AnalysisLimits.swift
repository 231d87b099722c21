import Foundation

/// Bounds on one request, so that a single anonymous body cannot keep the server busy.
///
/// The guide's forums are small: the STLs of Tabla 2 have three sectors and 3 to 9 seats;
/// the largest multi-stakeholder forums of Tabla 1 have 34 seats (Sierra Leona) and four
/// groups with observers (Perú). The limits leave ample room above that — eight sectors,
/// 200 seats a forum, twenty forums, 1,000 seats a request — while keeping the worst request
/// (every limit reached, every sector required) to a few tens of milliseconds: the cost grows
/// with sectors² × seats², and these bounds cap it some 500 times below what the old ones
/// allowed. The server also runs the analysis off its event loop with a deadline
/// (`deadlineSeconds`) and rate-limits anonymous callers.
public enum AnalysisLimits {
    public static let maxForums = 20
    public static let maxSeatsPerForum = 200
    /// Seats of all forums of one request together.
    public static let maxSeatsPerRequest = 1_000
    /// Keys of `seats`, observers and sectors with zero seats included.
    public static let maxSectorsPerForum = 8
    public static let maxNameLength = 200
    /// Problems listed in one error; the rest are only counted.
    public static let maxReportedIssues = 50
    /// Wall-clock budget of one request's analysis on the server.
    public static let deadlineSeconds = 2.0
}
