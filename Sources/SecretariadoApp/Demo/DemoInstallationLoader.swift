import Fluent
import SecretariadoCore
import Vapor

/// A demo STL in formation, partway through the ten steps: Yucatán, with steps 1–5
/// concluded and step 6 under way (its open call with registrations, one rejected with
/// its reason, and an election open with some ballots cast). It goes through the same
/// services users do, in one transaction. Idempotent: nothing happens if `yucatan` exists.
///
/// The people and organisations are invented for the demonstration; the credentials it
/// mints are thrown away, so nobody can vote with them (the guarantor can issue new ones).
struct DemoInstallationLoader {
    static let slug = "yucatan"
    let db: any Database

    @discardableResult
    func load() async throws -> Bool {
        try await db.writeTransaction { db in
            guard try await Secretariat.query(on: db).filter(\.$slug == Self.slug).count() == 0 else { return false }
            try await Self.load(on: db)
            return true
        }
    }

    private static func load(on db: any Database) async throws {
        let actor = AuditLog.Actor.system
        let stl = try await SecretariatWrites.create(
            SecretariatInput(
                name: "Yucatán", slug: slug, level: "estatal", state: "Yucatán", ruleKind: "consensus_then_majority",
                ruleText: "Por consenso y en caso de disenso se aplicará regla de mayoría."),
            by: actor, on: db)
        try await composition(of: stl, on: db)
        try await promoterGroup(of: stl, on: db)
        let (validated, receipts) = try await openCall(of: stl, on: db)
        try await election(in: stl, organizations: validated, receipts: receipts, on: db)
        try await stepHistory(of: stl, on: db)
        try await DemoMarks.markInvented(stl.requireID(), on: db)
    }

    /// Government and guarantor representatives already designated by their institutions.
    private static func composition(of stl: Secretariat, on db: any Database) async throws {
        // Two seats each for government and civil society (the election fills the latter).
        _ = try await SeatWrites.create(SeatInput(sector: "gobierno"), in: stl, by: .system, on: db)
        _ = try await SeatWrites.create(SeatInput(sector: "sociedad_civil"), in: stl, by: .system, on: db)
        let seats = try await Seat.query(on: db).filter(\.$secretariat.$id == stl.requireID()).all()
        func seat(_ sector: String, _ number: Int) -> String {
            seats.first { $0.sector == sector && $0.number == number }!.id!.uuidString
        }
        let appointments: [(String, String, String)] = [
            (seat("gobierno", 1), "Secretaría de la Contraloría General del Estado", "Titular de la Secretaría"),
            (seat("gobierno", 2), "Ayuntamiento de Mérida", "Dirección de Gobierno Abierto"),
            (
                seat("organismo_garante", 1),
                "Instituto Estatal de Transparencia, Acceso a la Información Pública y Protección de Datos Personales (INAIP Yucatán)",
                "Comisionada presidenta"
            ),
        ]
        for (seatID, organization, office) in appointments {
            let kind: OrganizationKind = office == "Comisionada presidenta" ? .organismoGarante : .gobierno
            let org = try await OrganizationWrites.create(OrganizationInput(name: organization, kind: kind.rawValue), in: stl, by: .system, on: db)
            _ = try await MemberWrites.appoint(
                MemberInput(
                    seatId: seatID, role: "titular", organizationId: org.id?.uuidString, office: office,
                    startsOn: CalendarDate.format(daysAgo(20))),
                in: stl, by: .system, on: db)
        }
    }

    private static func promoterGroup(of stl: Secretariat, on db: any Database) async throws {
        let members: [(String, String, String, String)] = [
            ("Lucía Cetina Ríos", "INAIP Yucatán", "organismo_garante", "Comisionada presidenta"),
            ("Héctor May Canul", "Secretaría de la Contraloría General del Estado", "gobierno", "Director de Transparencia"),
            ("Sofía Euán Pacheco", "Ayuntamiento de Mérida", "gobierno", "Directora de Gobierno Abierto"),
            ("Daniel Chi Tun", "Red Yucateca de Datos Abiertos, A.C.", "sociedad_civil", "Coordinador"),
        ]
        for (index, (name, organization, sector, position)) in members.enumerated() {
            _ = try await PromoterWrites.addMember(
                PromoterMemberInput(
                    name: name + " (demostración)", organization: organization, sector: sector, position: position,
                    contactEmail: "gp\(index + 1)@ejemplo.org"),
                in: stl, by: .system, on: db)
        }
        let route: [(String, Int, Int?, Int)] = [
            ("Firma de la Declaración Conjunta ante el INAI", 120, nil, 1),
            ("Reuniones con titulares de dependencias y del Congreso", 100, 90, 2),
            ("Mapeo de organizaciones y publicación de la convocatoria", 75, 45, 3),
            ("Foros de sensibilización en Mérida, Valladolid y Tekax", 60, 50, 4),
            ("Reuniones preparatorias: método de selección y ruta crítica", 40, 30, 5),
            ("Elección de la representación de la sociedad civil", 10, -10, 6),
            ("Acto protocolario de instalación", -30, nil, 10),
        ]
        for (title, start, end, step) in route {
            _ = try await PromoterWrites.addActivity(
                WorkRouteActivityInput(
                    title: title, startsOn: CalendarDate.format(daysAgo(start)),
                    endsOn: end.map { CalendarDate.format(daysAgo($0)) }, stepNumber: "\(step)",
                    responsible: step == 2 ? "Grupo Promotor (sector gubernamental)" : "Grupo Promotor"),
                in: stl, by: .system, on: db)
        }
    }

