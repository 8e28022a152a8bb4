import Foundation
import GroundworkAuditModel

/// Reads a Gradle project (Groovy or Kotlin DSL) from its build and settings scripts.
enum GradlePackageDetector {
    static let buildFiles = ["build.gradle.kts", "build.gradle"]
    static let settingsFiles = ["settings.gradle.kts", "settings.gradle"]

    /// The package; `settings` is the settings script that includes a member without a build script of its own.
    static func detect(_ scope: PackageScope, settings: String?) -> StackPackage {
        let buildFile = buildFiles.first(where: scope.has)
        let build = buildFile.flatMap(scope.text) ?? ""
        let ownSettings = settingsFiles.first(where: scope.has)
        let sources = JVMSources(scope)
        let kotlin = sources.hasKotlin || buildFile == "build.gradle.kts" && build.contains("kotlin(") || build.contains("org.jetbrains.kotlin")
        let manifest = buildFile.map(scope.path) ?? ownSettings.map(scope.path) ?? settings ?? scope.path("build.gradle")
        var package = StackPackage(
            path: scope.directory, name: ownSettings.flatMap { scope.text($0) }.flatMap(rootProjectName) ?? scope.directoryName,
            ecosystem: kotlin ? "kotlin" : "java", packageManager: "gradle", manifest: manifest
        )
        package.lockfile = scope.has("gradle.lockfile") ? scope.path("gradle.lockfile") : nil
        package.frameworks = JVMSources.frameworks(inBuildText: build)
        package.runtimeVersion = RuntimeVersions.resolve(scope, files: [".java-version"], tools: ["java"], declared: javaVersion(build))
        package.entrypoints = (sources.applicationClasses + sources.mains).sorted()

        let plugin = { (id: String) in build.contains("id '\(id)'") || build.contains("id(\"\(id)\")") || build.contains("id \"\(id)\"") || build.contains("apply plugin: '\(id)'") }
        let applicationPlugin = plugin("application") || build.range(of: #"(?m)^\s*application\s*$"#, options: .regularExpression) != nil
        let bootPlugin = plugin("org.springframework.boot")
        let libraryPlugin = plugin("java-library") || plugin("maven-publish") || plugin("com.android.library") || build.contains("`java-library`")
        package.kind = {
            if !sources.applicationClasses.isEmpty || bootPlugin { return .service }
            if plugin("com.android.application") { return .unknown }
            if applicationPlugin || !Set(package.frameworks).isDisjoint(with: ["ktor", "quarkus", "micronaut"]) {
                return sources.mains.isEmpty && !applicationPlugin ? .unknown : .service
            }
            if libraryPlugin { return .library }
            if !package.frameworks.isEmpty, sources.mains.isEmpty, buildFile != nil { return .library }
            return .unknown
        }()
        package.ports = PackageFinishing.ports(sources.scanner, package: package)

        let gradle = scope.nearest(["gradlew"]).map(scope.invocation) ?? "gradle"
        package.testCommand = "\(gradle) test"
        package.buildCommand = "\(gradle) build"
        let lintTasks = [("ktlint", "ktlintCheck"), ("detekt", "detekt"), ("spotless", "spotlessCheck"), ("checkstyle", "checkstyleMain")]
        if let task = lintTasks.first(where: { build.contains($0.0) }) { package.lintCommand = "\(gradle) \(task.1)" }
        return package
    }

    /// Member directories named by `include` in a settings script (`include(":app", ":libs:core")` → `app`, `libs/core`).
    static func includedProjects(_ settings: String) -> [String] {
        var members: [String] = []
        var inInclude = false
        for line in settings.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmed()
            if trimmed.hasPrefix("include"), !trimmed.hasPrefix("includeBuild") { inInclude = true }
            guard inInclude else { continue }
            for quoted in quotedStrings(trimmed) {
                let path = quoted.split(separator: ":").joined(separator: "/")
                if !path.isEmpty { members.append(path) }
            }
            // An include goes on while its parenthesis is open or its line ends with a comma.
            if trimmed.contains(")") || (!trimmed.hasSuffix(",") && !trimmed.hasSuffix("(")) { inInclude = false }
        }
        return members
    }

    private static func rootProjectName(_ settings: String) -> String? {
        guard let line = settings.split(whereSeparator: \.isNewline).first(where: { $0.contains("rootProject.name") }) else { return nil }
        return quotedStrings(String(line)).first
    }

    /// `jvmToolchain(17)`, `JavaLanguageVersion.of(21)`, `sourceCompatibility = JavaVersion.VERSION_17` or `'11'`.
    private static func javaVersion(_ build: String) -> String? {
        let patterns = [
            #"jvmToolchain\(\s*(\d+)"#, #"JavaLanguageVersion\.of\(\s*(\d+)"#,
            #"sourceCompatibility\s*=\s*JavaVersion\.VERSION_(\d+(?:_\d+)?)"#, #"sourceCompatibility\s*=\s*['"]?(\d+(?:\.\d+)?)"#,
        ]
        for pattern in patterns {
            guard let regex = try? NSRegularExpression(pattern: pattern),
                let match = regex.firstMatch(in: build, range: NSRange(build.startIndex..., in: build)),
                let range = Range(match.range(at: 1), in: build)
            else { continue }
            return build[range].replacingOccurrences(of: "_", with: ".")
        }
        return nil
    }

    private static func quotedStrings(_ text: String) -> [String] {
        var results: [String] = []
        var current: String?
        var quote: Character = "\""
        for character in text {
            if var open = current {
                if character == quote {
                    results.append(open)
                    current = nil
                } else {
                    open.append(character)
                    current = open
                }
            } else if character == "\"" || character == "'" {
                quote = character
                current = ""
            }
        }
        return results
    }
}
