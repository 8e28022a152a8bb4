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
        .package(url: "https://github.com/mattpolzin/OpenAPIKit", from: "6.4.0"),
        // Imported by the PostgreSQL fleet store directly (its logger and TLS context), so declared here too.
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
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

        /// What every layer shares: version, XDG directories, the exit codes and error shape, InternalError, URL redaction, the clock.
        .target(name: "GroundworkBasics"),
        /// The shared file formats, each once: the strict YAML reader (file:line, unknown-key hints, nesting guard),
        /// the ordered, line-aware JSON reader and writer, JSON string quoting, close-match hints and FormatError.
        .target(name: "GroundworkFormats", dependencies: ["GroundworkBasics", .product(name: "Yams", package: "Yams")]),

        // MARK: Model

        /// The data model (entities, fields, relations, access) with its readers and writers: values and pure functions.
        .target(
            name: "GroundworkModel",
            dependencies: ["GroundworkBasics", "GroundworkFormats", .product(name: "Yams", package: "Yams"), .product(name: "Crypto", package: "swift-crypto")]
        ),
        /// Reads a model from a live PostgreSQL database (postgres-nio), apart so GroundworkModel needs no driver.
        .target(
            name: "GroundworkModelPostgres",
            dependencies: ["GroundworkBasics", "GroundworkModel", .product(name: "PostgresNIO", package: "postgres-nio")]
        ),
        /// OpenAPI contracts: the OpenAPI 3.1 document and migrations of a model (what every generated service
        /// carries), contracts read with OpenAPIKit (3.0 and 3.1), the breaking-change diff and typed clients.
        .target(
            name: "GroundworkContracts",
            dependencies: [
                "GroundworkBasics", "GroundworkModel",
                .product(name: "OpenAPIKit", package: "OpenAPIKit"),
                .product(name: "OpenAPIKit30", package: "OpenAPIKit"),
                .product(name: "OpenAPIKitCompat", package: "OpenAPIKit"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),

        // MARK: Git and HTTP

        /// A small Swift wrapper over libgit2: repositories, trees, blobs, revwalk, diff, merge, commits.
        .target(name: "GroundworkGit", dependencies: ["CGit2", "GroundworkBasics"]),
        /// A small Swift wrapper over libcurl: GET/POST, timeouts, retries, proxies, size limits.
        .target(name: "GroundworkHTTP", dependencies: ["CCurl", "GroundworkBasics"]),

        // MARK: Audit and report

        /// The audit's vocabulary, values only: snapshots, stack facts, checks, findings, problems, scores, the report model.
        /// (It still uses GroundworkGit's value types: ObjectID, Commit, TreeEntry.Kind.)
        .target(name: "GroundworkAuditModel", dependencies: ["GroundworkGit", "GroundworkBasics"]),
        /// Secret rules, the line scanner, entropy and redaction.
        .target(
            name: "GroundworkSecrets",
            dependencies: ["GroundworkBasics", "GroundworkFormats", .product(name: "Crypto", package: "swift-crypto")]
        ),
        /// Stack detection: languages, packages, frameworks, monorepos, delivery, CI, licence.
        .target(
            name: "GroundworkStack",
            dependencies: ["GroundworkAuditModel", "GroundworkGit", "GroundworkFormats", .product(name: "Yams", package: "Yams")]
        ),
        /// Every check, one type per file, and the registry that lists them.
        .target(
            name: "GroundworkChecks",
            dependencies: ["GroundworkAuditModel", "GroundworkBasics", "GroundworkFormats", "GroundworkSecrets", .product(name: "Yams", package: "Yams")]
        ),
        /// Asks providers, through GroundworkHTTP, whether found credentials are live (`audit --verify-secrets`, opt-in).
        .target(
            name: "GroundworkSecretVerification",
            dependencies: ["GroundworkBasics", "GroundworkHTTP", .product(name: "Crypto", package: "swift-crypto")]
        ),
        /// The audit engine: snapshot, stack, the one history walk, its cache, checks, the report.
        .target(
            name: "GroundworkAudit",
            dependencies: [
                "GroundworkBasics", "GroundworkGit", "GroundworkAuditModel", "GroundworkFormats", "GroundworkSecrets", "GroundworkStack",
                "GroundworkChecks", "GroundworkSecretVerification",
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
                "GroundworkBasics", "GroundworkFormats", "GroundworkGit", "GroundworkHTTP", "GroundworkAuditModel", "CZlib",
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
                "GroundworkSecretVerification", "GroundworkAudit", "GroundworkReport", "GroundworkBricks", "GroundworkContracts", "GroundworkModel",
                "GroundworkModelPostgres",
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
        .target(name: "GroundworkTestSupport", dependencies: ["GroundworkGit", "GroundworkBasics", "GroundworkAuditModel", "GroundworkModel"]),

        // MARK: Enterprise (LICENSE-ENTERPRISE; every file is wrapped in `#if Enterprise`)
        // Library code (licence, fleet) never imports the CLI; only the commands do.

        /// The licence: signed licence files, their verification offline, entitlements, evaluation mode.
        .target(
            name: "GroundworkLicense",
            dependencies: ["GroundworkBasics", "GroundworkFormats", .product(name: "Crypto", package: "swift-crypto")],
            path: "Enterprise/Sources/GroundworkLicense"
        ),
        /// Scaling recipes: the `scale` checks (with their Polaris/kube-score/kube-linter/Checkov peers), the recipe
        /// catalogue (bricks under Enterprise/Recipes with their verification) and the recipes' manifest edits.
        .target(
            name: "GroundworkRecipes",
            dependencies: [
                "GroundworkBasics", "GroundworkFormats", "GroundworkAuditModel", "GroundworkChecks", "GroundworkAudit", "GroundworkBricks",
                .product(name: "Yams", package: "Yams"),
            ],
            path: "Enterprise/Sources/GroundworkRecipes"
        ),
        /// The fleet engine: sources, the parallel auditor, policy, the SQLite/PostgreSQL stores, fleet reports and webhooks.
        .target(
            name: "GroundworkFleet",
            dependencies: [
                "GroundworkLicense", "GroundworkBasics", "GroundworkFormats", "GroundworkGit", "GroundworkHTTP", "GroundworkAuditModel",
                "GroundworkAudit", "GroundworkReport", "GroundworkBricks", "GroundworkRecipes", "GroundworkContracts",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            path: "Enterprise/Sources/GroundworkFleet"
        ),
        /// The capacity sheet (`scale report`): a service measured under wrk, the HPA/PDB/pool sizes derived, the replica curve simulated.
        .target(
            name: "GroundworkScale",
            dependencies: [
                "GroundworkLicense", "GroundworkBasics", "GroundworkHTTP", "GroundworkReport", "GroundworkFleet", "GroundworkModelPostgres",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Enterprise/Sources/GroundworkScale"
        ),
        /// The Enterprise commands (`license`, `fleet`, `policy`, `recipes`, `scale`): parse, call the licence, fleet and scale libraries, render, exit.
        .target(
            name: "GroundworkEnterprise",
            dependencies: [
                "GroundworkCLI", "GroundworkLicense", "GroundworkFleet", "GroundworkBasics", "GroundworkAudit", "GroundworkAuditModel",
                "GroundworkRecipes", "GroundworkBricks", "GroundworkScale", "GroundworkContracts",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Enterprise/Sources/GroundworkEnterprise"
        ),
        /// The vendor's licence issuing tool, a separate executable that is never shipped to customers.
        .executableTarget(
            name: "groundwork-license-issuer",
            dependencies: [
                .target(name: "GroundworkLicense", condition: .when(traits: enterprise)),
                "GroundworkBasics",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Enterprise/Sources/groundwork-license-issuer"
        ),

        // MARK: Tests

        .testTarget(name: "GroundworkBasicsTests", dependencies: ["GroundworkBasics"]),
        .testTarget(name: "GroundworkFormatsTests", dependencies: ["GroundworkFormats", "GroundworkTestSupport"]),
        .testTarget(
            name: "GroundworkModelTests",
            dependencies: ["GroundworkModel", "GroundworkModelPostgres", "GroundworkTestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "GroundworkGitTests", dependencies: ["GroundworkGit", "GroundworkTestSupport"]),
        .testTarget(name: "GroundworkHTTPTests", dependencies: ["GroundworkHTTP", "GroundworkBasics", "GroundworkTestSupport"]),
        .testTarget(name: "GroundworkSecretsTests", dependencies: ["GroundworkSecrets"]),
        .testTarget(
            name: "GroundworkSecretVerificationTests",
            dependencies: ["GroundworkSecretVerification", "GroundworkHTTP", "GroundworkTestSupport"]
        ),
        .testTarget(name: "GroundworkFactsTests", dependencies: ["GroundworkModel", "GroundworkTestSupport"]),
        .testTarget(name: "GroundworkContractsTests", dependencies: ["GroundworkContracts", "GroundworkTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "GroundworkStackTests", dependencies: ["GroundworkStack", "GroundworkAudit", "GroundworkAuditModel", "GroundworkTestSupport"]),
        .testTarget(
            name: "GroundworkChecksTests",
            dependencies: ["GroundworkChecks", "GroundworkStack", "GroundworkAudit", "GroundworkAuditModel", "GroundworkGit", "GroundworkTestSupport"]
        ),
        .testTarget(
            name: "GroundworkAuditTests",
            dependencies: [
                "GroundworkAudit", "GroundworkAuditModel", "GroundworkBasics", "GroundworkChecks", "GroundworkGit", "GroundworkTestSupport",
                "GroundworkSecrets", "GroundworkSecretVerification",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "GroundworkBricksTests",
            dependencies: [
                "GroundworkBricks", "GroundworkAudit", "GroundworkAuditModel", "GroundworkBasics", "GroundworkFormats", "GroundworkGit",
                "GroundworkTestSupport", "GroundworkModel", "GroundworkContracts",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .testTarget(
            name: "GroundworkReportTests",
            dependencies: ["GroundworkReport", "GroundworkAuditModel", "GroundworkSecrets", "GroundworkTestSupport"]
        ),
        .testTarget(
            name: "GroundworkCLITests",
            dependencies: [
                "GroundworkCLI", "GroundworkAuditModel", "GroundworkReport", "GroundworkTestSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        /// Runs the built `groundwork` binary and compares whole outputs with golden files.
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["GroundworkTestSupport"],
            exclude: ["Golden", "Fixtures"]
        ),
        .testTarget(
            name: "GroundworkEnterpriseTests",
            dependencies: [
                .target(name: "GroundworkEnterprise", condition: .when(traits: enterprise)),
                .target(name: "GroundworkLicense", condition: .when(traits: enterprise)),
                .target(name: "GroundworkFleet", condition: .when(traits: enterprise)),
                .target(name: "GroundworkRecipes", condition: .when(traits: enterprise)),
                .target(name: "GroundworkScale", condition: .when(traits: enterprise)),
                .target(name: "groundwork-license-issuer", condition: .when(traits: enterprise)),
                "GroundworkTestSupport", "GroundworkAudit", "GroundworkAuditModel", "GroundworkBasics", "GroundworkHTTP",
                "GroundworkBricks", "GroundworkChecks", "GroundworkGit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            path: "Enterprise/Tests/GroundworkEnterpriseTests"
        ),
    ],
    swiftLanguageModes: [.v6]
)

// MARK: Fuzzing

/// libFuzzer entry points for every reader of untrusted input, declared only when `GROUNDWORK_FUZZ=1` so
/// the normal build never compiles them; `scripts/fuzz.sh` builds them with `--sanitize=fuzzer` in its own
/// scratch folder and runs each (README, "Fuzzing").
if Context.environment["GROUNDWORK_FUZZ"] == "1" {
    /// One fuzz target: its entry point is `LLVMFuzzerTestOneInput`, libFuzzer supplies `main`.
    func fuzzTarget(_ name: String, _ dependencies: [Target.Dependency]) -> Target {
        .executableTarget(
            name: "fuzz-\(name)",
            dependencies: ["FuzzSupport"] + dependencies,
            path: "Fuzz/Sources/\(name)",
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        )
    }
    let fleet = Target.Dependency.target(name: "GroundworkFleet", condition: .when(traits: enterprise))
    package.targets += [
        .target(name: "FuzzSupport", path: "Fuzz/Sources/FuzzSupport"),
        fuzzTarget("yaml", ["GroundworkFormats"]),
        fuzzTarget("json", ["GroundworkFormats"]),
        fuzzTarget("model-yaml", ["GroundworkModel"]),
        fuzzTarget("dbml", ["GroundworkModel"]),
        fuzzTarget("ddl", ["GroundworkModel"]),
        fuzzTarget("secrets", ["GroundworkSecrets"]),
        fuzzTarget("groundwork-config", ["GroundworkAudit"]),
        fuzzTarget("brick-manifest", ["GroundworkBricks"]),
        fuzzTarget("lock", ["GroundworkBricks"]),
        fuzzTarget("fleet", [fleet]),
        fuzzTarget("policy", [fleet]),
        fuzzTarget("license", [.target(name: "GroundworkLicense", condition: .when(traits: enterprise))]),
    ]
}