    /// Registrations: four validated, one rejected with its reason, one pending.
    /// Also each organisation's private receipt code, through which it opens its credential.
    private static func openCall(of stl: Secretariat, on db: any Database) async throws -> ([CallRegistration], [String: String]) {
        _ = try await OpenCallWrites.save(
            OpenCallInput(
                title: "Convocatoria abierta para integrar el Secretariado Técnico Local de Yucatán",
                body: CallPage.defaultBody("Yucatán"), opensOn: CalendarDate.format(daysAgo(75)),
                closesOn: CalendarDate.format(daysAgo(-1))),
            in: stl, by: .system, now: daysAgo(75), on: db)
        let entries: [(String, OrganizationKind, AgendaKind, String, String?)] = [
            (
                "Red Yucateca de Datos Abiertos, A.C.", .sociedadCivil, .sectorial, "Transparencia presupuestaria y datos abiertos",
                "Cuenta con informes anuales de monitoreo presupuestario desde 2012."
            ),
            (
                "Colectivo Ciudadano Sur de Mérida", .sociedadCivil, .comunitaria, "Servicios urbanos en las colonias del sur de Mérida",
                "Trabajo comunitario documentado en el sur de Mérida."
            ),
            (
                "Observatorio Peninsular de Salud, A.C.", .sociedadCivil, .sectorial, "Abasto de medicamentos y salud materna",
                "Observatorio con publicaciones periódicas."
            ),
            (
                "Mujeres Mayas en Acción, A.C.", .sociedadCivil, .comunitaria, "Derechos de las mujeres de comunidades mayas del oriente del estado",
                "Trayectoria en el oriente del estado."
            ),
            ("Consultores Integrales del Sureste, S.C.", .privado, .sectorial, "Consultoría en gestión pública", nil),
            ("Jóvenes por la Transparencia Valladolid", .sociedadCivil, .comunitaria, "Participación juvenil en Valladolid", nil),
        ]
        var validated: [CallRegistration] = []
        var receipts: [String: String] = [:]
        for (index, (name, kind, agendaKind, agenda, reason)) in entries.enumerated() {
            let input = CallRegistrationInput(
                organizationName: name, kind: kind.rawValue, agendaKind: agendaKind.rawValue, agenda: agenda,
                evidenceLinks: "https://ejemplo.org/yucatan/organizacion-\(index + 1)/informe-anual",
                contactName: "Contacto \(index + 1) (demostración)", contactEmail: "osc\(index + 1)@ejemplo.org",
                privacyConsent: "si")
            guard case .registered(let registration, let receipt) = try await RegistrationWrites.register(input, from: "demo", in: stl, on: db) else {
                continue
            }
            receipts[registration.organizationName] = receipt
            switch index {
            case 0...3:
                validated.append(
                    try await OpenCallWrites.decide(
                        registration.requireID(), RegistrationDecisionInput(decision: "validar", reason: reason), in: stl, by: .system, on: db))
            case 4:
                _ = try await OpenCallWrites.decide(
                    registration.requireID(),
                    RegistrationDecisionInput(
                        decision: "rechazar",
                        reason:
                            "Es una empresa de consultoría con fines de lucro que presta servicios al gobierno estatal; la convocatoria es para organizaciones sociales sin vínculo contractual con el gobierno."
                    ),
                    in: stl, by: .system, on: db)
            default:
                break
            }
        }
        try await OpenCallWrites.close(in: stl, by: .system, on: db)
        return (validated, receipts)
    }

