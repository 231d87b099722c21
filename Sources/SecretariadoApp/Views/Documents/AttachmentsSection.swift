import Fluent
import Foundation
import Plot
import SecretariadoCore
import Vapor

/// The documents of one record and, for who may attach, the upload form: one component
/// for every page that shows attachable records.
enum AttachmentsSection {
    struct Item: Sendable {
        let id: UUID
        let name: String
        let typeLabel: String
        let size: Int64
        let sha256: String
        let uploadedBy: String
        let createdAt: Date
        let isPublic: Bool
        let supersededBy: String?
        let href: String
    }

    struct Model: Sendable {
        let kind: DocumentTargetKind
        let targetID: UUID
        let title: String
        let items: [Item]
        /// Set for who may attach: the form posts here.
        let uploadAction: String?
        let limit: String
        /// The message of a refused upload, shown above the form (the page answers 413/415/422).
        let problem: String?
        var domID: String { "adjuntos-\(kind.rawValue)-\(targetID.uuidString.prefix(8))" }
    }

    /// The section's data for `req`: only the documents the viewer may read.
    static func model(
        _ req: Request, kind: DocumentTargetKind, targetID: UUID, in stl: Secretariat, title: String? = nil, canAttach: Bool? = nil
    ) async throws -> Model {
        try await models(req, kind: kind, targetIDs: [targetID], in: stl, title: { _ in title }, canAttach: canAttach)[0]
    }

    /// The sections of many records of one kind (a page listing them), read in one query;
    /// in the order of `targetIDs`.
    static func models(
        _ req: Request, kind: DocumentTargetKind, targetIDs: [UUID], in stl: Secretariat,
        title: (UUID) -> String? = { _ in nil }, canAttach: Bool? = nil
    ) async throws -> [Model] {
        try await models(req, targets: targetIDs.map { Target(kind: kind, id: $0, title: title($0), canAttach: canAttach) }, in: stl)
    }

    /// One section to show: which record, under which title, and whether the page already
    /// knows if the reader may attach (nil: ask the kind's write permission).
    struct Target {
        let kind: DocumentTargetKind
        let id: UUID
        var title: String?
        var canAttach: Bool?
    }

    /// The sections of any records, of one kind or several (a session's own documents, its
    /// minutes' annexes and signed scan), read in one query; in the order of `targets`.
    static func models(_ req: Request, targets: [Target], in stl: Secretariat) async throws -> [Model] {
        guard !targets.isEmpty else { return [] }
        let stlID = try stl.requireID()
        let principal = try await req.principal()
        let kinds = Array(Set(targets.map(\.kind.rawValue)))
        let rows = try await StoredDocument.query(on: req.db)
            .filter(\.$targetKindRaw ~~ kinds).filter(\.$targetID ~~ Array(Set(targets.map(\.id))))
            .sort(\.$createdAt).all()
        let successor = Dictionary(rows.compactMap { r in r.supersedesID.map { ($0, r.name) } }, uniquingKeysWith: { a, _ in a })
        var itemsByTarget: [String: [Item]] = [:]
        for row in rows {
            guard let id = row.id, let kind = DocumentTargetKind(rawValue: row.targetKindRaw),
                DocumentAccess.mayRead(isPublic: row.isPublic, kind: kind, stl: stlID, principal: principal)
            else { continue }
            itemsByTarget["\(kind.rawValue)/\(row.targetID)", default: []].append(
                Item(
                    id: id, name: row.name, typeLabel: row.type?.label ?? row.typeRaw, size: row.size, sha256: row.sha256,
                    uploadedBy: row.uploadedBy, createdAt: row.createdAt, isPublic: row.isPublic && !kind.alwaysPrivate,
                    supersededBy: successor[id], href: SiteURL.document(.value(stl.slug), .value(id)).path))
        }
        let problem = req.storage[DocumentProblemKey.self]
        var models: [Model] = []
        var permitted: [DocumentTargetKind: Bool] = [:]
        for target in targets {
            let key = "\(target.kind.rawValue)/\(target.id)"
            var mayAttach = target.canAttach ?? permitted[target.kind]
            if mayAttach == nil {
                mayAttach = try await req.can(target.kind.writePermission(stlID))
                permitted[target.kind] = mayAttach
            }
            models.append(
                Model(
                    kind: target.kind, targetID: target.id, title: target.title ?? target.kind.label, items: itemsByTarget[key] ?? [],
                    uploadAction: mayAttach == true
                        ? SiteURL.documentUpload(.value(stl.slug), .value(target.kind.rawValue), .value(target.id)).path : nil,
                    limit: req.application.documentLimits.describe,
                    problem: problem.flatMap { $0.target == key ? $0.message : nil }))
        }
        return models
    }

