/// Month and weekday names, written out so that formatting never depends on the CLDR data
/// installed with the platform's ICU (which differs between macOS and Linux toolchains).
enum MexicanFormatNames {
    /// Spanish months are lowercase in running text (RAE); index 0 = January.
    static let monthsES = [
        "enero", "febrero", "marzo", "abril", "mayo", "junio",
        "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
    ]
    static let monthsEN = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]
    /// Index 0 = Sunday, as `CivilDateTime.weekday - 1`.
    static let weekdaysES = ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"]
    static let weekdaysEN = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    static func month(_ month: Int, _ language: Language) -> String {
        (language == .es ? monthsES : monthsEN)[month - 1]
    }

    static func weekday(_ weekday: Int, _ language: Language) -> String {
        (language == .es ? weekdaysES : weekdaysEN)[weekday - 1]
    }
}
