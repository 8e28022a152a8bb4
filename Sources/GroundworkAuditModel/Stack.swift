/// What the audit learned about a repository's technology: every check and brick reads it.
package struct Stack: Sendable, Codable, Hashable {
    /// Languages by bytes of code, largest first (vendored and generated files excluded).
    package var languages: [LanguageUsage] = []
    /// One entry per package (the root, or each member of a monorepo).
    package var packages: [StackPackage] = []
    /// The monorepo tool, when the repository holds several packages: `npm-workspaces`, `pnpm-workspaces`,
    /// `yarn-workspaces`, `nx`, `turborepo`, `go-work`, `cargo-workspace`, `maven-modules`, `gradle-multiproject`.
    package var monorepo: String?
    /// Delivery already present.
    package var delivery = DeliveryFacts()
    /// CI systems configured, with their files.
    package var ciSystems: [CISystem] = []
    /// The licence file and its SPDX id when recognised.
    package var license: LicenseFact?

    package init() {}

    /// The language with the most bytes.
    package var primaryLanguage: String? { languages.first?.name }

    /// Packages that run as services (the ones that want a Dockerfile).
    package var services: [StackPackage] { packages.filter { $0.kind == .service } }

    /// Every framework of every package, without repeats.
    package var frameworks: [String] { Array(Set(packages.flatMap(\.frameworks))).sorted() }
}

/// How much of one language a repository has.
package struct LanguageUsage: Sendable, Codable, Hashable {
    package var name: String
    package var files: Int
    package var bytes: Int
    package var lines: Int

    package init(name: String, files: Int, bytes: Int, lines: Int) {
        self.name = name
        self.files = files
        self.bytes = bytes
        self.lines = lines
    }
}

/// One buildable unit: the repository root, or a workspace member of a monorepo.
package struct StackPackage: Sendable, Codable, Hashable {
    /// Whether the package runs (and so wants a container) or is consumed by others.
    package enum Kind: String, Sendable, Codable, Hashable {
        case service, library, unknown
    }

    /// The package's directory, "" for the root.
    package var path: String
    /// Its name from the manifest, or the directory name.
    package var name: String
    /// `node`, `python`, `go`, `java`, `kotlin`, `swift`, `rust`, `ruby`, `php`, `dotnet`.
    package var ecosystem: String
    /// `npm`, `yarn`, `pnpm`, `bun`, `pip`, `poetry`, `pipenv`, `uv`, `go`, `maven`, `gradle`, `cargo`, `swiftpm`, `bundler`, `composer`, `dotnet`.
    package var packageManager: String
    /// The manifest's path: `package.json`, `services/api/go.mod`….
    package var manifest: String
    /// The lockfile's path, when one is committed.
    package var lockfile: String?
    /// Frameworks by their common names: `express`, `nestjs`, `nextjs`, `django`, `spring-boot`, `gin`, `vapor`, `axum`….
    package var frameworks: [String] = []
    /// The runtime version asked for: `.nvmrc`, `engines.node`, the `go` directive, `.python-version`, toolchain files.
    package var runtimeVersion: String?
    package var kind: Kind = .unknown
    /// Files the service starts from: `src/index.ts`, `cmd/server/main.go`, `manage.py`….
    package var entrypoints: [String] = []
    /// Ports the code or configuration mentions, most likely first.
    package var ports: [Int] = []
    /// The command that runs the tests, when one is declared (`npm test`, `go test ./...`).
    package var testCommand: String?
    /// The command that builds, when one is declared.
    package var buildCommand: String?
    /// The command that lints, when one is declared.
    package var lintCommand: String?
    /// True when the package is written in TypeScript.
    package var usesTypeScript = false

    package init(path: String, name: String, ecosystem: String, packageManager: String, manifest: String) {
        self.path = path
        self.name = name
        self.ecosystem = ecosystem
        self.packageManager = packageManager
        self.manifest = manifest
    }

    /// True for stacks that compile to a binary or bytecode (and so want a multi-stage image).
    package var isCompiled: Bool { ["go", "java", "kotlin", "swift", "rust", "dotnet"].contains(ecosystem) || usesTypeScript }
}

/// Containers and deployment files already in the repository.
package struct DeliveryFacts: Sendable, Codable, Hashable {
    package var dockerfiles: [String] = []
    package var dockerignore: String?
    package var composeFiles: [String] = []
    /// Service names declared in compose files.
    package var composeServices: [String] = []
    /// YAML files holding Kubernetes objects (apiVersion + kind).
    package var kubernetesManifests: [String] = []
    /// Directories holding a `Chart.yaml`.
    package var helmCharts: [String] = []
    /// Paths of `kustomization.yaml` files.
    package var kustomizations: [String] = []
    /// Directories holding `.tf` files.
    package var terraform: [String] = []

    package init() {}
}

/// A CI system and the files that configure it.
package struct CISystem: Sendable, Codable, Hashable {
    /// `github-actions`, `gitlab-ci`, `circleci`, `jenkins`, `azure-pipelines`, `bitbucket-pipelines`, `travis`.
    package var name: String
    package var files: [String]

    package init(name: String, files: [String]) {
        self.name = name
        self.files = files
    }
}

/// The licence file and what it is.
package struct LicenseFact: Sendable, Codable, Hashable {
    package var path: String
    /// The SPDX id (`MIT`, `Apache-2.0`…), nil when the text is not recognised.
    package var spdx: String?

    package init(path: String, spdx: String?) {
        self.path = path
        self.spdx = spdx
    }
}
