import GroundworkAuditModel

/// One package's directory and the files that belong to it (not those of packages nested inside it),
/// with the lookups its ecosystem's detector needs.
package struct PackageScope {
    /// The repository's index, for lookups outside the package (lockfiles and version files above it).
    package let index: RepoIndex
    /// The package's directory, "" for the root.
    package let directory: String
    /// Visible files under the directory that no nested package claims.
    package let files: [SnapshotFile]
    /// True when packages of other ecosystems live in the same directory (a Django app with a package.json for its assets).
    package let sharesDirectory: Bool

    /// The scope of the package in `directory`, owning `files`.
    package init(index: RepoIndex, directory: String, files: [SnapshotFile], sharesDirectory: Bool = false) {
        self.index = index
        self.directory = directory
        self.files = files
        self.sharesDirectory = sharesDirectory
    }

    /// A path relative to the package, as a path in the repository.
    package func path(_ relative: String) -> String { RepoIndex.join(directory, relative) }

    /// True when the package has a file at `relative`.
    package func has(_ relative: String) -> Bool { index.has(path(relative)) }

    /// The text of the package's file at `relative`.
    package func text(_ relative: String) -> String? { index.text(path(relative)) }

    /// True when a directory `relative` to the package holds any file.
    package func hasDirectory(_ relative: String) -> Bool {
        let prefix = path(relative) + "/"
        return files.contains { $0.path.hasPrefix(prefix) }
    }

    /// The repository path of the first of `names` in the package's directory or, failing that, the
    /// nearest ancestor directory that has one (a monorepo's lockfile or `.nvmrc` lives at its root).
    package func nearest(_ names: [String]) -> String? {
        for directory in RepoIndex.ancestors(of: directory) {
            for name in names {
                let candidate = RepoIndex.join(directory, name)
                if index.has(candidate) { return candidate }
            }
        }
        return nil
    }

    /// The directory name, used when the manifest names no package.
    package var directoryName: String {
        directory.split(separator: "/").last.map(String.init) ?? "root"
    }

    /// The package's own hand-written source files with one of `extensions`, tests and examples excluded.
    package func runtimeSources(_ extensions: Set<String>) -> [SnapshotFile] {
        files.filter { extensions.contains($0.fileExtension) && index.isSource($0) && !SourceRoles.isTestOrExample(relative($0.path)) }
    }

    /// The package's own source files with one of `extensions`, tests included.
    package func sources(_ extensions: Set<String>) -> [SnapshotFile] {
        files.filter { extensions.contains($0.fileExtension) && index.isSource($0) }
    }

    /// `path` (a repository path inside the package) relative to the package's directory.
    package func relative(_ path: String) -> String {
        directory.isEmpty ? path : String(path.dropFirst(directory.count + 1))
    }

    /// A command for a file at `repositoryPath` run from the package's directory: `../../gradlew` for a
    /// wrapper at the root of a two-levels-deep member, `./gradlew` in the package itself.
    package func invocation(of repositoryPath: String) -> String {
        let depth = directory.isEmpty ? 0 : directory.split(separator: "/").count
        let target = repositoryPath.split(separator: "/")
        let base = directory.split(separator: "/")
        var common = 0
        while common < min(base.count, target.count - 1), base[common] == target[common] { common += 1 }
        let ups = depth - common
        let down = target[common...].joined(separator: "/")
        return ups == 0 ? "./" + down : String(repeating: "../", count: ups) + down
    }

    /// Dockerfiles and Procfiles of the package: a sign it is deployed as a service. In a directory shared
    /// by several ecosystems, only the Dockerfiles built from `ecosystem`'s images count.
    package func deploymentFiles(for ecosystem: String) -> [SnapshotFile] {
        files.filter { file in
            if file.name == "Procfile" { return !sharesDirectory }
            guard DockerfileNames.isDockerfile(file.name), !DockerfileNames.isDevelopmentEnvironment(file.path),
                !DockerfileNames.buildsToolingImage(file.path)
            else { return false }
            guard sharesDirectory else { return true }
            return index.text(file).map { DeliveryDetector.baseImages($0).contains { Self.image($0, belongsTo: ecosystem) } } ?? false
        }
    }

    private static let ecosystemImages: [String: [String]] = [
        "node": ["node", "bun", "deno"], "python": ["python", "pypy"], "go": ["golang"],
        "java": ["openjdk", "temurin", "corretto", "maven", "gradle", "jdk", "jre", "semeru", "zulu"],
        "swift": ["swift"], "rust": ["rust"], "ruby": ["ruby"], "php": ["php", "composer"], "dotnet": ["dotnet"],
    ]

    private static func image(_ image: String, belongsTo ecosystem: String) -> Bool {
        let keywords = ecosystemImages[ecosystem == "kotlin" ? "java" : ecosystem] ?? []
        let name = image.lowercased().split(separator: ":").first.map(String.init) ?? image
        return keywords.contains { name.contains($0) }
    }

    /// Scans the package's runtime sources, its Dockerfiles and Procfile, and dotenv samples for ports.
    package func scanPorts(_ ecosystem: String, extensions: Set<String>, into scanner: inout PortScanner) {
        for file in runtimeSources(extensions) {
            scanner.add(index.codePortMentions(file))
        }
        for file in deploymentFiles(for: ecosystem) {
            guard let text = index.text(file) else { continue }
            if file.name == "Procfile" { scanner.scanCommand(text) } else { scanner.scanDockerfile(text) }
        }
        for file in files where file.name == ".env" || file.name.hasPrefix(".env.") {
            if let text = index.text(file) { scanner.scanEnvironmentFile(text) }
        }
    }
}
