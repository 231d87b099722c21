import Fluent
import SecretariadoCore
import Vapor

/// A record that belongs to one STL, so that `Request.record(_:_:in:)` can find it inside
/// the STL of the path and answer 404, with the record's own message, for another STL's.
protocol STLRecord: Model where IDValue == UUID {
    static var secretariatKey: KeyPath<Self, ParentProperty<Self, Secretariat>> { get }
    static var notFoundInSTL: AppError { get }
}

extension GovernanceDraft: STLRecord {
    static var secretariatKey: KeyPath<GovernanceDraft, ParentProperty<GovernanceDraft, Secretariat>> { \.$secretariat }
    static var notFoundInSTL: AppError { GovernanceWrites.noSuchDraft }
}

extension PromoterMember: STLRecord {
    static var secretariatKey: KeyPath<PromoterMember, ParentProperty<PromoterMember, Secretariat>> { \.$secretariat }
    static var notFoundInSTL: AppError {
        AppError.notFound(Localized(es: "No existe ese integrante del Grupo Promotor.", en: "There is no such Promoter Group member."))
    }
}

extension WorkRouteActivity: STLRecord {
    static var secretariatKey: KeyPath<WorkRouteActivity, ParentProperty<WorkRouteActivity, Secretariat>> { \.$secretariat }
    static var notFoundInSTL: AppError {
        AppError.notFound(Localized(es: "No existe esa actividad de la ruta de trabajo.", en: "There is no such work-route activity."))
    }
}
