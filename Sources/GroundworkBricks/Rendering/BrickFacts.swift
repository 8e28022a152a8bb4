import Foundation
import GroundworkAuditModel

/// What templates and predicates know about the target repository, from its audit (docs/bricks.md, "Facts").
package struct BrickFacts: Sendable {
    /// The root package's name, else the repository folder's.
    package var projectName: String
    package var year: Int
    /// The copyright holder: git `user.name`, else the audited commit's author.
    package var holder: String
    package var stack: Stack
    /// The package the stack facts describe: the root package, else the first service, else the first package.
    package var primary: StackPackage?
    /// Bricks applied in this run or recorded in the lock file (for `has_dockerfile`, `has_github_actions`).
    package var bricksInPlay: Set<String> = []
    /// The service's data model, when the repository has one (`.groundwork/model.yaml`) or `--model` gives it.
    package var serviceModel: ServiceModel?

    package init(stack: Stack, folderName: String, holder: String?, now: Date = Date()) {
        self.stack = stack
        primary = stack.packages.first { $0.path.isEmpty } ?? stack.services.first ?? stack.packages.first
        let rootName = stack.packages.first { $0.path.isEmpty }?.name
        // Stack detection calls an unnamed root package "root" (requirements.txt, go.mod without a path).
        projectName = rootName.flatMap { $0.isEmpty || $0 == "root" ? nil : $0 } ?? folderName
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        year = calendar.component(.year, from: now)
        self.holder = holder.flatMap { $0.isEmpty ? nil : $0 } ?? "The \(projectName) authors"
    }

    /// The flags `is_<ecosystem>`, one per ecosystem.
    static let ecosystemFlags: [(flag: String, ecosystem: String)] = ["node", "python", "go", "java", "kotlin", "swift", "rust", "ruby", "php", "dotnet"].map { ("is_" + $0, $0) }
    /// The flags `is_<tool>`, one per build tool or package manager.
    static let toolFlags: [(flag: String, tool: String)] = ["maven", "gradle", "npm", "yarn", "pnpm", "bun", "pip", "poetry", "pipenv", "uv", "cargo", "swiftpm", "bundler", "composer"].map {
        ("is_" + $0, $0)
    }

    package var ecosystem: String { primary?.ecosystem ?? "" }
    package var packageManager: String { primary?.packageManager ?? "" }
    package var frameworks: [String] { primary?.frameworks ?? [] }
    package var isService: Bool { primary?.kind == .service }
    package var usesTypeScript: Bool { primary?.usesTypeScript ?? false }
    /// CI systems already configured, in the order the audit found them.
    package var ciSystems: [String] { stack.ciSystems.map(\.name) }

    /// A Dockerfile at the repository's root, or the docker brick in play.
    package var hasDockerfile: Bool {
        stack.delivery.dockerfiles.contains { !$0.contains("/") } || bricksInPlay.contains("docker")
    }

    /// The primary package lives in a folder of its own that already has a Dockerfile (`backend/Dockerfile` of a
    /// repository whose service is `backend/`): its image is built from there, and a root Dockerfile would
    /// build the wrong context.
    package var packageHasDockerfile: Bool {
        guard let path = primary?.path, !path.isEmpty, path != "." else { return false }
        return stack.delivery.dockerfiles.contains { $0.hasPrefix(path + "/") }
    }

    /// A GitHub Actions workflow, or the github-actions brick in play.
    package var hasGitHubActions: Bool { ciSystems.contains("github-actions") || bricksInPlay.contains("github-actions") }

    /// The same facts, knowing which bricks are in play.
    package func with(bricksInPlay bricks: Set<String>) -> BrickFacts {
        var copy = self
        copy.bricksInPlay = bricks
        return copy
    }

    /// The runtime version asked for, else the current default for the ecosystem.
    package var runtimeVersion: String {
        primary?.runtimeVersion.flatMap(Self.versionNumber) ?? Self.defaultRuntime[ecosystem] ?? ""
    }

    /// The first component of the runtime version (`20` of `20.11.1`).
    package var runtimeMajor: String { runtimeVersion.split(separator: ".").first.map(String.init) ?? "" }

    /// The first two components (`3.12` of `3.12.4`), for ecosystems whose images are tagged that way.
    package var runtimeMajorMinor: String { runtimeVersion.split(separator: ".").prefix(2).joined(separator: ".") }

    /// The service's likely port: the first one the code mentions, else the framework's, else the ecosystem's default.
    package var port: Int { primary.map(Self.port(of:)) ?? 8080 }

    /// Services of the repository, for files rendered `each: service`.
    package var services: [ServiceFacts] { stack.services.map(ServiceFacts.init) }

    /// The service a file rendered once describes: the first service, else the primary package.
    package var defaultService: ServiceFacts? { stack.services.first.map(ServiceFacts.init) ?? primary.map(ServiceFacts.init) }

    static func port(of package: StackPackage) -> Int {
        package.ports.first
            ?? package.frameworks.lazy.compactMap { defaultPorts[$0] }.first
            ?? defaultEcosystemPorts[package.ecosystem]
            ?? 8080
    }

    /// `orders-api` from `@acme/Orders API`: lowercase letters, digits and dashes.
    package var projectSlug: String {
        let base = projectName.split(separator: "/").last.map(String.init) ?? projectName
        var slug = ""
        for character in base.lowercased() {
            if character.isASCIILetter || character.isASCIIDigit { slug.append(character) } else if slug.last != "-" { slug.append("-") }
        }
        // Kubernetes names stop at 63 characters.
        let trimmed = String(slug.trimmingCharacters(in: CharacterSet(charactersIn: "-")).prefix(63)).trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        return trimmed.isEmpty ? "app" : trimmed
    }

    /// `20.11.1` out of `v20.11.1`, `>=20`, `^3.12`; nil when no number is in the text.
    static func versionNumber(_ text: String) -> String? {
        guard let start = text.firstIndex(where: \.isASCIIDigit) else { return nil }
        var end = start
        var previousWasDot = false
        for index in text[start...].indices {
            let character = text[index]
            if character.isASCIIDigit { end = text.index(after: index); previousWasDot = false } else if character == ".", !previousWasDot { previousWasDot = true } else { break }
        }
        return String(text[start..<end])
    }
}

/// One service of the repository, as `service.*` in templates.
package struct ServiceFacts: Sendable, Hashable {
    package var name: String
    /// `.` for the root, else the package's folder.
    package var path: String
    /// `""` for the root, else the folder with a trailing slash (`services/api/`).
    package var prefix: String
    package var port: Int
    package var ecosystem: String
    package var entrypoint: String

    init(_ package: StackPackage) {
        name = package.name
        path = package.path.isEmpty ? "." : package.path
        prefix = package.path.isEmpty ? "" : package.path + "/"
        port = BrickFacts.port(of: package)
        ecosystem = package.ecosystem
        entrypoint = package.entrypoints.first ?? ""
    }

    var templateValue: [String: Any] {
        var value: [String: Any] = ["name": name, "path": path, "port": port, "ecosystem": ecosystem]
        if !prefix.isEmpty { value["prefix"] = prefix }
        if !entrypoint.isEmpty { value["entrypoint"] = entrypoint }
        return value
    }
}
