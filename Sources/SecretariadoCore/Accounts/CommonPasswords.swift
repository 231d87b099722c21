/// The most used passwords in the leaked-password lists, in English and in Spanish,
/// already folded (lowercase, no accents, no spaces). Small on purpose: it stops the
/// first guesses of any attack; length does the rest.
enum CommonPasswords {
    static let list: Set<String> = [
        // International
        "123456", "123456789", "12345678", "1234567890", "12345", "1234567", "qwerty", "password",
        "password1", "password123", "qwerty123", "qwertyuiop", "1q2w3e4r", "1q2w3e4r5t", "1qaz2wsx",
        "zaq12wsx", "abc123", "abcd1234", "iloveyou", "admin", "admin123", "administrator", "welcome",
        "welcome1", "letmein", "monkey", "dragon", "football", "baseball", "master", "sunshine",
        "princess", "shadow", "superman", "batman", "trustno1", "starwars", "passw0rd", "p@ssw0rd",
        "p@ssword", "access", "hello", "hello123", "freedom", "whatever", "qazwsx", "michael",
        "charlie", "jordan", "jennifer", "hunter", "ashley", "asdfghjkl", "asdfgh", "zxcvbnm",
        "1234qwer", "qwer1234", "changeme", "default", "secret", "login", "test", "test123", "guest",
        "root", "toor", "pass", "pass123", "mypassword", "loveyou", "lovely", "computer", "internet",
        "samsung", "google", "pokemon", "naruto", "minecraft", "liverpool", "chelsea", "arsenal",
        "barcelona", "realmadrid", "soccer", "hockey", "killer", "ninja", "azerty", "solo", "flower",
        "summer", "winter", "spring", "autumn", "secure", "security", "changeit", "letmein123",
        // Español (México y otros)
        "contrasena", "contrasena1", "contrasena123", "micontrasena", "clave", "miclave", "clave123",
        "secreto", "password1234", "teamo", "teamomucho", "teamo123", "tequiero", "amor", "amorcito",
        "miamor", "mivida", "corazon", "princesa", "princesita", "hermosa", "bonita", "chiquita",
        "mexico", "mexico123", "mexico2024", "mexico2025", "mexico2026", "vivamexico", "guadalajara",
        "monterrey", "chivas", "chivas123", "america", "americacampeon", "pumas", "cruzazul", "tigres",
        "rayados", "futbol", "futbol123", "barcelona123", "madrid", "realmadrid123", "messi", "cristiano",
        "guadalupe", "virgendeguadalupe", "jesus", "jesucristo", "diosesamor", "dios", "diosmio",
        "bendicion", "familia", "familia123", "mimama", "mama", "papa", "mipapa", "hijos",
        "angel", "angelito", "estrella", "mariposa", "tesoro", "carino", "hola", "hola123",
        "holamundo", "bienvenido", "bienvenida", "administrador", "admin1234", "usuario", "usuario123",
        "secretariado", "secretario", "gobierno", "gobiernoabierto", "transparencia", "sistema",
        "acceso", "entrar", "ingresar", "qwertyuiopasdf", "asdasd", "asdasdasd", "abcdefghij",
        "abcdef", "abcdefg", "abc12345", "lol123", "jajaja", "jajajaja", "hahaha", "pokemon123",
        "soyfeliz", "felicidad", "libertad", "esperanza", "victoria", "alejandro", "daniel", "carlos",
        "fernando", "gabriel", "sebastian", "valentina", "daniela", "fernanda", "alejandra", "mariana",
        "andrea", "sofia", "camila", "lucia", "maria", "mariajose", "juan", "jose", "luis", "antonio",
        "miguel", "francisco", "pedro", "roberto", "ricardo", "eduardo", "gerardo", "martinez",
        "hernandez", "garcia", "lopez", "gonzalez", "rodriguez", "perez", "sanchez", "ramirez",
    ]
}
