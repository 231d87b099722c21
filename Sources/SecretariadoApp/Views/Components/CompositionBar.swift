import SecretariadoCore

/// A horizontal bar of titular seats, one block per seat, coloured by sector: the
/// composition at a glance, with the counts in its accessible title.
enum CompositionBar {
    static func svg(_ composition: Composition, context: PageContext, width: Int = 220, height: Int = 22) -> String {
        let sectors = composition.seats.keys.sorted().filter { composition.count($0) > 0 }
        let total = max(composition.totalSeats, 1)
        let unit = Double(width) / Double(total)
        var x = 0.0
        var body = ""
        for sector in sectors {
            for _ in 0..<composition.count(sector) {
                body += SVG.rect(x: x, y: 0, width: unit, height: Double(height), fill: SectorColor.fill(sector.rawValue), stroke: "#ffffff")
                x += unit
            }
        }
        return SVG.image(width: width, height: height, title: description(composition, context: context), body: body)
    }

    /// "Gobierno: 5, Sociedad civil: 1, Organismo garante: 1".
    static func description(_ composition: Composition, context: PageContext) -> String {
        composition.seats.keys.sorted()
            .map { "\(context.t(Sector.displayName(of: $0))): \(composition.count($0))" }
            .joined(separator: ", ")
    }
}
