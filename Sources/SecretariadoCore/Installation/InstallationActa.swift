import Foundation

/// The acta de instalación, generated from the record: who takes protest in each sector
/// (titulares and suplentes), the facilitator, and the Mecanismo de Gobernanza in force,
/// which the guide says must be part of the acta (step 9).
public struct InstallationActa: Hashable, Sendable {
    public struct Member: Hashable, Sendable {
        public var sector: SectorCode
        public var seatNumber: Int
        public var role: HolderRole
        /// The person, office and organisation as the record names them.
        public var name: String
        public var organization: String?

        public init(sector: SectorCode, seatNumber: Int, role: HolderRole, name: String, organization: String?) {
            self.sector = sector
            self.seatNumber = seatNumber
            self.role = role
            self.name = name
            self.organization = organization
        }
    }

    public var secretariatName: String
    public var state: String
    /// The day of the installation act, as words ("25 de noviembre de 2026").
    public var dateText: String
    public var sectors: [Sector]
    public var members: [Member]
    public var facilitatorName: String?
    public var facilitatorOrigin: String?
    /// How the civil-society representatives were chosen, when the platform ran it.
    public var electionSummary: String?
    public var governanceVersion: Int
    public var governanceMarkdown: String

    public init(
        secretariatName: String, state: String, dateText: String, sectors: [Sector], members: [Member],
        facilitatorName: String?, facilitatorOrigin: String?, electionSummary: String?,
        governanceVersion: Int, governanceMarkdown: String
    ) {
        self.secretariatName = secretariatName
        self.state = state
        self.dateText = dateText
        self.sectors = sectors
        self.members = members
        self.facilitatorName = facilitatorName
        self.facilitatorOrigin = facilitatorOrigin
        self.electionSummary = electionSummary
        self.governanceVersion = governanceVersion
        self.governanceMarkdown = governanceMarkdown
    }

    public func members(of sector: SectorCode, as role: HolderRole) -> [Member] {
        members.filter { $0.sector == sector && $0.role == role }.sorted { $0.seatNumber < $1.seatNumber }
    }

    /// Sectors with a voting seat but no titular: the acta cannot be issued while any is
    /// left, since the guide's minimum is one titular per sector.
    public var sectorsWithoutTitular: [Sector] {
        sectors.filter { $0.voting && members(of: $0.code, as: .titular).isEmpty }
    }

    public var opening: String { opening(escape: { $0 }) }

    private func opening(escape: (String) -> String) -> String {
        "En \(escape(state)), el \(escape(dateText)), se reúnen los representantes de cada sector previamente definidos como integrantes del Secretariado Técnico Local de gobierno abierto de \(escape(secretariatName)), convocados por el organismo garante, para llevar a cabo el acto protocolario de instalación, en el cual se toma protesta a cada uno de sus integrantes y se suscribe la presente acta."
    }

    /// Names, titles and origins come from people: each is escaped (`MarkdownText`) so the
    /// document's structure is only the acta's own.
    public func markdown() -> String {
        let md = MarkdownText.inline
        var lines = [
            "# Acta de instalación del Secretariado Técnico Local de \(md(secretariatName))", "",
            opening(escape: md), "",
            "## Integrantes que toman protesta", "",
        ]
        for sector in sectors {
            lines += ["### \(md(sector.name.es))" + (sector.voting ? "" : " (sin voto)"), ""]
            if members.allSatisfy({ $0.sector != sector.code }) {
                lines += ["Sin integrantes designados.", ""]
            }
            for role in HolderRole.allCases {
                let holders = members(of: sector.code, as: role)
                guard !holders.isEmpty else { continue }
                lines += ["**\(role == .titular ? "Titulares" : "Suplentes")**", ""]
                lines += holders.map { "- \(md(Self.describe($0)))" }
                lines.append("")
            }
        }
        lines += ["## Facilitación", ""]
        if let name = facilitatorName {
            lines.append(
                md(name) + (facilitatorOrigin.map { " (\(md($0)))" } ?? "")
                    + ", con voz pero sin voto, funge como facilitador(a) del Secretariado.")
        } else {
            lines.append("La facilitación queda vacante; el Secretariado la designará por el medio que defina.")
        }
        lines.append("")
        if let electionSummary {
            lines += ["## Elección de la representación de la sociedad civil", "", md(electionSummary), ""]
        }
        lines += [
            "## Mecanismo de Gobernanza", "",
            "Forma parte integrante de esta acta el Mecanismo de Gobernanza, versión \(governanceVersion), que se transcribe a continuación.", "",
        ]
        lines += Self.demoted(governanceMarkdown)
        lines += ["", "## Firmas", ""]
        lines += members.sorted { ($0.sector, $0.role == .titular ? 0 : 1, $0.seatNumber) < ($1.sector, $1.role == .titular ? 0 : 1, $1.seatNumber) }
            .map { "- \(md(Self.describe($0))): ______________________" }
        if let name = facilitatorName { lines.append("- \(md(name)), facilitación: ______________________") }
        lines.append("")
        return lines.joined(separator: "\n")
    }

    static func describe(_ member: Member) -> String {
        var text = member.name
        if let organization = member.organization, organization != member.name, !member.name.contains(organization) {
            text += " — \(organization)"
        }
        return text
    }

    /// The charter's headings pushed down two levels so they nest under the acta's own.
    static func demoted(_ markdown: String) -> [String] {
        markdown.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("#") ? "##" + line : String(line)
        }
    }
}
