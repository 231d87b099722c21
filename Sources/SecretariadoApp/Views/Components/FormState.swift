import Foundation
import Plot
import SecretariadoCore
import Vapor

/// What a person sent in a form that could not be saved, and why: the submitted values by
/// field name and the errors by field. The page the form lives on is rendered again with
/// it, so nothing typed is lost and every message stands beside its field.
struct FormState: Sendable {
    struct FieldError: Sendable, Equatable {
        /// The field's `name` in the form; `nil` for an error about the whole form.
        let field: String?
        /// In the language of the page being answered.
        let message: String
    }

    /// Every value sent for each name, in order (checkbox groups send several).
    var values: [String: [String]]
    var errors: [FieldError]
    /// Which form on the page was sent (its position, counted by `CSRFField`), so that a
    /// field of the same name in another form of the page is left as it was.
    var formIndex: Int?

    /// Fields whose value is never echoed back into the page.
    static let neverKept: Set<String> = [CSRF.fieldName, FormState.pageField, FormState.formField]

    /// The hidden field naming the page a form is on (path only, same site).
    static let pageField = "_page"
    /// The hidden field giving the form's position on that page.
    static let formField = "_form"

    /// The state of the form `request` sent, with `problem` as its error; `nil` when the
    /// body is not a web form.
    init?(sentIn request: Request, problem: ErrorDescription) {
        guard request.headers.contentType == .urlEncodedForm, let body = request.body.data,
            let text = body.getString(at: body.readerIndex, length: body.readableBytes)
        else { return nil }
        values = Self.values(ofFormBody: text)
        errors = [.init(field: problem.field, message: problem.message)]
        formIndex = values[Self.formField]?.first.flatMap { Int($0) }
    }

    /// Reads an `application/x-www-form-urlencoded` body; anything else gives no values.
    static func values(ofFormBody body: String) -> [String: [String]] {
        var values: [String: [String]] = [:]
        for pair in body.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ part: Substring) -> String? {
                String(part).replacingOccurrences(of: "+", with: " ").removingPercentEncoding
            }
            guard let name = decode(parts[0]), !name.isEmpty else { continue }
            let value = parts.count > 1 ? (decode(parts[1]) ?? "") : ""
            values[name, default: []].append(value)
        }
        return values
    }

    /// A same-site path to render the form's page from, or `nil` when it is not one.
    static func pagePath(_ raw: String?) -> String? {
        guard let raw, raw.hasPrefix("/"), !raw.hasPrefix("//"), !raw.contains("\\"),
            raw.count <= 500, !raw.contains("?"), !raw.contains("#"),
            !raw.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        else { return nil }
        return raw
    }
}

struct FormStateKey: StorageKey { typealias Value = FormState }

extension Request {
    /// Set only on the internal request that renders a form's page again after an error.
    var formState: FormState? {
        get { storage[FormStateKey.self] }
        set { storage[FormStateKey.self] = newValue }
    }
}

/// The form state while one page is being rendered. Plot renders lazily, so the fields
/// (`FormFields`) read it at render time; `HTMLPage` binds it for exactly one render.
final class FormRender: @unchecked Sendable {
    // One synchronous render owns an instance; it is never shared between threads.
    @TaskLocal static var current: FormRender?

    /// `nil` on an ordinary render, which only counts the forms.
    let state: FormState?
    let language: SecretariadoCore.Language
    /// Forms seen so far in this render (incremented by `CSRFField`).
    private(set) var formCounter = 0
    /// Visible label and element id of each field rendered in the sent form.
    private(set) var labels: [String: (label: String, id: String)] = [:]

    init(state: FormState?, language: SecretariadoCore.Language) {
        self.state = state
        self.language = language
    }

    /// Starts a new pass over the page (the first pass only learns the labels).
    func restart() { formCounter = 0 }

    /// Called by each form's CSRF field: the position of the form being rendered.
    func nextForm() -> Int {
        formCounter += 1
        return formCounter
    }

    /// Whether the fields now being rendered belong to the form that was sent.
    var inSentForm: Bool {
        guard let state else { return false }
        guard let index = state.formIndex else { return true }
        return index == formCounter
    }

    /// The value to show in `name`, when it belongs to the sent form.
    func kept(_ name: String) -> [String]? {
        guard let state, inSentForm, !FormState.neverKept.contains(name) else { return nil }
        return state.values[name] ?? []
    }

    /// Records the field's label and returns its error message, already in words.
    func field(_ name: String, label: String, id: String) -> String? {
        guard let state, inSentForm else { return nil }
        if labels[name] == nil { labels[name] = (label, id) }
        guard let error = state.errors.first(where: { $0.field == name }) else { return nil }
        return message(error)
    }

    /// The error's message with the internal field name replaced by the visible label.
    func message(_ error: FormState.FieldError) -> String {
        guard let field = error.field else { return error.message }
        let label = labels[field]?.label ?? FieldLabels.label(for: field, language: language)
        return FieldLabels.naming(
            error.message, field: field, label: label,
            labels: labels.mapValues(\.label), language: language)
    }

    /// Where the summary links to for an error: the field's element, when it is on the page.
    func anchor(_ error: FormState.FieldError) -> String? {
        error.field.flatMap { labels[$0]?.id }
    }
}

/// A node built at render time, so it can read `FormRender.current`.
struct RenderTime<Context>: Component {
    let make: () -> Node<Context>
    var body: Component { make() }
}

extension Node {
    static func atRender(_ make: @escaping () -> Node<Context>) -> Node<Context> {
        .component(RenderTime(make: make))
    }
}

/// The summary at the top of a page sent back with errors: a heading and a link to each
/// field that needs attention (the gov.uk pattern).
enum FormErrorSummary {
    static func node(_ context: PageContext) -> Node<HTML.BodyContext> {
        .atRender {
            guard let render = FormRender.current, let state = render.state, !state.errors.isEmpty else { return .empty }
            return .div(
                .class("error-summary"), .id("error-summary"),
                .attribute(named: "role", value: "alert"),
                .attribute(named: "aria-labelledby", value: "error-summary-title"),
                .attribute(named: "tabindex", value: "-1"),
                .h2(.id("error-summary-title"), .text(context.t("Hay un problema", "There is a problem"))),
                .p(
                    .text(
                        context.t(
                            "No se guardó nada. Lo que escribiste sigue en el formulario: corrige lo señalado y vuelve a enviarlo.",
                            "Nothing was saved. What you typed is still in the form: correct what is marked and send it again."))),
                .ul(
                    .forEach(state.errors) { error in
                        let text = render.message(error)
                        return .li(render.anchor(error).map { Node.a(.href("#\($0)"), .text(text)) } ?? .text(text))
                    })
            )
        }
    }
}
