import Foundation
import SecretariadoCore

/// Names for a national-scale dataset: the 32 entidades federativas, municipalities named
/// "Municipio 0001, Jalisco" in the proportions of the real country (INEGI counts), and
/// the people and bodies that sit in their STLs.
enum NationalNames {
    /// Each entidad federativa with its number of municipalities (alcaldías for the
    /// capital), close to INEGI's counts: 2,477 in all, so 2,500 STLs are every state and
    /// (almost) every municipality.
    static let states: [(name: String, municipalities: Int)] = [
        ("Aguascalientes", 11), ("Baja California", 7), ("Baja California Sur", 5), ("Campeche", 13),
        ("Chiapas", 124), ("Chihuahua", 67), ("Ciudad de México", 16), ("Coahuila", 38),
        ("Colima", 10), ("Durango", 39), ("Guanajuato", 46), ("Guerrero", 85),
        ("Hidalgo", 84), ("Jalisco", 125), ("Estado de México", 125), ("Michoacán", 113),
        ("Morelos", 36), ("Nayarit", 20), ("Nuevo León", 51), ("Oaxaca", 570),
        ("Puebla", 217), ("Querétaro", 18), ("Quintana Roo", 11), ("San Luis Potosí", 58),
        ("Sinaloa", 20), ("Sonora", 72), ("Tabasco", 17), ("Tamaulipas", 43),
        ("Tlaxcala", 60), ("Veracruz", 212), ("Yucatán", 106), ("Zacatecas", 58),
    ]

    /// The `index`-th STL of the national list: the 32 states first, then municipalities
    /// dealt out state by state in proportion to their real numbers. Past the real total
    /// the numbering simply continues, so any size has unique names.
    static func place(_ index: Int) -> (name: String, state: String, level: SecretariatLevel) {
        if index < states.count {
            return (states[index].name, states[index].name, .estatal)
        }
        let (state, number) = municipality(index - states.count)
        let padded = String(repeating: "0", count: max(0, 4 - String(number).count)) + String(number)
        return ("Municipio \(padded), \(state)", state, .municipal)
    }

    /// Round-robin over the states, skipping a state once its real municipalities are all
    /// dealt (until every state is exhausted; then it wraps). Deterministic and O(1) per call
    /// after the first, thanks to the precomputed order.
    private static func municipality(_ k: Int) -> (String, Int) {
        let order = dealtOrder
        let cycle = k / order.count
        let (stateIndex, number) = order[k % order.count]
        let total = states[stateIndex].municipalities
        return (states[stateIndex].name, number + cycle * total)
    }

    private static let dealtOrder: [(Int, Int)] = {
        var dealt = Array(repeating: 0, count: states.count)
        var order: [(Int, Int)] = []
        while order.count < states.reduce(0, { $0 + $1.municipalities }) {
            for (i, state) in states.enumerated() where dealt[i] < state.municipalities {
                dealt[i] += 1
                order.append((i, dealt[i]))
            }
        }
        return order
    }()

    static let givenNames = [
        "María", "José", "Guadalupe", "Juan", "Ana", "Luis", "Carmen", "Jorge", "Patricia", "Miguel",
        "Rosa", "Carlos", "Laura", "Francisco", "Elena", "Alejandro", "Verónica", "Ricardo", "Adriana", "Fernando",
        "Gabriela", "Javier", "Leticia", "Roberto", "Claudia", "Sergio", "Mónica", "Arturo", "Silvia", "Héctor",
        "Norma", "Raúl", "Alicia", "Eduardo", "Teresa", "Manuel", "Irma", "Óscar", "Beatriz", "Rafael",
    ]

    static let surnames = [
        "Hernández", "García", "Martínez", "López", "González", "Pérez", "Rodríguez", "Sánchez", "Ramírez", "Cruz",
        "Flores", "Gómez", "Morales", "Vázquez", "Reyes", "Jiménez", "Torres", "Díaz", "Gutiérrez", "Ruiz",
        "Mendoza", "Aguilar", "Ortiz", "Moreno", "Castillo", "Romero", "Álvarez", "Méndez", "Chávez", "Rivera",
        "Juárez", "Ramos", "Domínguez", "Herrera", "Medina", "Castro", "Vargas", "Guzmán", "Velázquez", "Salazar",
    ]

    static let governmentBodies = [
        "Secretaría de Finanzas", "Contraloría", "Secretaría de Gobierno", "Secretaría de Planeación",
        "Unidad de Transparencia", "Secretaría de Desarrollo Social", "Dirección de Innovación Gubernamental",
    ]

    static let civilSocietyKinds = [
        "Observatorio Ciudadano", "Colectivo por la Transparencia", "Red de Participación Ciudadana",
        "Fundación para la Rendición de Cuentas", "Consejo Ciudadano", "Iniciativa de Datos Abiertos",
        "Asociación de Vecinos Organizados",
    ]

    static let academies = ["Universidad Autónoma", "Instituto Tecnológico", "Colegio de Investigación Social"]

    /// Topics put to the vote, with who carries out the acuerdo.
    static let topics: [(topic: String, motion: String, owner: String, sector: SectorCode?)] = [
        ("Ruta de trabajo anual", "Aprobar la ruta de trabajo del año", "Facilitación y Pleno", nil),
        ("Mesas de cocreación del Plan de Acción Local", "Aprobar el calendario de mesas de cocreación", "Sociedad civil", .sociedadCivil),
        ("Seguimiento de compromisos", "Aprobar el informe de seguimiento de compromisos", "Organismo garante", .organismoGarante),
        ("Convocatoria abierta a organizaciones", "Publicar la convocatoria abierta a organizaciones", "Sociedad civil", .sociedadCivil),
        ("Informe trimestral de avances", "Aprobar y publicar el informe trimestral de avances", "Gobierno", .gobierno),
        ("Datos abiertos presupuestales", "Incorporar al PAL el compromiso de datos abiertos presupuestales", "Gobierno", .gobierno),
        ("Programa de sensibilización", "Aprobar el programa de sensibilización ciudadana", "Organismo garante", .organismoGarante),
        ("Recursos para difusión", "Asignar recursos para la campaña de difusión", "Gobierno", .gobierno),
        ("Autoevaluación", "Aprobar el informe de autoevaluación", "Facilitación y Pleno", nil),
        ("Rotación de representantes", "Aprobar el procedimiento de rotación de representantes", "Sociedad civil", .sociedadCivil),
        ("Contrataciones abiertas", "Adoptar el estándar de contrataciones abiertas en obra pública", "Gobierno", .gobierno),
        ("Calendario de sesiones", "Aprobar el calendario de sesiones ordinarias del año siguiente", "Facilitación y Pleno", nil),
    ]

    static let discussion = [
        "La persona facilitadora presentó los antecedentes y los representantes intercambiaron observaciones.",
        "Se revisó el avance respecto de la sesión anterior y se recogieron las propuestas de los tres sectores.",
        "Los representantes deliberaron sobre el alcance y los plazos; se acordó someter la propuesta a votación.",
    ]
}
