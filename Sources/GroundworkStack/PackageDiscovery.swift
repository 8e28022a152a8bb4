import GroundworkAuditModel

/// Finds every package of the repository (one per manifest directory and build tool, one per member
/// of a monorepo) and hands each, with the files it owns, to its ecosystem's detector.
package enum PackageDiscovery {
    /// File names whose directories the workspace detector needs.
    private static let workspaceFiles: Set<String> = [
        "package.json", "project.json", "go.work", "Cargo.toml", "pom.xml", "settings.gradle", "settings.gradle.kts", "pyproject.toml",
    ]
    /// Gradle folders that hold build logic, not a project.
    private static let gradleBuildLogic: Set<String> = ["buildSrc", "build-logic"]

    /// The packages, sorted by path, and the monorepo tool when one has members.
    package static func packages(_ index: RepoIndex) -> (packages: [StackPackage], monorepo: String?) {
        var manifestDirectories: [String: [String]] = [:]
        var candidates: [PackageKey: String] = [:]
        for file in index.visible where !PathExclusions.isBuildOutput(file.path) && !isHidden(file.directory) {
            if workspaceFiles.contains(file.name) { manifestDirectories[file.name, default: []].append(file.directory) }
            guard let kind = ManifestKind.of(file) else { continue }
            if file.name == "setup.py", !(index.text(file).map(PythonManifest.isSetupScript) ?? false) { continue }
            let key = PackageKey(file.directory, kind)
            if candidates[key] == nil || preferred(file.name, over: candidates[key] ?? "", kind: kind) { candidates[key] = file.path }
        }
        let layout = WorkspaceDetector.detect(index, manifestDirectories: manifestDirectories)
        for directory in layout.nxProjects { candidates[PackageKey(directory, .node)] = RepoIndex.join(directory, "project.json") }
        for (directory, settings) in layout.gradleMembers { candidates[PackageKey(directory, .gradle)] = settings }

        let allKeys = Set(candidates.keys)
        var memberDirectories: [ManifestKind: Set<String>] = [:]
        for key in allKeys where layout.members.contains(key.directory) { memberDirectories[key.kind, default: []].insert(key.directory) }
        candidates = candidates.filter { key, manifest in
            if layout.aggregators.contains(key) { return false }
            // Inside a workspace member, an undeclared package of the same tool is a template or a fixture (create-vite's templates).
            if !layout.members.contains(key.directory),
                RepoIndex.ancestors(of: key.directory).dropFirst().contains(where: { memberDirectories[key.kind]?.contains($0) == true })
            {
                return false
            }
            // Examples and fixtures are not the repository's packages, even when a workspace lists them.
            if PathExclusions.isSample(key.directory + "/") { return false }
            // A project that builds with Maven and Gradle alike (Spring's samples do) is one package.
            if key.kind == .gradle, allKeys.contains(PackageKey(key.directory, .maven)) { return false }
            if key.kind == .gradle, key.directory.split(separator: "/").contains(where: { gradleBuildLogic.contains(String($0)) }) { return false }
            // requirements.txt alone in a documentation folder pins the docs toolchain, not a package.
            if key.kind == .python, manifest.hasSuffix("requirements.txt"), isDocumentation(key.directory) { return false }
            return true
        }

        let scopes = assignFiles(index, to: Set(candidates.keys.map(\.directory)))
        var packagesPerDirectory: [String: Int] = [:]
        for key in candidates.keys { packagesPerDirectory[key.directory, default: 0] += 1 }
        var packages: [StackPackage] = []
        for (key, manifest) in candidates.sorted(by: { ($0.key.directory, $0.key.kind) < ($1.key.directory, $1.key.kind) }) {
            let scope = PackageScope(
                index: index, directory: key.directory, files: scopes[key.directory] ?? [],
                sharesDirectory: packagesPerDirectory[key.directory, default: 0] > 1
            )
            let name = manifest.split(separator: "/").last.map(String.init) ?? manifest
            switch key.kind {
            case .node: packages.append(NodePackageDetector.detect(scope, manifest: name))
            case .python: packages.append(PythonPackageDetector.detect(scope))
            case .go: packages.append(GoPackageDetector.detect(scope))
            case .maven: packages.append(MavenPackageDetector.detect(scope))
            case .gradle: packages.append(GradlePackageDetector.detect(scope, settings: layout.gradleMembers[key.directory]))
            case .swift: packages.append(SwiftPackageDetector.detect(scope))
            case .rust: packages.append(RustPackageDetector.detect(scope))
            case .ruby: packages.append(RubyPackageDetector.detect(scope))
            case .php: packages.append(PHPPackageDetector.detect(scope))
            case .dotnet: packages.append(DotNetPackageDetector.detect(scope, project: manifest))
            }
        }
        // Members that were all samples (an Nx standalone project's e2e suite) leave one package, not a monorepo.
        let hasMembers = packages.contains { layout.members.contains($0.path) }
        return (packages, hasMembers ? layout.tool : nil)
    }

    /// Each visible file goes to the deepest package directory above it: a nested package's files are its own.
    private static func assignFiles(_ index: RepoIndex, to directories: Set<String>) -> [String: [SnapshotFile]] {
        var owned: [String: [SnapshotFile]] = [:]
        var ownerOfDirectory: [String: String?] = [:]
        for file in index.visible {
            let directory = file.directory
            let owner: String?
            if let cached = ownerOfDirectory[directory] {
                owner = cached
            } else {
                owner = RepoIndex.ancestors(of: directory).first(where: directories.contains)
                ownerOfDirectory[directory] = .some(owner)
            }
            if let owner { owned[owner, default: []].append(file) }
        }
        return owned
    }

    /// Which manifest names a package when a directory has several of one kind.
    private static func preferred(_ name: String, over current: String, kind: ManifestKind) -> Bool {
        let order: [String]
        switch kind {
        case .python: order = PythonPackageDetector.manifests
        case .gradle: order = GradlePackageDetector.buildFiles + GradlePackageDetector.settingsFiles
        case .ruby: order = ["Gemfile"]
        default: return false
        }
        let currentName = current.split(separator: "/").last.map(String.init) ?? current
        let rank = { (candidate: String) in order.firstIndex(of: candidate) ?? order.count }
        return rank(name) < rank(currentName)
    }

    private static func isHidden(_ directory: String) -> Bool {
        directory.split(separator: "/").contains { $0.hasPrefix(".") }
    }

    private static func isDocumentation(_ directory: String) -> Bool {
        let last = directory.split(separator: "/").last.map(String.init) ?? directory
        return ["docs", "doc", "documentation", "site"].contains(last)
    }
}
