import Foundation
import SecretariadoCore
import XCTest

/// Builds stored (uncompressed) zips whose central directory may lie about sizes.
enum TestZip {
    static func make(_ entries: [(name: String, data: [UInt8], declaredSize: Int?)]) -> [UInt8] {
        func le16(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF)] }
        func le32(_ v: Int) -> [UInt8] { le16(v & 0xFFFF) + le16((v >> 16) & 0xFFFF) }
        var out: [UInt8] = []
        var central: [UInt8] = []
        for entry in entries {
            let offset = out.count
            let name = Array(entry.name.utf8)
            let declared = entry.declaredSize ?? entry.data.count
            out +=
                le32(0x0403_4B50) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0)
                + le32(entry.data.count) + le32(declared) + le16(name.count) + le16(0) + name + entry.data
            central +=
                le32(0x0201_4B50) + le16(20) + le16(20) + le16(0) + le16(entry.declaredSize == nil ? 0 : 8) + le16(0) + le16(0)
                + le32(0) + le32(entry.data.count) + le32(declared) + le16(name.count) + le16(0) + le16(0)
                + le16(0) + le16(0) + le32(0) + le32(offset) + name
        }
        let centralOffset = out.count
        out += central
        out +=
            le32(0x0605_4B50) + le16(0) + le16(0) + le16(entries.count) + le16(entries.count)
            + le32(central.count) + le32(centralOffset) + le16(0)
        return out
    }

    static func docx(declared: Int? = nil) -> [UInt8] {
        make([
            ("[Content_Types].xml", Array("<Types/>".utf8), nil),
            ("word/document.xml", Array("<w:document/>".utf8), declared),
        ])
    }
}

final class DocumentSnifferTests: XCTestCase {
    private func type(_ bytes: [UInt8]) -> DocumentType? {
        if case .success(let type) = DocumentSniffer.detect(bytes) { return type }
        return nil
    }

    func testRecognisesEachAcceptedTypeFromItsBytes() {
        XCTAssertEqual(type(Array("%PDF-1.7\n%âãÏÓ\n".utf8)), .pdf)
        XCTAssertEqual(type([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]), .png)
        XCTAssertEqual(type([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]), .jpeg)
        XCTAssertEqual(type(Array("RIFF\u{0}\u{0}\u{0}\u{0}WEBPVP8 ".utf8)), .webp)
        XCTAssertEqual(type(TestZip.docx()), .docx)
        XCTAssertEqual(type(TestZip.make([("[Content_Types].xml", [60], nil), ("xl/workbook.xml", [60], nil)])), .xlsx)
        XCTAssertEqual(
            type(TestZip.make([("mimetype", Array("application/vnd.oasis.opendocument.text".utf8), nil), ("content.xml", [60], nil)])), .odt)
        XCTAssertEqual(type(Array("nombre,monto\nAna,10\nLuis,20\n".utf8)), .csv)
        XCTAssertEqual(type(Array("Acta de la sesión: acuerdos tomados.".utf8)), .text)
    }

    func testMarkupScriptsAndUnknownBinariesAreRefused() {
        XCTAssertNil(type(Array("<!DOCTYPE html><html><script>alert(1)</script>".utf8)), "HTML named .pdf")
        XCTAssertNil(type(Array("\u{FEFF}  <svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>".utf8)), "SVG")
        XCTAssertNil(type(Array("<?xml version='1.0'?><a/>".utf8)))
        XCTAssertNil(type(Array("hola\n<script>alert(1)</script>".utf8)), "text hiding a script")
        XCTAssertNil(type(Array("#!/bin/sh\nrm -rf /\n".utf8)))
        XCTAssertNil(type([0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0]), "an executable")
        XCTAssertNil(type([0xFF, 0xFE, 0x00, 0x41]), "not UTF-8")
        XCTAssertNil(type(TestZip.make([("notes.txt", Array("hi".utf8), nil)])), "a plain zip")
        XCTAssertNil(type([]))
    }

