import GroundworkAuditModel

/// Reads a Cargo crate from its `Cargo.toml` and its `src/` layout.
enum RustPackageDetector {
    private static let servingCalls = ["TcpListener::bind", "HttpServer::new", "axum::serve", "hyper::Server", "warp::serve", ".launch()"]

    static func detect(_ scope: PackageScope) -> StackPackage {
        let cargo = TOMLReader.parse(scope.text("Cargo.toml") ?? "")
        var package = StackPackage(
            path: scope.directory, name: cargo[path: "package", "name"]?.string ?? scope.directoryName, ecosystem: "rust",
            packageManager: "cargo", manifest: scope.path("Cargo.toml")
        )
        package.lockfile = scope.nearest(["Cargo.lock"])
        let runtimeDependencies = Set(dependencies(cargo, tables: ["dependencies"]))
        package.frameworks = FrameworkCatalog.frameworks(in: runtimeDependencies, using: FrameworkCatalog.rust)
        package.runtimeVersion = runtimeVersion(scope, cargo: cargo)

        var binaries: [String] = []
        for entry in cargo["bin"]?.array ?? [] {
            if let path = entry["path"]?.string {
                binaries.append(scope.path(path))
            } else if let name = entry["name"]?.string, scope.has("src/bin/\(name).rs") {
                binaries.append(scope.path("src/bin/\(name).rs"))
            }
        }
        if scope.has("src/main.rs") { binaries.append(scope.path("src/main.rs")) }
        binaries += scope.files.filter { scope.relative($0.path).hasPrefix("src/bin/") && $0.fileExtension == "rs" }.map(\.path)
        package.entrypoints = Array(Set(binaries)).sorted()

        var scanner = PortScanner()
        scope.scanPorts("rust", extensions: ["rs"], into: &scanner)
        let serves =
            !Set(package.frameworks).isDisjoint(with: FrameworkCatalog.servers) || !scanner.ports.isEmpty
            || PackageFinishing.anyContains(scope, scope.runtimeSources(["rs"]), servingCalls)
        let commandLine = !runtimeDependencies.isDisjoint(with: FrameworkCatalog.commandLineLibraries)
        package.kind = PackageFinishing.binaryKind(
            hasBinary: !binaries.isEmpty, servesEvidence: serves, commandLine: commandLine,
            hasLibrary: cargo["lib"] != nil || scope.has("src/lib.rs")
        )
        package.ports = PackageFinishing.ports(scanner, package: package, isCommandLineTool: commandLine)

        package.testCommand = "cargo test"
        package.buildCommand = "cargo build --release"
        let clippyLints = cargo[path: "lints", "clippy"] != nil || cargo[path: "workspace", "lints", "clippy"] != nil
        if clippyLints || scope.nearest(["clippy.toml", ".clippy.toml"]) != nil { package.lintCommand = "cargo clippy -- -D warnings" }
        return package
    }

    /// Dependency names of the given tables, including `[target.'cfg(…)'.dependencies]`.
    static func dependencies(_ cargo: TOMLValue, tables: [String]) -> [String] {
        var names = tables.flatMap { cargo[$0]?.keys ?? [] }
        for (_, target) in cargo["target"]?.table ?? [:] {
            names += tables.flatMap { target[$0]?.keys ?? [] }
        }
        return names
    }

    /// A toolchain file in the crate's directory, then `rust-version`, then a toolchain file above it.
    private static func runtimeVersion(_ scope: PackageScope, cargo: TOMLValue) -> String? {
        let directories = RepoIndex.ancestors(of: scope.directory)
        func toolchain(in directory: String) -> String? {
            for name in ["rust-toolchain.toml", "rust-toolchain"] {
                guard let text = scope.index.text(RepoIndex.join(directory, name)) else { continue }
                if let channel = TOMLReader.parse(text)[path: "toolchain", "channel"]?.string { return channel }
                if !text.contains("[") { return RuntimeVersions.clean(text) }
            }
            return nil
        }
        if let local = toolchain(in: scope.directory) { return local }
        if let declared = cargo[path: "package", "rust-version"]?.string { return declared }
        return directories.dropFirst().lazy.compactMap(toolchain).first
    }
}
