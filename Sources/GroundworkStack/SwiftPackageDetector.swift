import Foundation
import GroundworkAuditModel

/// Reads a SwiftPM package from its `Package.swift` and its sources.
enum SwiftPackageDetector {
    static func detect(_ scope: PackageScope) -> StackPackage {
        let manifest = scope.text("Package.swift") ?? ""
        var package = StackPackage(
            path: scope.directory, name: packageName(manifest) ?? scope.directoryName, ecosystem: "swift",
            packageManager: "swiftpm", manifest: scope.path("Package.swift")
        )
        package.lockfile = scope.has("Package.resolved") ? scope.path("Package.resolved") : nil
        let repositories = dependencyRepositories(manifest)
        package.frameworks = FrameworkCatalog.frameworks(in: repositories, using: FrameworkCatalog.swift)
        package.runtimeVersion = RuntimeVersions.resolve(scope, files: [".swift-version"], tools: ["swift"], declared: toolsVersion(manifest))

        let sources = scope.runtimeSources(["swift"]).filter { scope.relative($0.path).hasPrefix("Sources/") }
        var entrypoints: [String] = []
        for file in sources {
            if file.name == "main.swift" {
                entrypoints.append(file.path)
            } else if let text = scope.index.text(file), hasMainAttribute(text), !isPluginOrMacro(text) {
                entrypoints.append(file.path)
            }
        }
        package.entrypoints = entrypoints.sorted()

        var scanner = PortScanner()
        scope.scanPorts("swift", extensions: ["swift"], into: &scanner)
        // Products say what a package ships. Next to library products, an executable is a development
        // tool (Vapor's and Hummingbird's own packages keep one), unless the package builds on a server framework.
        let libraryProducts = manifest.contains(".library(")
        let serverFramework = !Set(package.frameworks).isDisjoint(with: FrameworkCatalog.servers)
        let executableTargets = manifest.contains(".executableTarget(") || manifest.contains(".executable(") || !entrypoints.isEmpty
        let executable = executableTargets && (!libraryProducts || serverFramework)
        let libraries = libraryProducts || manifest.contains(".target(")
        let commandLine = repositories.contains("swift-argument-parser")
        // Port numbers in a command-line tool's code are data it works on (groundwork's own bricks), not a socket.
        let serves = serverFramework || (!scanner.ports.isEmpty && !commandLine)
        package.kind = PackageFinishing.binaryKind(hasBinary: executable, servesEvidence: serves, commandLine: commandLine, hasLibrary: libraries)
        package.ports = PackageFinishing.ports(scanner, package: package, isCommandLineTool: commandLine)

        if manifest.contains(".testTarget(") || scope.hasDirectory("Tests") { package.testCommand = "swift test" }
        package.buildCommand = "swift build"
        if scope.nearest([".swiftlint.yml", ".swiftlint.yaml"]) != nil {
            package.lintCommand = "swiftlint lint"
        } else if scope.nearest([".swift-format"]) != nil {
            package.lintCommand = "swift format lint --recursive ."
        }
        return package
    }

    /// The `name:` argument of `Package(…)`.
    private static func packageName(_ manifest: String) -> String? {
        guard let call = manifest.range(of: "Package(") else { return nil }
        return firstQuoted(after: "name:", in: manifest[call.upperBound...])
    }

    /// The last path component (without `.git`) of every `.package(url:)`, and the ids of registry packages.
    private static func dependencyRepositories(_ manifest: String) -> Set<String> {
        var names: Set<String> = []
        var rest = Substring(manifest)
        while let range = rest.range(of: ".package(") {
            rest = rest[range.upperBound...]
            guard let value = firstQuoted(after: "url:", in: rest.prefix(300)) ?? firstQuoted(after: "id:", in: rest.prefix(300)) else { continue }
            // A URL ends in the repository's name; a registry id is `scope.name`.
            let separator: Character = value.contains("/") ? "/" : "."
            var last = value.split(separator: separator).last.map(String.init) ?? value
            if last.hasSuffix(".git") { last.removeLast(4) }
            names.insert(last.lowercased())
        }
        return names
    }

    /// `// swift-tools-version: 5.9` on the manifest's first line.
    private static func toolsVersion(_ manifest: String) -> String? {
        guard let first = manifest.split(separator: "\n", maxSplits: 1).first, first.contains("swift-tools-version") else { return nil }
        let value = first.split(separator: ":", maxSplits: 1).last?.trimmed() ?? ""
        let version = value.prefix { $0.isNumber || $0 == "." }
        return version.isEmpty ? nil : String(version)
    }

    /// True when a line starts with the `@main` attribute (not `@main` inside a string, as in `actions/checkout@main`).
    static func hasMainAttribute(_ text: String) -> Bool {
        TextSearch.lines(of: text, containing: ["@main"]).contains { line in
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            guard trimmed.hasPrefix("@main") else { return false }
            let next = trimmed.dropFirst("@main".count).first
            return next == nil || next == " " || next == "\t" || next == "\r" || next == "\n"
        }
    }

    /// Build plugins and macros also carry `@main`, but they are not programs that run.
    private static func isPluginOrMacro(_ text: String) -> Bool {
        TextSearch.containsAny(text, ["BuildToolPlugin", "CommandPlugin", "CompilerPlugin"])
    }

    private static func firstQuoted(after label: String, in text: Substring) -> String? {
        guard let labelRange = text.range(of: label) else { return nil }
        let afterLabel = text[labelRange.upperBound...].drop { $0 == " " || $0 == "\n" || $0 == "\t" }
        guard afterLabel.first == "\"" else { return nil }
        return String(afterLabel.dropFirst().prefix { $0 != "\"" })
    }
}
