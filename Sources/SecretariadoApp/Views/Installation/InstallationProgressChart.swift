import Foundation
import SecretariadoCore

/// The three stages as a row of numbered boxes, one per step, filled by status: concluded
/// solid, in progress half, pending outlined. The status is also in each box's title and
/// in the image's accessible label, so colour is never the only signal.
enum InstallationProgressChart {
    static let box = 46.0
    static let gap = 8.0
    static let stageGap = 28.0

    static func svg(_ progress: InstallationProgress, context: PageContext) -> String {
        var body = ""
        var x = 0.0
        for stage in progress.stages {
            let steps = stage.stage.steps
            let label = "\(stage.stage.rawValue). \(context.t(stage.stage.name))"
            // Room for the label too: a two-step stage is narrower than its name.
            let width = max(Double(steps.count) * box + Double(steps.count - 1) * gap, Double(label.count) * 8)
            body += SVG.text(x: x, y: 14, label, size: 13, weight: "bold")
            body += SVG.text(
                x: x, y: 30, context.t("\(stage.concluded) de \(stage.total)", "\(stage.concluded) of \(stage.total)"), size: 11, fill: "#4a4a4a")
            for (index, step) in steps.enumerated() {
                let bx = x + Double(index) * (box + gap)
                let status = progress.statuses[step.number] ?? .pendiente
                body +=
                    "<g><title>\(SVG.escape("\(context.t("Paso", "Step")) \(step.number): \(context.t(step.title)) — \(context.t(status.label))"))</title>"
                body += SVG.rect(x: bx, y: 40, width: box, height: box, fill: "#ffffff", stroke: "#4a4a4a")
                switch status {
                case .concluido:
                    body += SVG.rect(x: bx, y: 40, width: box, height: box, fill: "#2e7d32")
                case .enCurso:
                    body += SVG.rect(x: bx, y: 40 + box / 2, width: box, height: box / 2, fill: "#b26a00")
                case .pendiente:
                    break
                }
                let ink = status == .concluido ? "#ffffff" : "#1a1a1a"
                body += SVG.text(x: bx + box / 2, y: 40 + box / 2 + 5, "\(step.number)", anchor: "middle", size: 15, fill: ink, weight: "bold")
                body += "</g>"
            }
            x += width + stageGap
        }
        let width = Int(x - stageGap + 2)
        return SVG.image(
            width: width, height: 92,
            title: context.t("Avance de la instalación: ", "Installation progress: ") + context.t(progress.summary),
            body: body)
    }
}