    func testZipBombsAndBrokenDirectoriesAreRefused() {
        // Declares 1 GB behind a 13-byte entry: refused before anything is expanded.
        XCTAssertNil(type(TestZip.docx(declared: 1_000_000_000)))
        XCTAssertNil(type(TestZip.docx(declared: 150 * 1024 * 1024)), "absurd ratio under the total limit")
        var broken = TestZip.docx()
        broken.removeLast(10)
        XCTAssertNil(type(broken))
        if case .failure(let refusal) = DocumentSniffer.detect(TestZip.docx(declared: 1_000_000_000)) {
            XCTAssertTrue(refusal.es.contains("desproporcionado"))
        } else {
            XCTFail("accepted a zip bomb")
        }
    }

    func testNamesAreSanitisedAndFollowTheDetectedType() {
        XCTAssertEqual(DocumentName.sanitize("C:\\Users\\ana\\Minuta firmada.PDF", type: .pdf), "Minuta firmada.pdf")
        XCTAssertEqual(DocumentName.sanitize("\"><x-inj a=1>.pdf", type: .pdf), "x-inj a=1.pdf")
        XCTAssertEqual(DocumentName.sanitize("../../etc/passwd", type: .text), "passwd.txt")
        XCTAssertEqual(DocumentName.sanitize("acta\u{202E}fdp.exe", type: .pdf), "actafdp.pdf")
        XCTAssertEqual(DocumentName.sanitize("página.html", type: .pdf), "página.pdf")
        XCTAssertEqual(DocumentName.sanitize(nil, type: .png), "documento.png")
        XCTAssertLessThanOrEqual(DocumentName.sanitize(String(repeating: "á", count: 500), type: .pdf).count, DocumentName.maxLength)
        let header = DocumentName.contentDisposition("Minuta sesión.pdf", inline: false)
        XCTAssertTrue(header.hasPrefix("attachment; filename=\"Minuta sesion.pdf\""), header)
        XCTAssertTrue(header.hasSuffix("filename*=UTF-8''Minuta%20sesi%C3%B3n.pdf"), header)
    }

    func testLimitsComeFromTheEnvironmentWithASafeDefault() {
        XCTAssertEqual(DocumentLimits.from(environment: nil).perFile, 25 * 1024 * 1024)
        XCTAssertEqual(DocumentLimits.from(environment: "5").perFile, 5 * 1024 * 1024)
        XCTAssertEqual(DocumentLimits.from(environment: "-1").perFile, 25 * 1024 * 1024)
        XCTAssertEqual(DocumentLimits.from(environment: "mucho").perFile, 25 * 1024 * 1024)
    }

    func testPrivacyAndVersioningRules() {
        let stl = UUID()
        let other = UUID()
        let facilitator = Principal(userID: UUID(), isAdmin: false, grants: [Grant(secretariatID: stl, role: .facilitador)])
        let outsider = Principal(userID: UUID(), isAdmin: false, grants: [Grant(secretariatID: other, role: .facilitador)])
        XCTAssertFalse(DocumentAccess.mayRead(isPublic: true, kind: .registration, stl: stl, principal: .anonymous))
        XCTAssertFalse(DocumentAccess.mayRead(isPublic: false, kind: .registration, stl: stl, principal: outsider))
        XCTAssertTrue(DocumentAccess.mayRead(isPublic: false, kind: .registration, stl: stl, principal: facilitator))
        XCTAssertTrue(DocumentAccess.mayRead(isPublic: false, kind: .registration, stl: stl, principal: .anonymous, isRegistrant: true))
        XCTAssertTrue(DocumentAccess.mayRead(isPublic: true, kind: .minutesAnnex, stl: stl, principal: .anonymous))
        XCTAssertFalse(DocumentAccess.mayRead(isPublic: false, kind: .expense, stl: stl, principal: .anonymous))
        XCTAssertTrue(DocumentVersioning.allows(.supersede, recordIsFinal: true))
        XCTAssertFalse(DocumentVersioning.allows(.replace, recordIsFinal: true))
        XCTAssertFalse(DocumentVersioning.allows(.delete, recordIsFinal: true))
        XCTAssertTrue(DocumentVersioning.mayAttach(kind: .minutesSignedScan, recordIsFinal: true))
        XCTAssertFalse(DocumentVersioning.mayAttach(kind: .session, recordIsFinal: true))
        XCTAssertEqual(DocumentTargetKind.expense.writePermission(stl), .editFollowUp(stl))
    }
}
