import Fluent
import FluentSQLiteDriver
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// Backups need a real file, so these tests run their own app on a temporary SQLite file.
final class BackupTests: XCTestCase {
    private var directory: URL!

    override func setUp() async throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("backup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDown() async throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func withApp<T>(_ path: String, _ body: (Application) async throws -> T) async throws -> T {
        let app = try await Application.make(.testing)
        app.databases.use(.sqlite(.file(path)), as: .sqlite)
        app.migrations.add(AppMigrations.all)
        do {
            try await app.autoMigrate()
            let result = try await body(app)
            try await app.asyncShutdown()
            return result
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }

    func testRestoringABackupBringsBackExactlyWhatWasBackedUp() async throws {
        let live = directory.appendingPathComponent("live.sqlite").path
        let copy = directory.appendingPathComponent("copy.sqlite").path
        let before = try await withApp(live) { app in
            try await DemoLoader(db: app.db).load()
            try await Backup.backup(app.db, to: copy)
            let count = try await Organization.query(on: app.db).count()
            // A change after the backup, which the restore must undo.
            let stl = try await Secretariat.find(slug: "jalisco", on: app.db)
            _ = try await OrganizationWrites.create(.init(name: "Después del respaldo", kind: "academia"), in: stl, by: .system, on: app.db)
            return count
        }

        try await Backup.restore(from: copy, to: live)

        let (organizations, secretariats, late) = try await withApp(live) { app in
            (
                try await Organization.query(on: app.db).count(),
                try await Secretariat.query(on: app.db).count(),
                try await Organization.query(on: app.db).filter(\.$name == "Después del respaldo").count()
            )
        }
        XCTAssertEqual(organizations, before)
        XCTAssertEqual(secretariats, 16)
        XCTAssertEqual(late, 0)
    }

    func testABackupNeverOverwritesAnExistingFile() async throws {
        let live = directory.appendingPathComponent("live.sqlite").path
        let copy = directory.appendingPathComponent("copy.sqlite").path
        FileManager.default.createFile(atPath: copy, contents: Data("no tocar".utf8))

        do {
            try await withApp(live) { app in try await Backup.backup(app.db, to: copy) }
            XCTFail("expected a refusal")
        } catch let failure as CommandFailure {
            XCTAssertTrue(failure.message.contains("Ya existe"))
        }
        XCTAssertEqual(try String(contentsOfFile: copy, encoding: .utf8), "no tocar")
    }

    func testRestoringSomethingThatIsNotABackupChangesNothing() async throws {
        let live = directory.appendingPathComponent("live.sqlite").path
        let junk = directory.appendingPathComponent("junk.sqlite").path
        try await withApp(live) { app in try await DemoLoader(db: app.db).load() }
        FileManager.default.createFile(atPath: junk, contents: Data("esto no es sqlite".utf8))

        do {
            try await Backup.restore(from: junk, to: live)
            XCTFail("expected a refusal")
        } catch let failure as CommandFailure {
            XCTAssertTrue(failure.message.contains("no es"), failure.message)
        }
        let count = try await withApp(live) { app in try await Secretariat.query(on: app.db).count() }
        XCTAssertEqual(count, 16)
    }
}
