import XCTest

@testable import SecretariadoCore

final class SlugTests: XCTestCase {
    func testAccentsAreFoldedAndWordsJoinedByHyphens() {
        XCTAssertEqual(slugify("San Luis Potosí"), "san-luis-potosi")
        XCTAssertEqual(slugify("Nuevo León"), "nuevo-leon")
        XCTAssertEqual(slugify("Michoacán"), "michoacan")
    }

    func testEnyeAndDieresisFoldToTheirBaseLetters() {
        XCTAssertEqual(slugify("Peñón Güero"), "penon-guero")
    }

    func testRunsOfPunctuationAndSpaceBecomeOneHyphenAndEdgesAreTrimmed() {
        XCTAssertEqual(slugify("  Ixtacuixtla de Mariano Matamoros (Tlax.) — 2017!  "), "ixtacuixtla-de-mariano-matamoros-tlax-2017")
    }

    func testUppercaseLettersAndDigitsSurvive() {
        XCTAssertEqual(slugify("STL 100 por Veracruz"), "stl-100-por-veracruz")
    }

    func testNamesWithoutLettersOrDigitsGiveAnEmptySlug() {
        XCTAssertEqual(slugify(""), "")
        XCTAssertEqual(slugify(" — ¿? "), "")
    }

    func testSlugsAreAlwaysLowercaseASCIIAndHyphens() {
        let slug = slugify("Ciudad de México — Ñuu Savi 東京")

        XCTAssertEqual(slug, "ciudad-de-mexico-nuu-savi")
        XCTAssertTrue(
            slug.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
            })
    }
}
