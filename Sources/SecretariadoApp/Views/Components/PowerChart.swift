import SecretariadoCore

/// Seat share against voting power per sector: three bars per sector (seats, Banzhaf,
/// Shapley–Shubik) on one 0–100 % scale, so a sector whose power exceeds its seats shows it.
enum PowerChart {
    static func svg(_ analysis: ForumAnalysis, context: PageContext) -> String {
        let sectors = analysis.composition.votingSectors
        let seats = max(analysis.composition.votingSeats, 1)
        let rows: [(SectorCode, [Double])] = sectors.map { sector in
            (
                sector,
                [
                    Double(analysis.composition.count(sector)) / Double(seats),
                    analysis.power.banzhaf[sector] ?? 0,
                    analysis.power.shapleyShubik[sector] ?? 0,
                ]
            )
        }
        let labelWidth = 150.0
        let barArea = 330.0
        let barHeight = 12.0
        let gap = 3.0
        let groupGap = 14.0
        let series = [context.t("Asientos", "Seats"), "Banzhaf", "Shapley–Shubik"]
        let opacities = ["1", "0.7", "0.45"]
        var y = 24.0
        var body = ""
        for (index, name) in series.enumerated() {
            let x = labelWidth + Double(index) * 120
            body += SVG.rect(x: x, y: 4, width: 10, height: 10, fill: "#444444").replacingOccurrences(
                of: "/>", with: " fill-opacity=\"\(opacities[index])\"/>")
            body += SVG.text(x: x + 14, y: 13, name, size: 11)
        }
        for (sector, values) in rows {
            body += SVG.text(x: 0, y: y + 2 * barHeight, context.t(Sector.displayName(of: sector)), size: 12, weight: "bold")
            for (index, value) in values.enumerated() {
                let width = max(barArea * value, 1)
                body += SVG.rect(x: labelWidth, y: y, width: width, height: barHeight, fill: SectorColor.fill(sector.rawValue))
                    .replacingOccurrences(of: "/>", with: " fill-opacity=\"\(opacities[index])\"/>")
                body += SVG.text(x: labelWidth + width + 4, y: y + barHeight - 2, MexicanFormat.percent(value, language: context.language), size: 11)
                y += barHeight + gap
            }
            y += groupGap
        }
        return SVG.image(width: 560, height: Int(y), title: description(rows, context: context), body: body)
    }

    /// The same numbers as text, for screen readers.
    static func description(_ rows: [(SectorCode, [Double])], context: PageContext) -> String {
        let f = { MexicanFormat.percent($0, language: context.language) }
        return context.t("Participación en asientos y poder de voto por sector: ", "Seat share and voting power by sector: ")
            + rows.map { sector, v in
                context.t(
                    "\(Sector.displayName(of: sector).es): asientos \(f(v[0])), Banzhaf \(f(v[1])), Shapley–Shubik \(f(v[2]))",
                    "\(Sector.displayName(of: sector).en): seats \(f(v[0])), Banzhaf \(f(v[1])), Shapley–Shubik \(f(v[2]))")
            }.joined(separator: "; ")
    }
}