    /// One record's documents folded under its title, for pages that list many records:
    /// open when it holds a refused upload's message.
    static func compact(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        .element(
            named: "details",
            nodes: [
                .class("attachments"), .id(model.domID),
                .if(model.problem != nil, .attribute(named: "open", value: "open")),
                .element(named: "summary", text: "\(model.title) (\(model.items.count))"),
                body(model, context: context),
            ])
    }

    static func node(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        .section(
            .class("attachments"), .id(model.domID),
            .h2(.text(model.title)),
            body(model, context: context)
        )
    }

    private static func body(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .if(
                model.items.isEmpty,
                .p(.class("muted"), .text(context.t("Sin documentos adjuntos.", "No attached documents."))),
                else: .ul(
                    .class("documents"),
                    .forEach(model.items) { item in
                        .li(
                            .a(.href(item.href), .text(item.name)),
                            .text(" — \(item.typeLabel), \(sizeText(item.size)); "),
                            .text(
                                context.t("subido por \(item.uploadedBy)", "uploaded by \(item.uploadedBy)") + ", "
                                    + MexicanFormat.date(item.createdAt, language: context.language) + ". "),
                            .if(!item.isPublic, .strong(.text(context.t("Privado. ", "Private. ")))),
                            .unwrap(item.supersededBy) { newer in
                                .em(.text(context.t("Sustituido por «\(newer)». ", "Superseded by “\(newer)”. ")))
                            },
                            .span(.class("digest"), .text("SHA-256 \(item.sha256)"))
                        )
                    })),
            .unwrap(model.uploadAction) { action in
                .form(
                    .method(.post), .action(action), .attribute(named: "enctype", value: "multipart/form-data"),
                    CSRFField.node(context),
                    .unwrap(model.problem) { problem in
                        .p(.class("error-box"), .attribute(named: "role", value: "alert"), .text(problem))
                    },
                    .div(
                        .class("field"),
                        .label(.for("\(model.domID)-file"), .text(context.t("Archivo", "File") + " *")),
                        .p(
                            .class("hint"), .id("\(model.domID)-hint"),
                            .text(
                                context.t(
                                    "Hasta \(model.limit). PDF, PNG, JPEG, WebP, OpenDocument, Word, Excel, PowerPoint, CSV o texto. El tipo se reconoce por el contenido, no por el nombre.",
                                    "Up to \(model.limit). PDF, PNG, JPEG, WebP, OpenDocument, Word, Excel, PowerPoint, CSV or text. The type is recognised from the content, not the name."
                                ))),
                        .input(
                            .type(.file), .name("file"), .id("\(model.domID)-file"), .attribute(named: "required", value: "required"),
                            .attribute(named: "aria-describedby", value: "\(model.domID)-hint"))
                    ),
                    .if(
                        !model.kind.alwaysPrivate,
                        FormFields.checkbox(
                            context.t("Privado (sólo quien gestiona este registro)", "Private (only who manages this record)"),
                            name: "private", id: "\(model.domID)-private")),
                    .if(
                        !model.items.isEmpty,
                        FormFields.select(
                            context.t("Nueva versión de", "New version of"), name: "supersedes", id: "\(model.domID)-supersedes",
                            options: [("", context.t("(ninguno: documento nuevo)", "(none: new document)"))]
                                + model.items.map { ($0.id.uuidString, $0.name) })),
                    FormFields.submit(context.t("Adjuntar", "Attach"))
                )
            }
        )
    }

    static func sizeText(_ size: Int64) -> String {
        if size < 1024 { return "\(size) B" }
        if size < 1024 * 1024 { return "\((size + 1023) / 1024) KB" }
        return String(format: "%.1f MB", Double(size) / 1_048_576)
    }
}

/// A refused upload, carried to the page rendered again for it.
struct DocumentProblemKey: StorageKey {
    typealias Value = (target: String, message: String)
}
