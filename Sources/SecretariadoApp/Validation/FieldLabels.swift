import SecretariadoCore

/// Words for the names validators give fields. A form sent back names each field by the
/// label the person saw (`FormRender` learns it while rendering the field); these are for
/// a message shown where that field is not on the page, so no internal name reaches anyone.
enum FieldLabels {
    private static let known: [String: Localized] = [
        "password": .init(es: "Contraseña", en: "Password"),
        "email": .init(es: "Correo electrónico", en: "E-mail"),
        "name": .init(es: "Nombre", en: "Name"),
        "nameEn": .init(es: "Nombre en inglés", en: "Name in English"),
        "title": .init(es: "Título", en: "Title"),
        "text": .init(es: "Texto", en: "Text"),
        "body": .init(es: "Texto", en: "Text"),
        "note": .init(es: "Nota", en: "Note"),
        "notes": .init(es: "Notas", en: "Notes"),
        "reason": .init(es: "Motivo", en: "Reason"),
        "overrideReason": .init(es: "Motivo", en: "Reason"),
        "url": .init(es: "Dirección web", en: "Web address"),
        "website": .init(es: "Sitio web", en: "Website"),
        "links": .init(es: "Enlaces", en: "Links"),
        "evidenceLinks": .init(es: "Enlaces a las evidencias", en: "Links to the evidence"),
        "minutesUrl": .init(es: "Enlace al acta", en: "Link to the minutes"),
        "receiptUrl": .init(es: "Enlace al comprobante", en: "Link to the receipt"),
        "description": .init(es: "Descripción", en: "Description"),
        "date": .init(es: "Fecha", en: "Date"),
        "time": .init(es: "Hora", en: "Time"),
        "startsOn": .init(es: "Fecha de inicio", en: "Start date"),
        "endsOn": .init(es: "Fecha de término", en: "End date"),
        "startedOn": .init(es: "Fecha de inicio", en: "Start date"),
        "concludedOn": .init(es: "Fecha de conclusión", en: "Completion date"),
        "doneOn": .init(es: "Fecha de cumplimiento", en: "Date done"),
        "dueOn": .init(es: "Fecha límite", en: "Due date"),
        "decidedOn": .init(es: "Fecha de la decisión", en: "Date of the decision"),
        "notedOn": .init(es: "Fecha", en: "Date"),
        "installedOn": .init(es: "Fecha de instalación", en: "Installation date"),
        "opensAt": .init(es: "Apertura", en: "Opens"),
        "closesAt": .init(es: "Cierre", en: "Closes"),
        "opensOn": .init(es: "Fecha de apertura", en: "Opening date"),
        "closesOn": .init(es: "Fecha de cierre", en: "Closing date"),
        "place": .init(es: "Lugar", en: "Place"),
        "modality": .init(es: "Modalidad", en: "Format"),
        "durationMinutes": .init(es: "Duración (minutos)", en: "Duration (minutes)"),
        "agenda": .init(es: "Orden del día", en: "Agenda"),
        "kind": .init(es: "Tipo", en: "Kind"),
        "sector": .init(es: "Sector", en: "Sector"),
        "organization": .init(es: "Organización", en: "Organisation"),
        "organizationName": .init(es: "Organización", en: "Organisation"),
        "position": .init(es: "Cargo", en: "Position"),
        "role": .init(es: "Función", en: "Role"),
        "contactName": .init(es: "Nombre de contacto", en: "Contact name"),
        "contactEmail": .init(es: "Correo de contacto", en: "Contact e-mail"),
        "contactPhone": .init(es: "Teléfono de contacto", en: "Contact phone"),
        "personName": .init(es: "Nombre", en: "Name"),
        "personEmail": .init(es: "Correo electrónico", en: "E-mail"),
        "personPhone": .init(es: "Teléfono", en: "Phone"),
        "privacyConsent": .init(es: "Aviso de privacidad", en: "Privacy notice"),
        "statement": .init(es: "Exposición de motivos", en: "Statement"),
        "owner": .init(es: "Responsable", en: "Owner"),
        "responsible": .init(es: "Responsable", en: "Responsible"),
        "coResponsible": .init(es: "Corresponsables", en: "Co-responsible"),
        "concept": .init(es: "Concepto", en: "Item"),
        "decision": .init(es: "Decisión", en: "Decision"),
        "choices": .init(es: "Opciones", en: "Choices"),
        "option": .init(es: "Opción", en: "Option"),
        "problem": .init(es: "Problema público", en: "Public problem"),
        "objective": .init(es: "Objetivo", en: "Objective"),
        "audience": .init(es: "Público", en: "Audience"),
        "level": .init(es: "Nivel", en: "Level"),
        "status": .init(es: "Estado", en: "Status"),
        "seatNumber": .init(es: "Número de asiento", en: "Seat number"),
        "seats": .init(es: "Asientos", en: "Seats"),
        // The charter's sections.
        "representatives": .init(es: "Integración (titulares y suplentes)", en: "Membership (full members and alternates)"),
        "electionMethod": .init(es: "Método de elección", en: "Election method"),
        "termMonths": .init(es: "Duración del encargo (meses)", en: "Term (months)"),
        "rotation": .init(es: "Permanencia y rotación", en: "Permanence and rotation"),
        "functions": .init(es: "Funciones", en: "Functions"),
        "ordinaryFrequency": .init(es: "Periodicidad de las sesiones ordinarias", en: "Frequency of ordinary sessions"),
        "ordinaryNoticeDays": .init(es: "Días de aviso, sesión ordinaria", en: "Notice days, ordinary session"),
        "extraordinaryNoticeDays": .init(es: "Días de aviso, sesión extraordinaria", en: "Notice days, extraordinary session"),
        "convenedBy": .init(es: "Quién convoca", en: "Who convenes"),
        "sessions": .init(es: "Desarrollo de las sesiones", en: "How sessions run"),
        "ruleText": .init(es: "Regla en palabras del STL", en: "The rule in the STL's words"),
        "ruleKind": .init(es: "Tipo de regla", en: "Kind of rule"),
        "facilitatorDescription": .init(es: "Figura de la facilitación", en: "The facilitator's role"),
        "facilitatorFunctions": .init(es: "Funciones de la facilitación", en: "Facilitator's functions"),
        "communication": .init(es: "Mecanismos de comunicación", en: "Communication"),
        "agendaKind": .init(es: "Tipo de agenda", en: "Kind of agenda"),
        "amount": .init(es: "Monto", en: "Amount"),
        "spentOn": .init(es: "Fecha del gasto", en: "Date of the expense"),
        "heldOn": .init(es: "Fecha", en: "Date"),
        "attendees": .init(es: "Asistentes", en: "Attendees"),
        "materialLinks": .init(es: "Materiales", en: "Materials"),
        "agreementOwner": .init(es: "Responsable del acuerdo", en: "Owner of the agreement"),
        "agreementOwnerSector": .init(es: "Sector responsable", en: "Owner sector"),
        "method": .init(es: "Método de selección", en: "Selection method"),
        "originKind": .init(es: "Origen", en: "Origin"),
        "stepNumber": .init(es: "Paso", en: "Step"),
        "state": .init(es: "Entidad federativa", en: "State"),
        "slug": .init(es: "Identificador", en: "Identifier"),
    ]

