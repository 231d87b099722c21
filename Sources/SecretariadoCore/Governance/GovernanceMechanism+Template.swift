import Foundation

extension GovernanceMechanism {
    /// A complete first draft built from the guide, for an STL with the given rule: what a
    /// new STL starts from and what the demo STLs carry.
    public static func template(rule: DecisionRule, ruleText: String) -> GovernanceMechanism {
        GovernanceMechanism(
            integration: Integration(
                representatives:
                    "El STL se integra por representantes titulares de gobierno, de la sociedad civil organizada y del organismo garante local, cada uno con su suplente, que vota sólo en ausencia del titular.",
                electionMethod:
                    "Los representantes de la sociedad civil son elegidos por las propias organizaciones, mediante votación abierta entre ellas o autoselección cuando el interés inicial es bajo, sin intervención gubernamental. Los representantes de gobierno son designados por sus instituciones con facultades legales, respaldo político y capacidad de coordinación.",
                termMonths: 24,
                rotation:
                    "Los representantes permanecen dos años y pueden ser ratificados una vez; la rotación se acuerda en sesión y consta en la minuta."
            ),
            functions: GuideTexts.stlFunctions.map(\.es),
            operation: Operation(
                ordinaryFrequency: "mensual",
                ordinaryNoticeDays: 5,
                extraordinaryNoticeDays: 2,
                allowsUrgentExtraordinary: true,
                convenedBy: "La persona facilitadora convoca a solicitud de cualquiera de los representantes.",
                sessions:
                    "La persona facilitadora integra el orden del día con las propuestas de los representantes, conduce la sesión, redacta la minuta y recaba las firmas de quienes asistieron."
            ),
            decision: Decision(rule: rule, text: ruleText, voteChange: .replace),
            facilitator: Facilitation(
                description: GuideTexts.facilitatorRole.es,
                functions: GuideTexts.facilitatorFunctions.map(\.es)),
            communication:
                "Las convocatorias, órdenes del día, minutas y acuerdos se comparten por correo electrónico y se publican en esta plataforma.")
    }
}
