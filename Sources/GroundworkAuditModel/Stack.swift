/// What the audit learned about a repository's technology: every check and brick reads it.
public struct Stack: Sendable, Codable, Hashable {
    /// Languages by bytes of code, largest first (vendored and generated files excluded).
    public var languages: [LanguageUsage] = []
    /// One entry per package (the root, or each member of a monorepo).
    public var packages: [StackPackage] = []
    /// The monorepo tool, when the repository holds several packages: `npm-workspaces`, `pnpm-workspaces`,
    /// `yarn-workspaces`, `nx`, `turborepo`, `go-work`, `cargo-workspace`, `maven-modules`, `gradle-multiproject`.
    public var monorepo: String?
    /// Delivery already present.
    public var delivery = DeliveryFacts()
    /// CI systems configured, with their files.
    public var ciSystems: [CISystem] = []
    /// The licence file and its SPDX id when recognised.
    public var license: LicenseFact?

    public init() {}

    /// The language with the most bytes.
    public var primaryLanguage: String? { languages.first?.name }

    /// Packages that run as services (the ones that want a Dockerfile).
    public var services: [StackPackage] { packages.filter { $0.kind == .service } }

    /// Every framework of every package, without repeats.
    public var frameworks: [String] { Array(Set(packages.flatMap(\.frameworks))).sorted() }
}

/// How much of one language a repository has.
public struct LanguageUsage: Sendable, Codable, Hashable {
    public var name: String
    public var files: Int
    public var bytes: Int
    public var lines: Int

    public init(name: String, files: Int, bytes: Int, lines: Int) {
        self.name = name
        self.files = files
        self.bytes = bytes
        self.lines = lines
    }
}

/// One buildable unit: the repository root, or a workspace member of a monorepo.
public struct StackPackage: Sendable, Codable, Hashable {
    /// Whether the package runs (and so wants a container) or is consumed by others.
    public enum Kind: String, Sendable, Codable, Hashable {
        case service, library, unknown
    }

    /// The package's directory, "" for the root.
    public var path: String
    /// Its name from the manifest, or the directory name.
    public var name: String
    /// `node`, `python`, `go`, `java`, `kotlin`, `swift`, `rust`, `ruby`, `php`, `dotnet`.
    public var ecosystem: String
    /// `npm`, `yarn`, `pnpm`, `bun`, `pip`, `poetry`, `pipenv`, `uv`, `go`, `maven`, `gradle`, `cargo`, `swiftpm`, `bundler`, `composer`, `dotnet`.
    public var packageManager: String
    /// The manifest's path: `package.json`, `services/api/go.mod`….
    public var manifest: String
    /// The lockfile's path, when one is committed.
    public var lockfile: String?
    /// Frameworks by their common names: `express`, `nestjs`, `nextjs`, `django`, `spring-boot`, `gin`, `vapor`, `axum`….
    public var frameworks: [String] = []
    /// The runtime version asked for: `.nvmrc`, `engines.node`, the `go` directive, `.python-version`, toolchain files.
    public var runtimeVersion: String?
    public var kind: Kind = .unknown
    /// Files the service starts from: `src/index.ts`, `cmd/server/main.go`, `manage.py`….
    public var entrypoints: [String] = []
    /// Ports the code or configuration mentions, most likely first.
    public var ports: [Int] = []
    /// The command that runs the tests, when one is declared (`npm test`, `go test ./...`).
    public var testCommand: String?
    /// The command that builds, when one is declared.
    public var buildCommand: String?
    /// The command that lints, when one is declared.
    public var lintCommand: String?
    /// True when the package is written in TypeScript.
    public var usesTypeScript = false

    public init(path: String, name: String, ecosystem: String, packageManager: String, manifest: String) {
        self.path = path
        self.name = name
        self.ecosystem = ecosystem
        self.packageManager = packageManager
        self.manifest = manifest
    }

    /// True for stacks that compile to a binary or bytecode (and so want a multi-stage image).
    public var isCompiled: Bool { ["go", "java", "kotlin", "swift", "rust", "dotnet"].contains(ecosystem) || usesTypeScript }
}

/// Containers and deployment files already in the repository.
public struct DeliveryFacts: Sendable, Codable, Hashable {
    public var dockerfiles: [String] = []
    public var dockerignore: String?
    public var composeFiles: [String] = []
    /// Service names declared in compose files.
    public var composeServices: [String] = []
    /// YAML files holding Kubernetes objects (apiVersion + kind).
    public var kubernetesManifests: [String] = []
    /// Directories holding a `Chart.yaml`.
    public var helmCharts: [String] = []
    /// Paths of `kustomization.yaml` files.
    public var kustomizations: [String] = []
    /// Directories holding `.tf` files.
    public var terraform: [String] = []

    public init() {}
}

/// A CI system and the files that configure it.
public struct CISystem: Sendable, Codable, Hashable {
    /// `github-actions`, `gitlab-ci`, `circleci`, `jenkins`, `azure-pipelines`, `bitbucket-pipelines`, `travis`.
    public var name: String
    public var files: [String]

    public init(name: String, files: [String]) {
        self.name = name
        self.files = files
    }
}

/// The licence file and what it is.
public struct LicenseFact: Sendable, Codable, Hashable {
    public var path: String
    /// The SPDX id (`MIT`, `Apache-2.0`…), nil when the text is not recognised.
    public var spdx: String?

    public init(path: String, spdx: String?) {
        self.path = path
        self.spdx = spdx
    }
}