    /// The words for `field`; an unknown name is described, never shown raw.
    static func label(for field: String, language: Language) -> String {
        if let label = known[field.replacingOccurrences(of: "[]", with: "")] { return label[language] }
        return language == .es ? "este dato" : "this entry"
    }

    /// `message` with its quoted internal name («name», “name”) replaced by `label`, and
    /// any other field it quotes (a date compared with another) by that field's words:
    /// `labels` (seen on the page) first, then the known ones. Quoted values stay as they are.
    static func naming(_ message: String, field: String, label: String, labels: [String: String] = [:], language: Language = .es) -> String {
        var text =
            message
            .replacingOccurrences(of: "«\(field)»", with: "«\(bare(label))»")
            .replacingOccurrences(of: "“\(field)”", with: "“\(bare(label))”")
        for (open, close) in [("«", "»"), ("“", "”")] {
            var searchStart = text.startIndex
            while let start = text.range(of: open, range: searchStart..<text.endIndex),
                let end = text.range(of: close, range: start.upperBound..<text.endIndex)
            {
                let name = String(text[start.upperBound..<end.lowerBound])
                let words = labels[name].map(bare) ?? known[name]?[language]
                if let words, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "_[].".contains($0)) }) {
                    text.replaceSubrange(start.upperBound..<end.lowerBound, with: words)
                    searchStart = text.index(start.upperBound, offsetBy: words.count + close.count, limitedBy: text.endIndex) ?? text.endIndex
                } else {
                    searchStart = end.upperBound
                }
            }
        }
        return text
    }

    private static func bare(_ label: String) -> String {
        label.hasSuffix(" *") ? String(label.dropLast(2)) : label
    }
}
