import Fluent
import Foundation
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// Documents over a real socket: a 10 MB file through the form and through the API comes
/// back byte for byte; a page, an SVG or a zip bomb named as a document is refused; a file
/// over the limit gets a page that says the limit.
final class DocumentUploadSocketTests: AppTestCase {
    private var port = 0

    override func setUp() async throws {
        try await super.setUp()
        try await loadDemo()
        try await app.server.start(address: .hostname("127.0.0.1", port: 0))
        port = try XCTUnwrap(app.http.server.shared.localAddress?.port)
    }

    override func tearDown() async throws {
        await app.server.shutdown()
        try await super.tearDown()
    }

    private func offPool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try work() }) }.start()
        }
    }

    /// A signed-in facilitator of Morelos, a convened session, and the session page's form
    /// for `kind`: (browser, session, action, hidden fields).
    private func uploadForm(_ kind: DocumentTargetKind = .session) async throws -> (SocketBrowser, StlSession, String, [(String, String)]) {
        try await makeUser("fac@mor.mx", grants: [("morelos", .facilitador, nil, nil)])
        let session = try await convene("morelos")
        let browser = SocketBrowser(port: port)
        try await offPool { try browser.login("fac@mor.mx") }
        let page = try await offPool { try browser.get(SiteURL.session(.value("morelos"), .value(session.id!)).path) }
        XCTAssertEqual(page.status, 200)
        let action = SiteURL.documentUpload(.value("morelos"), .value(kind.rawValue), .value(session.id!)).path
        XCTAssertTrue(page.body.contains("enctype=\"multipart/form-data\""), "the session page has the upload form")
        let hidden = TestFiles.hidden(page.body, action: action)
        XCTAssertFalse(hidden.isEmpty, "the form for \(kind) is on the page")
        return (browser, session, action, [(CSRF.fieldName, browser.csrf ?? "")] + hidden)
    }

    private func post(_ browser: SocketBrowser, _ action: String, _ fields: [(String, String)], file: [UInt8], name: String) async throws
        -> SocketBrowser.Reply
    {
        let (type, body) = TestFiles.multipart(fields, file: file, filename: name)
        return try await offPool { try browser.request("POST", action, headers: ["Content-Type": type], body: body) }
    }

    func testA10MBPDFThroughTheFormDownloadsByteIdentical() async throws {
        let (browser, session, action, fields) = try await uploadForm()
        let pdf = TestFiles.pdf(size: 10 * 1024 * 1024)

        let reply = try await post(browser, action, fields, file: pdf, name: "Presentación del plan.pdf")

        XCTAssertEqual(reply.status, 303, reply.body.prefix(600).description)
        let found = try await StoredDocument.query(on: db).filter(\.$targetID == session.requireID()).first()
        let document = try XCTUnwrap(found)
        XCTAssertEqual(document.name, "Presentación del plan.pdf")
        XCTAssertEqual(document.size, Int64(pdf.count))
        let path = SiteURL.document(.value("morelos"), .value(try document.requireID())).path
        let anonymous = SocketBrowser(port: port)
        let download = try await offPool { try anonymous.get(path) }
        XCTAssertEqual(download.status, 200)
        XCTAssertTrue(download.bytes == pdf, "the download is the file, byte for byte")
        XCTAssertEqual(download.header("Content-Type"), "application/pdf")
        XCTAssertEqual(download.header("X-Content-Type-Options"), "nosniff")
        XCTAssertTrue(download.header("Content-Security-Policy")?.hasPrefix("sandbox") ?? false)
        XCTAssertTrue(download.header("Content-Disposition")?.hasPrefix("inline; ") ?? false)
        XCTAssertTrue(download.header("Content-Disposition")?.contains("filename*=UTF-8''Presentaci%C3%B3n%20del%20plan.pdf") ?? false)
        XCTAssertEqual(download.header("ETag"), "\"\(document.sha256)\"")
        let page = try await offPool { try anonymous.get(SiteURL.session(.value("morelos"), .value(session.id!)).path) }
        XCTAssertTrue(page.body.contains(path), "the session page lists it")
    }

    func testA10MBPDFThroughTheAPIDownloadsByteIdentical() async throws {
        let facilitator = try await makeUser("fac@mor.mx", grants: [("morelos", .facilitador, nil, nil)])
        let session = try await convene("morelos")
        let token = try await bearer(for: facilitator).first(name: .authorization) ?? ""
        let pdf = TestFiles.pdf(size: 10 * 1024 * 1024 + 17)
        let client = SocketBrowser(port: port)
        let path = APIURL.documentUpload(.value("morelos"), .value("anexo-minuta"), .value(session.id!)).path + "?name=Anexo%201.pdf"

        let reply = try await offPool {
            try client.request("POST", path, headers: ["Authorization": token, "Content-Type": "application/octet-stream"], body: pdf)
        }

        XCTAssertEqual(reply.status, 201, reply.body.prefix(400).description)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(reply.bytes)) as? [String: Any])
        XCTAssertEqual(json["name"] as? String, "Anexo 1.pdf")
        XCTAssertEqual(json["mediaType"] as? String, "application/pdf")
        let url = try XCTUnwrap(json["url"] as? String)
        let port = self.port
        let download = try await offPool { try SocketBrowser(port: port).get(url) }
        XCTAssertEqual(download.status, 200)
        XCTAssertTrue(download.bytes == pdf)
        let list = try await offPool {
            try SocketBrowser(port: port).get(APIURL.documents(.value("morelos")).path + "?kind=anexo-minuta&targetId=\(session.id!.uuidString)")
        }
        let listed = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(list.bytes)) as? [[String: Any]])
        XCTAssertEqual(listed.map { $0["url"] as? String }, [url], "the record's documents list it")
    }

    func testAPageAnSVGAndAZipBombAreRefusedWhateverTheirName() async throws {
        let (browser, session, action, fields) = try await uploadForm()

        let html = try await post(browser, action, fields, file: TestFiles.html, name: "acta.pdf")
        XCTAssertEqual(html.status, 415, html.body.prefix(400).description)
        XCTAssertTrue(html.body.contains("no se aceptan"), "the reason is on the page")
        XCTAssertTrue(html.body.contains(action), "the same page, with its upload form")

        let facilitator = try await User.query(on: db).filter(\.$email == "fac@mor.mx").first()
        let token = try await bearer(for: try XCTUnwrap(facilitator)).first(name: .authorization) ?? ""
        let api = APIURL.documentUpload(.value("morelos"), .value("sesion"), .value(session.id!)).path
        for (bytes, name) in [(TestFiles.svg, "logo.png"), (TestFiles.zipBomb(), "informe.docx")] {
            let reply = try await offPool {
                try browser.request("POST", api + "?name=\(name)", headers: ["Authorization": token, "Content-Type": "application/pdf"], body: bytes)
            }
            XCTAssertEqual(reply.status, 415, "\(name): \(reply.body.prefix(300))")
        }
        let stored = try await StoredDocument.query(on: db).count()
        XCTAssertEqual(stored, 0, "nothing stored")
    }

    func testAFileOverTheLimitGetsAPageThatSaysTheLimit() async throws {
        app.documentLimits = DocumentLimits(perFile: 1024 * 1024)
        let (browser, _, action, fields) = try await uploadForm()

        let over = try await post(browser, action, fields, file: TestFiles.pdf(size: 1024 * 1024 + 100), name: "grande.pdf")
        XCTAssertEqual(over.status, 413)
        XCTAssertTrue(over.body.contains("supera el límite de 1 MB"), over.body.prefix(1500).description)
        XCTAssertTrue(over.body.contains(action), "the same page, with its upload form")

        let beyond = try await post(browser, action, fields, file: TestFiles.pdf(size: 3 * 1024 * 1024), name: "enorme.pdf")
        XCTAssertEqual(beyond.status, 413)
        XCTAssertTrue(beyond.body.contains("supera el límite"), beyond.body.prefix(1500).description)
        let stored = try await StoredDocument.query(on: db).count()
        XCTAssertEqual(stored, 0)
    }
}
