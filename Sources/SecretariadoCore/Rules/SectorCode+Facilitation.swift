import Foundation

extension SectorCode {
    /// Codes people use for the facilitator when they list it as if it held a seat.
    /// The facilitator has voice but no vote (guide, «¿Cómo funciona…?»), so the decision
    /// engine never counts such a seat and the analysis flags it.
    public static let facilitationCodes: Set<SectorCode> = [
        "facilitador", "facilitadora", "facilitator", "facilitacion",
    ]

    /// Whether this code names the facilitator rather than a represented sector.
    public var isFacilitation: Bool { Self.facilitationCodes.contains(self) }
}
