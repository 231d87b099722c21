import Plot

/// The documents of the records a page lists (expenses, milestones, activities, registrations),
/// one folded entry per record under one heading, so a long list stays short at 390 px.
enum AttachmentsList {
    static func node(_ title: String, _ models: [AttachmentsSection.Model], context: PageContext) -> Node<HTML.BodyContext> {
        .if(
            !models.isEmpty,
            .section(
                .class("attachments-list"),
                .h2(.text(title)),
                .forEach(models) { AttachmentsSection.compact($0, context: context) }
            ))
    }
}
