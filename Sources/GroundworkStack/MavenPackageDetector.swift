import GroundworkAuditModel

/// Reads a Maven project from its `pom.xml`.
enum MavenPackageDetector {
    /// The parts of a pom.xml that detection reads.
    struct Pom {
        var artifactId: String?
        var packaging = "jar"
        var modules: [String] = []
        /// `groupId:artifactId` of the parent, dependencies and plugins.
        var coordinates: [String] = []
        var javaVersion: String?

        init(_ text: String) {
            let xml = XMLTree(text)
            let own = xml.removing([
                "parent", "dependencies", "dependencyManagement", "build", "profiles", "reporting", "repositories",
                "pluginRepositories", "distributionManagement", "modules", "properties",
            ])
            artifactId = own.first("artifactId")
            packaging = own.first("packaging") ?? "jar"
            modules = xml.elements("module")
            for block in xml.blocks("parent") + xml.blocks("dependency") + xml.blocks("plugin") {
                coordinates.append("\(block.first("groupId") ?? ""):\(block.first("artifactId") ?? "")")
            }
            let properties = xml.blocks("properties").first
            javaVersion =
                ["java.version", "maven.compiler.release", "maven.compiler.source", "maven.compiler.target"]
                .lazy.compactMap { properties?.first($0) }.first { !$0.hasPrefix("$") }
                ?? xml.first("release").flatMap { $0.hasPrefix("$") ? nil : $0 }
                ?? xml.blocks("jdk").first?.first("version")
        }
    }

    static func detect(_ scope: PackageScope) -> StackPackage {
        let pom = Pom(scope.text("pom.xml") ?? "")
        let sources = JVMSources(scope)
        let kotlin = sources.hasKotlin || pom.coordinates.contains { $0.contains("kotlin-maven-plugin") || $0.contains("kotlin-stdlib") }
        var package = StackPackage(
            path: scope.directory, name: pom.artifactId ?? scope.directoryName, ecosystem: kotlin ? "kotlin" : "java",
            packageManager: "maven", manifest: scope.path("pom.xml")
        )
        package.frameworks = JVMSources.frameworks(inBuildText: pom.coordinates.joined(separator: "\n"))
        package.runtimeVersion = RuntimeVersions.resolve(scope, files: [".java-version"], tools: ["java"], declared: pom.javaVersion)
        package.entrypoints = (sources.applicationClasses + sources.mains).sorted()

        let bootPlugin = pom.coordinates.contains { $0.hasSuffix(":spring-boot-maven-plugin") }
        let serverFramework = !Set(package.frameworks).isDisjoint(with: ["quarkus", "micronaut"])
        package.kind = {
            if pom.packaging == "pom" { return .unknown }
            if !sources.applicationClasses.isEmpty || bootPlugin || serverFramework || pom.packaging == "war" { return .service }
            let commandLine = pom.coordinates.contains { $0.hasPrefix("info.picocli:") || $0.hasPrefix("commons-cli:") }
            return PackageFinishing.binaryKind(
                hasBinary: !sources.mains.isEmpty, servesEvidence: !sources.scanner.ports.isEmpty, commandLine: commandLine, hasLibrary: true
            )
        }()
        package.ports = PackageFinishing.ports(sources.scanner, package: package)

        let maven = scope.nearest(["mvnw"]).map(scope.invocation) ?? "mvn"
        package.testCommand = "\(maven) test"
        package.buildCommand = "\(maven) package"
        if pom.coordinates.contains(where: { $0.hasSuffix(":spotless-maven-plugin") }) {
            package.lintCommand = "\(maven) spotless:check"
        } else if pom.coordinates.contains(where: { $0.hasSuffix(":maven-checkstyle-plugin") }) {
            package.lintCommand = "\(maven) checkstyle:check"
        } else if pom.coordinates.contains(where: { $0.hasSuffix(":maven-pmd-plugin") }) {
            package.lintCommand = "\(maven) pmd:check"
        }
        return package
    }
}
