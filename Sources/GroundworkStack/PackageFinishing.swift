import GroundworkAuditModel

/// Steps every ecosystem's detector ends with.
enum PackageFinishing {
    /// The ports found; for a service with none, its framework's default port as a last resort.
    static func ports(_ scanner: PortScanner, package: StackPackage, isCommandLineTool: Bool = false) -> [Int] {
        // A library listens nowhere; ports in its docs and examples are its users' business. Neither does a
        // command-line tool, whose code may well be about ports (a port scanner, groundwork's own bricks).
        guard package.kind == .service || (package.kind == .unknown && !isCommandLineTool) else { return [] }
        let found = scanner.ports
        guard found.isEmpty, package.kind == .service else { return found }
        let servers = package.frameworks.filter { FrameworkCatalog.servers.contains($0) }
        return (servers + package.frameworks).compactMap { FrameworkCatalog.defaultPorts[$0] }.prefix(1).map { $0 }
    }

    /// The kind of a package that builds a binary: a service unless it is plainly a command-line tool.
    ///
    /// A binary with a server framework, or code that listens on a port, serves. One built on a
    /// command-line parser with no sign of serving is a tool and wants no container: left unknown.
    static func binaryKind(hasBinary: Bool, servesEvidence: Bool, commandLine: Bool, hasLibrary: Bool) -> StackPackage.Kind {
        if hasBinary {
            if servesEvidence { return .service }
            return commandLine ? .unknown : .service
        }
        return hasLibrary ? .library : .unknown
    }

    /// True when any of `files` contains any of `needles` (each answer is kept by blob id, between audits too).
    static func anyContains(_ scope: PackageScope, _ files: [SnapshotFile], _ needles: [String]) -> Bool {
        files.contains { scope.index.containsAny($0, needles) }
    }
}
