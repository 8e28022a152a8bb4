import GroundworkAuditModel

/// What Maven and Gradle packages share: their sources' application classes, main functions and ports.
struct JVMSources {
    /// Classes annotated `@SpringBootApplication` (or Quarkus/Micronaut application mains).
    var applicationClasses: [String] = []
    /// Files with a `main` function.
    var mains: [String] = []
    /// True when the package keeps Kotlin sources.
    var hasKotlin = false
    var scanner = PortScanner()

    init(_ scope: PackageScope) {
        let sources = scope.runtimeSources(["java", "kt"])
        hasKotlin = sources.contains { $0.fileExtension == "kt" }
        for file in sources {
            guard let text = scope.index.text(file) else { continue }
            if TextSearch.containsAny(text, ["@SpringBootApplication", "@QuarkusMain", "Micronaut.run("]) {
                applicationClasses.append(file.path)
            } else if TextSearch.containsAny(text, ["public static void main(", "fun main("]) {
                mains.append(file.path)
            }
        }
        scope.scanPorts("java", extensions: ["java", "kt"], into: &scanner)
        for file in scope.files where Self.isSpringConfiguration(scope.relative(file.path)) {
            guard let text = scope.index.text(file) else { continue }
            scanner.scanSpringConfiguration(text, isYAML: file.fileExtension != "properties")
        }
    }

    /// `src/main/resources/application.properties`, `application-prod.yml`… (also at the package root).
    static func isSpringConfiguration(_ relative: String) -> Bool {
        let name = relative.split(separator: "/").last.map(String.init) ?? relative
        guard name.hasPrefix("application"), [".properties", ".yml", ".yaml"].contains(where: { name.hasSuffix($0) }) else { return false }
        return relative.hasPrefix("src/main/resources/") || !relative.contains("/")
    }

    /// Frameworks named in a build file's text (group ids of plugins and dependencies).
    static func frameworks(inBuildText text: String) -> [String] {
        FrameworkCatalog.jvm.compactMap { key, framework in text.contains(key) ? framework : nil }.uniqueSorted()
    }
}

extension Array where Element == String {
    /// The strings sorted, without repeats.
    func uniqueSorted() -> [String] { Array(Set(self)).sorted() }
}
