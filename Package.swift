// swift-tools-version: 6.2
import PackageDescription

/// The Enterprise trait (on by default) adds the targets under Enterprise/ (LICENSE-ENTERPRISE).
/// `swift build --disable-default-traits` builds the community edition with none of that code in it.
let enterprise: Set<String> = ["Enterprise"]

let package = Package(
    name: "groundwork",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "groundwork", targets: ["groundwork"]),
    ],
    traits: [
        .trait(name: "Enterprise", description: "Fleet audit, policy, recipes, store and reports (LICENSE-ENTERPRISE)."),
        .trait(
            name: "BenchmarkLicense",
            description: "Also trust the benchmark license key, whose private half anyone can derive (Benchmarks/fleet-benchmark.sh). Never in a release.",
            enabledTraits: ["Enterprise"]
        ),
        .default(enabledTraits: ["Enterprise"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // MARK: C shims

        /// libgit2 as a system library, with inline wrappers for its variadic calls.
        .systemLibrary(
            name: "CGit2",
            pkgConfig: "libgit2",
            providers: [.apt(["libgit2-dev"])]
        ),
        /// zlib as a system library, to read gzip-compressed brick tarballs.
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        /// libcurl through typed, non-variadic C wrappers (curl_easy_setopt cannot be called from Swift).
        .target(
            name: "CCurl",
            linkerSettings: [.linkedLibrary("curl")]
        ),

        // MARK: Basics

        /// What every layer shares: version, XDG directories, InternalError, redaction of secrets.
        .target(name: "GroundworkBasics"),
        /// The shared file formats, each once: the strict YAML reader (file:line, unknown-key hints, nesting guard),
        /// close-match hints and the errors they throw.
        .target(name: "GroundworkFormats", dependencies: ["GroundworkBasics", .product(name: "Yams", package: "Yams")]),

        // MARK: Model

        /// The data model (entities, fields, relations, access) with its readers and writers: values and pure functions.
        .target(name: "GroundworkModel", dependencies: ["GroundworkBasics", "GroundworkFormats", .product(name: "Yams", package: "Yams")]),
        /// Reads a model from a live PostgreSQL database (postgres-nio), apart so GroundworkModel needs no driver.
        .target(
            name: "GroundworkModelPostgres",
            dependencies: ["GroundworkModel", .product(name: "PostgresNIO", package: "postgres-nio")]
        ),
        /// The service contract of a model: the OpenAPI 3.1 document every generated service serves, and its migrations.
        .target(name: "GroundworkContracts", dependencies: ["GroundworkModel"]),

        // MARK: Git and HTTP

        /// A small Swift wrapper over libgit2: repositories, trees, blobs, revwalk, diff, merge, commits.
        .target(name: "GroundworkGit", dependencies: ["CGit2", "GroundworkBasics"]),
        /// A small Swift wrapper over libcurl: GET/POST, timeouts, retries, proxies, size limits.
        .target(name: "GroundworkHTTP", dependencies: ["CCurl", "GroundworkBasics"]),

        // MARK: Audit and report

        /// The audit's vocabulary: snapshots, stack facts, checks, findings, scores, the report model.
        .target(name: "GroundworkAuditModel", dependencies: ["GroundworkGit", "GroundworkBasics"]),
        /// Secret rules, the line scanner, entropy and redaction.
        .target(
            name: "GroundworkSecrets",
            dependencies: ["GroundworkBasics", .product(name: "Crypto", package: "swift-crypto")]
        ),
        /// Stack detection: languages, packages, frameworks, monorepos, delivery, CI, licence.
        .target(
            name: "GroundworkStack",
            dependencies: ["GroundworkAuditModel", "GroundworkFormats", .product(name: "Yams", package: "Yams")]
        ),
        /// Every check, one type per file, and the registry that lists them.
        .target(
            name: "GroundworkChecks",
            dependencies: ["GroundworkAuditModel", "GroundworkFormats", "GroundworkSecrets", .product(name: "Yams", package: "Yams")]
        ),
        /// The audit engine: snapshot, stack, the one history walk, its cache, checks, the report.
        .target(
            name: "GroundworkAudit",
            dependencies: [
                "GroundworkGit", "GroundworkAuditModel", "GroundworkSecrets", "GroundworkStack", "GroundworkChecks",
                .product(name: "Yams", package: "Yams"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        /// Renderers for audit reports: text, JSON, Markdown, SARIF, HTML.
        .target(name: "GroundworkReport", dependencies: ["GroundworkAuditModel"]),

        // MARK: Bricks

        /// The brick engine: manifests, sources, rendering, planning, applying, the lock file and updates.
        .target(
            name: "GroundworkBricks",
            dependencies: [
                "GroundworkBasics", "GroundworkGit", "GroundworkHTTP", "GroundworkAuditModel", "GroundworkAudit", "CZlib",
                "GroundworkModel", "GroundworkContracts",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),

        // MARK: CLI

        /// The commands, as a library so tests can call them; parse, call, render, exit.
        .target(
            name: "GroundworkCLI",
            dependencies: [
                "GroundworkBasics", "GroundworkGit", "GroundworkHTTP", "GroundworkAuditModel", "GroundworkSecrets",
                "GroundworkAudit", "GroundworkReport", "GroundworkBricks", "GroundworkModel", "GroundworkModelPostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        /// The `groundwork` binary: one file that composes the community and (with the trait) Enterprise commands.
        .executableTarget(
            name: "groundwork",
            dependencies: [
                "GroundworkCLI",
                .target(name: "GroundworkEnterprise", condition: .when(traits: enterprise)),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // MARK: Test support

        /// Real fixtures for tests: RepoBuilder (repositories made through libgit2) and a local HTTP server.
        .target(name: "GroundworkTestSupport", dependencies: ["GroundworkGit", "GroundworkBasics", "GroundworkAuditModel", "GroundworkModel", "CGit2"]),

        // MARK: Enterprise (LICENSE-ENTERPRISE; every file is wrapped in `#if Enterprise`)

        /// Licence, fleet, policy, store and fleet reports.
        .target(
            name: "GroundworkEnterprise",
            dependencies: [
                "GroundworkCLI", "GroundworkBasics", "GroundworkFormats", "GroundworkGit", "GroundworkHTTP", "GroundworkAuditModel",
                "GroundworkAudit", "GroundworkReport",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            path: "Enterprise/Sources/GroundworkEnterprise"
        ),

        // MARK: Tests

        .testTarget(name: "GroundworkFormatsTests", dependencies: ["GroundworkFormats", "GroundworkTestSupport"]),
        .testTarget(
            name: "GroundworkModelTests",
            dependencies: ["GroundworkModel", "GroundworkModelPostgres", "GroundworkTestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "GroundworkGitTests", dependencies: ["GroundworkGit", "GroundworkTestSupport"]),
        .testTarget(name: "GroundworkHTTPTests", dependencies: ["GroundworkHTTP", "GroundworkTestSupport"]),
        .testTarget(name: "GroundworkSecretsTests", dependencies: ["GroundworkSecrets"]),
        .testTarget(name: "GroundworkFactsTests", dependencies: ["GroundworkModel", "GroundworkTestSupport"]),
        .testTarget(name: "GroundworkContractsTests", dependencies: ["GroundworkContracts", "GroundworkTestSupport"]),
        .testTarget(name: "GroundworkStackTests", dependencies: ["GroundworkStack", "GroundworkTestSupport"]),
        .testTarget(
            name: "GroundworkChecksTests",
            dependencies: ["GroundworkChecks", "GroundworkStack", "GroundworkAudit", "GroundworkTestSupport"]
        ),
        .testTarget(
            name: "GroundworkAuditTests",
            dependencies: ["GroundworkAudit", "GroundworkTestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "GroundworkBricksTests",
            dependencies: [
                "GroundworkBricks", "GroundworkAudit", "GroundworkTestSupport", "GroundworkModel", "GroundworkContracts",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .testTarget(
            name: "GroundworkReportTests",
            dependencies: ["GroundworkReport", "GroundworkAuditModel", "GroundworkSecrets", "GroundworkTestSupport"]
        ),
        .testTarget(
            name: "GroundworkCLITests",
            dependencies: ["GroundworkCLI", "GroundworkTestSupport"]
        ),
        /// Runs the built `groundwork` binary and compares whole outputs with golden files.
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["GroundworkTestSupport"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "GroundworkEnterpriseTests",
            dependencies: [
                .target(name: "GroundworkEnterprise", condition: .when(traits: enterprise)),
                "GroundworkTestSupport",
            ],
            path: "Enterprise/Tests/GroundworkEnterpriseTests"
        ),
    ],
    swiftLanguageModes: [.v6]
)
