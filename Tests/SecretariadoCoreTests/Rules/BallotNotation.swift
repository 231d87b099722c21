import SecretariadoCore

/// Ballots written one character per seat, so that a test reads like the minutes:
///
///     ballots(gobierno: "FFC", sociedadCivil: "f-", organismoGarante: "A")
///
/// Titular present: F a favor, C en contra, A abstención, . no vote.
/// Suplente standing in: f, c, a, and , (comma) for no vote.
/// Seat absent: - (nothing recorded), X (absent, yet an a-favor vote was recorded).
func ballots(_ sectors: KeyValuePairs<SectorCode, String>) -> [SeatBallot] {
    var result: [SeatBallot] = []
    for (sector, seats) in sectors {
        for (i, mark) in seats.enumerated() {
            let id = "\(sector.rawValue)-\(i + 1)"
            let (attendance, vote): (Attendance, VoteOption?) =
                switch mark {
                case "F": (.titular, .aFavor)
                case "C": (.titular, .enContra)
                case "A": (.titular, .abstencion)
                case ".": (.titular, nil)
                case "f": (.suplente, .aFavor)
                case "c": (.suplente, .enContra)
                case "a": (.suplente, .abstencion)
                case ",": (.suplente, nil)
                case "-": (.absent, nil)
                case "X": (.absent, .aFavor)
                default: fatalError("unknown ballot mark \(mark)")
                }
            result.append(SeatBallot(id, sector, attendance, vote))
        }
    }
    return result
}

/// The three guide sectors, in their order.
func ballots(gobierno: String, sociedadCivil: String, organismoGarante: String) -> [SeatBallot] {
    ballots([.gobierno: gobierno, .sociedadCivil: sociedadCivil, .organismoGarante: organismoGarante])
}
