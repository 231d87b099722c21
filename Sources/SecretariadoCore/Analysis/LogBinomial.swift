import Foundation

/// Binomial coefficients as natural logarithms, so that forums of thousands of seats never
/// overflow: C(1000, 500) is about 10^299, near the end of what a Double holds.
struct LogBinomial: Sendable {
    /// logFactorial[n] = ln(n!), summed once; the rounding error grows like n·ε·ln n,
    /// about 1e-11 at ten thousand seats, far below what the indices need.
    private let logFactorial: [Double]

    init(upTo n: Int) {
        var table = [Double](repeating: 0, count: max(n, 1) + 1)
        for i in stride(from: 2, through: n, by: 1) { table[i] = table[i - 1] + log(Double(i)) }
        logFactorial = table
    }

    /// ln C(n, k); −∞ when k is outside 0...n.
    func logChoose(_ n: Int, _ k: Int) -> Double {
        guard k >= 0, k <= n else { return -.infinity }
        return logFactorial[n] - logFactorial[k] - logFactorial[n - k]
    }

    /// ln of the probability that a fair-coin subset of n seats has exactly k of them.
    func logCoinProbability(_ n: Int, _ k: Int) -> Double {
        logChoose(n, k) - Double(n) * M_LN2
    }
}

/// ln(e^a + e^b) without overflow, with −∞ as the neutral element.
func logSumExp(_ a: Double, _ b: Double) -> Double {
    if a == -.infinity { return b }
    if b == -.infinity { return a }
    let high = max(a, b)
    return high + log1p(exp(min(a, b) - high))
}

/// ln Σ e^xᵢ, stable for very negative terms.
func logSumExp<S: Sequence<Double>>(_ values: S) -> Double {
    let all = Array(values)
    guard let high = all.max(), high > -.infinity else { return -.infinity }
    return high + log(all.reduce(0) { $0 + exp($1 - high) })
}
