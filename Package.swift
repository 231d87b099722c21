// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Secretariado",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "secretariado", targets: ["secretariado"]),
        .library(name: "SecretariadoCore", targets: ["SecretariadoCore"]),
        .library(name: "SecretariadoApp", targets: ["SecretariadoApp"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
    ],
    targets: [
        // Pure domain rules: Foundation only, tested without a database.
        .target(name: "SecretariadoCore"),
        // The system's zlib, to keep cached public pages gzip-compressed once.
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"])]),
        // Sending mail: an SMTP client on SwiftNIO (STARTTLS or implicit TLS, AUTH).
        .target(
            name: "SecretariadoMail",
            dependencies: [
                "SecretariadoCore",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]
        ),
        .target(
            name: "SecretariadoApp",
            dependencies: [
                "SecretariadoCore",
                "SecretariadoMail",
                "CZlib",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Plot", package: "Plot"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "secretariado",
            dependencies: ["SecretariadoApp"]
        ),
        // Helpers both test targets read with (an RFC 5545 reader), in one copy.
        .target(name: "SecretariadoTestSupport", path: "Tests/SecretariadoTestSupport"),
        .testTarget(name: "SecretariadoCoreTests", dependencies: ["SecretariadoCore", "SecretariadoTestSupport"]),
        .testTarget(
            name: "SecretariadoMailTests",
            dependencies: [
                "SecretariadoMail",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            // Certificates read by path (see Fixtures/README.md), not bundled as resources.
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "SecretariadoAppTests",
            dependencies: [
                "SecretariadoApp",
                "CZlib",
                "SecretariadoTestSupport",
                .product(name: "XCTVapor", package: "vapor"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