    /// Four nominations, voting open, two of four organisations have voted.
    private static func election(in stl: Secretariat, organizations: [CallRegistration], receipts: [String: String], on db: any Database) async throws
    {
        let now = Date()
        _ = try await ElectionWrites.create(
            ElectionInput(
                title: "Elección de representantes de la sociedad civil 2026", seats: "2", method: ElectionMethod.pluralidad.rawValue,
                opensAt: InstallationFieldCheck.format(now.addingTimeInterval(3600)),
                closesAt: InstallationFieldCheck.format(now.addingTimeInterval(14 * 86_400))),
            in: stl, by: .system, on: db)
        // The organisations open their credentials through their receipts, as on the site.
        var token: [String: String] = [:]
        for organization in organizations {
            token[organization.organizationName] = try await RegistrationReceipt.reveal(receipts[organization.organizationName]!, in: stl, on: db)
                .token
        }
        let nominees = ["Ana Lucía Canché Dzib", "Jorge Pech Uc", "Ricardo Interián Sosa", "María José Poot Chan"]
        for (organization, nominee) in zip(organizations, nominees) {
            _ = try await BallotWrites.nominate(
                token: token[organization.organizationName]!,
                NominationInput(
                    personName: nominee, registrationId: organization.id?.uuidString,
                    statement: "Postulada por su organización (demostración)."),
                in: stl, on: db)
        }
        try await ElectionWrites.openVoting(in: stl, by: .system, on: db)
        let election = try await ElectionWrites.current(in: stl.requireID(), on: db)!
        let candidates = try await ElectionCandidateRecord.query(on: db).filter(\.$election.$id == election.requireID()).all()
        let byName = Dictionary(uniqueKeysWithValues: candidates.map { ($0.personName, $0.id!) })
        try await BallotWrites.cast(
            token: token[organizations[0].organizationName]!,
            choices: [byName["Ana Lucía Canché Dzib"]!, byName["María José Poot Chan"]!], in: stl, on: db)
        try await BallotWrites.cast(
            token: token[organizations[1].organizationName]!,
            choices: [byName["Jorge Pech Uc"]!, byName["Ana Lucía Canché Dzib"]!], in: stl, on: db)
    }

    /// Steps 1–5 concluded on their dates, with their evidence; step 6 under way.
    private static func stepHistory(of stl: Secretariat, on db: any Database) async throws {
        let history: [(Int, Int, Int, String, [(InstallationEvidence, String)])] = [
            (
                1, 130, 110, "Ruta de trabajo acordada tras la firma de la Declaración Conjunta.",
                [(.declaracionConjunta, "https://ejemplo.org/yucatan/declaracion-conjunta.pdf")]
            ),
            (
                2, 110, 85, "Se sumaron la Contraloría General del Estado y el Ayuntamiento de Mérida.",
                [(.constanciaRespaldoPolitico, "https://ejemplo.org/yucatan/cartas-de-respaldo.pdf")]
            ),
            (
                3, 80, 1, "Mapeo de 38 organizaciones; convocatoria publicada y cerrada con 6 registros.",
                [(.mapeoDeActores, "https://ejemplo.org/yucatan/mapeo-organizaciones.pdf")]
            ),
            (
                4, 65, 45, "Tres foros regionales con 120 asistentes.",
                [(.convocatoriaSensibilizacion, "https://ejemplo.org/yucatan/foros-sensibilizacion.pdf")]
            ),
            (
                5, 45, 25, "Se acordó la elección por pluralidad entre organizaciones validadas, dos asientos titulares.",
                [
                    (.minutasReunionesPreparatorias, "https://ejemplo.org/yucatan/minutas-preparatorias.pdf"),
                    (.metodoDeSeleccion, "https://ejemplo.org/yucatan/metodo-de-seleccion.pdf"),
                ]
            ),
        ]
        for (number, started, concluded, notes, evidence) in history {
            _ = try await InstallationWrites.updateStep(
                number,
                with: InstallationStepInput(
                    status: "concluido", startedOn: CalendarDate.format(daysAgo(started)),
                    concludedOn: CalendarDate.format(daysAgo(concluded)), notes: notes),
                in: stl, by: .system, on: db)
            for (kind, url) in evidence {
                _ = try await InstallationWrites.addEvidence(
                    toStep: number, InstallationEvidenceInput(kind: kind.rawValue, url: url), in: stl, by: .system, on: db)
            }
        }
        _ = try await InstallationWrites.updateStep(
            6,
            with: InstallationStepInput(
                status: "en_curso", startedOn: CalendarDate.format(daysAgo(20)),
                notes: "Votación abierta entre las cuatro organizaciones validadas."),
            in: stl, by: .system, on: db)
    }

    private static func daysAgo(_ days: Int) -> Date {
        CalendarDate.today().addingTimeInterval(-Double(days) * 86_400)
    }
}
