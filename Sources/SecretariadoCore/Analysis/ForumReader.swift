import Foundation

/// Reads one element of `forums`, collecting problems that name the forum and field.
struct ForumReader {
    let index: Int
    private(set) var name: String?
    var issues: [AnalysisIssue] = []

    init(index: Int) { self.index = index }

    mutating func report(_ field: String, _ es: String, _ en: String) {
        issues.append(
            AnalysisIssue(
                forumIndex: index, forumName: name, field: field, problem: Localized(es: es, en: en)))
    }

    static let fields = ["name", "seats", "observers", "rule"]

    mutating func read(_ value: JSONInput) -> ForumInput? {
        guard case .object(let fields) = value else {
            report(
                "", "debe ser un objeto con name, seats y rule (se recibió \(value.quoted.es))",
                "must be an object with name, seats and rule (got \(value.quoted.en))")
            return nil
        }
        let forumName = readName(fields["name"])
        for key in fields.keys.sorted() where !Self.fields.contains(key) {
            report(
                key, "no es un campo conocido (los campos son name, seats, observers y rule)",
                "is not a known field (the fields are name, seats, observers and rule)")
        }
        let seats = readSeats(fields["seats"])
        let observers = readObservers(fields["observers"], seats: seats)
        var rules = RuleReader(seats: seats)
        let rule = rules.read(fields["rule"])
        for problem in rules.problems { report(problem.field, problem.text.es, problem.text.en) }
        guard let forumName, let seats, let observers, let rule, issues.isEmpty else { return nil }
        return ForumInput(
            name: forumName, composition: Composition(seats: seats, nonVoting: observers), rule: rule)
    }

    private mutating func readName(_ value: JSONInput?) -> String? {
        guard case .string(let text)? = value else {
            if let value {
                report(
                    "name", "debe ser un texto (se recibió \(value.quoted.es))",
                    "must be a text (got \(value.quoted.en))")
            } else {
                report(
                    "name", "es obligatorio: el nombre del foro, p. ej. \"Jalisco\"",
                    "is required: the forum's name, e.g. \"Jalisco\"")
            }
            return nil
        }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            report("name", "no puede estar vacío", "cannot be empty")
            return nil
        }
        name = text  // from here on, problems name the forum
        guard text.count <= AnalysisLimits.maxNameLength else {
            report(
                "name", "tiene \(text.count) caracteres; el máximo es \(AnalysisLimits.maxNameLength)",
                "has \(text.count) characters; the maximum is \(AnalysisLimits.maxNameLength)")
            return nil
        }
        return text
    }

    private mutating func readSeats(_ value: JSONInput?) -> [SectorCode: Int]? {
        guard case .object(let entries)? = value, !entries.isEmpty else {
            switch value {
            case nil:
                report(
                    "seats",
                    "es obligatorio: los asientos titulares por sector, p. ej. {\"gobierno\": 1, \"sociedad_civil\": 1, \"organismo_garante\": 1}",
                    "is required: titular seats per sector, e.g. {\"gobierno\": 1, \"sociedad_civil\": 1, \"organismo_garante\": 1}")
            case .object?:
                report("seats", "debe tener al menos un sector", "needs at least one sector")
            case let other?:
                report(
                    "seats", "debe ser un objeto {sector: número de asientos} (se recibió \(other.quoted.es))",
                    "must be an object {sector: number of seats} (got \(other.quoted.en))")
            }
            return nil
        }
        let max = AnalysisLimits.maxSeatsPerForum
        guard entries.count <= AnalysisLimits.maxSectorsPerForum else {
            report(
                "seats", "tiene \(entries.count) sectores; el máximo es \(AnalysisLimits.maxSectorsPerForum)",
                "has \(entries.count) sectors; the maximum is \(AnalysisLimits.maxSectorsPerForum)")
            return nil
        }
        var seats: [SectorCode: Int] = [:]
        var valid = true
        for key in entries.keys.sorted() {
            let code = SectorCode(key)
            guard code.isWellFormed else {
                report(
                    "seats",
                    "tiene la clave \"\(key)\", que no es un código de sector válido: usa minúsculas sin acentos, dígitos y \"_\" (hasta 40), p. ej. \"sociedad_civil\"",
                    "has the key \"\(key)\", which is not a valid sector code: use lowercase letters without accents, digits and \"_\" (up to 40), e.g. \"sociedad_civil\""
                )
                valid = false
                continue
            }
            guard case .integer(let count) = entries[key]!, (0...max).contains(count) else {
                let got = entries[key]!.quoted
                report(
                    "seats.\(key)", "debe ser un número entero entre 0 y \(max) (se recibió \(got.es))",
                    "must be a whole number between 0 and \(max) (got \(got.en))")
                valid = false
                continue
            }
            seats[code] = count
        }
        let total = seats.values.reduce(0, +)
        if total > max {
            report(
                "seats", "suman \(total) asientos; el máximo por foro es \(max)",
                "add up to \(total) seats; the maximum per forum is \(max)")
            valid = false
        }
        return valid ? seats : nil
    }

    private mutating func readObservers(_ value: JSONInput?, seats: [SectorCode: Int]?) -> Set<SectorCode>? {
        guard let value, value != .null else { return [] }
        guard case .array(let items) = value else {
            report(
                "observers", "debe ser una lista de sectores sin voto (se recibió \(value.quoted.es))",
                "must be a list of non-voting sectors (got \(value.quoted.en))")
            return nil
        }
        var observers: Set<SectorCode> = []
        var valid = true
        for (i, item) in items.enumerated() {
            switch SectorReference.resolve(item, in: seats) {
            case .success(let code): observers.insert(code)
            case .failure(let problem):
                report("observers[\(i)]", problem.es, problem.en)
                valid = false
            }
        }
        return valid ? observers : nil
    }
}
