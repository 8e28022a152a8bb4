import GroundworkAuditModel

/// What the repository's monorepo configuration says: which directories are members, and which
/// manifests only gather members (an npm workspace root, a Cargo virtual manifest, a Maven aggregator)
/// and so are not packages of their own.
package struct WorkspaceLayout {
    /// The monorepo tool (`npm-workspaces`, `pnpm-workspaces`, `nx`, `go-work`, `cargo-workspace`…), nil when none has members.
    package var tool: String?
    /// Member directories that the configuration declares.
    package var members: Set<String> = []
    /// Root manifests that only gather members.
    package var aggregators: Set<PackageKey> = []
    /// Gradle members without a build script of their own, with the settings script that includes them.
    package var gradleMembers: [String: String] = [:]
    /// Nx projects described only by a `project.json`.
    package var nxProjects: Set<String> = []
}

/// Reads workspace configuration of every ecosystem: npm/yarn/pnpm workspaces, Nx, Turborepo, Lerna,
/// go.work, Cargo workspaces, Maven modules and Gradle multi-projects.
package enum WorkspaceDetector {
    /// The layout, given the directories holding each manifest name (`package.json` → [dirs]).
    package static func detect(_ index: RepoIndex, manifestDirectories: [String: [String]]) -> WorkspaceLayout {
        var layout = WorkspaceLayout()
        var tools: [(depth: Int, rank: Int, name: String)] = []
        func declare(_ tool: String, at directory: String, members: [String]) {
            // A workspace of examples (axum's examples/Cargo.toml) gathers samples, not the repository's packages.
            guard !members.isEmpty, !PathExclusions.isSample(directory + "/") else { return }
            layout.members.formUnion(members)
            let ranks = [
                "nx", "turborepo", "pnpm-workspaces", "yarn-workspaces", "npm-workspaces", "lerna", "go-work",
                "cargo-workspace", "uv-workspace", "maven-modules", "gradle-multiproject",
            ]
            tools.append((directory.isEmpty ? 0 : directory.split(separator: "/").count, ranks.firstIndex(of: tool) ?? ranks.count, tool))
        }

        let nodeDirectories = manifestDirectories["package.json"] ?? []
        for directory in nodeDirectories {
            guard let json = index.text(RepoIndex.join(directory, "package.json")).flatMap(StructuredText.jsonObject) else { continue }
            var patterns = StructuredText.strings(json["workspaces"])
            if let object = json["workspaces"] as? [String: Any] { patterns = StructuredText.strings(object["packages"]) }
            if let pnpm = index.text(RepoIndex.join(directory, "pnpm-workspace.yaml")).flatMap(StructuredText.yamlDocument) {
                patterns += pnpm[key: "packages"]?.sequenceStrings ?? []
            }
            let lerna = index.text(RepoIndex.join(directory, "lerna.json")).flatMap(StructuredText.jsonObject)
            if let lerna, patterns.isEmpty { patterns = StructuredText.strings(lerna["packages"] ?? ["packages/*"]) }
            var members = expand(patterns, under: directory, candidates: nodeDirectories)
            let nxConfigured = index.has(RepoIndex.join(directory, "nx.json"))
            if nxConfigured {
                let projects = (manifestDirectories["project.json"] ?? []).filter { $0 != directory && isInside($0, directory) }
                layout.nxProjects.formUnion(projects.filter { !nodeDirectories.contains($0) })
                members = Array(Set(members + projects)).sorted()
            }
            guard !members.isEmpty else { continue }
            // An Nx standalone project keeps its own project.json beside nx.json: the root is a project, not a gatherer.
            let standalone = nxConfigured && (manifestDirectories["project.json"] ?? []).contains(directory)
            if !standalone { layout.aggregators.insert(PackageKey(directory, .node)) }
            let tool: String
            if nxConfigured {
                tool = "nx"
            } else if index.has(RepoIndex.join(directory, "turbo.json")) {
                tool = "turborepo"
            } else if index.has(RepoIndex.join(directory, "pnpm-workspace.yaml")) {
                tool = "pnpm-workspaces"
            } else if index.has(RepoIndex.join(directory, "yarn.lock")) || (json["packageManager"] as? String)?.hasPrefix("yarn") == true {
                tool = "yarn-workspaces"
            } else if lerna != nil, json["workspaces"] == nil {
                tool = "lerna"
            } else {
                tool = "npm-workspaces"
            }
            declare(tool, at: directory, members: members)
        }

        for directory in manifestDirectories["go.work"] ?? [] {
            let members = goWorkUses(index.text(RepoIndex.join(directory, "go.work")) ?? "").compactMap { normalise(RepoIndex.join(directory, $0)) }
            declare("go-work", at: directory, members: members)
        }

        let cargoDirectories = manifestDirectories["Cargo.toml"] ?? []
        for directory in cargoDirectories {
            let cargo = TOMLReader.parse(index.text(RepoIndex.join(directory, "Cargo.toml")) ?? "")
            guard let workspace = cargo["workspace"] else { continue }
            let excluded = Set(expand(workspace["exclude"]?.strings ?? [], under: directory, candidates: cargoDirectories))
            let members = expand(workspace["members"]?.strings ?? [], under: directory, candidates: cargoDirectories).filter { !excluded.contains($0) && $0 != directory }
            if cargo["package"] == nil, !members.isEmpty { layout.aggregators.insert(PackageKey(directory, .rust)) }
            declare("cargo-workspace", at: directory, members: members)
        }

        let pythonDirectories = manifestDirectories["pyproject.toml"] ?? []
        for directory in pythonDirectories {
            let pyproject = TOMLReader.parse(index.text(RepoIndex.join(directory, "pyproject.toml")) ?? "")
            guard let workspace = pyproject[path: "tool", "uv", "workspace"] else { continue }
            let excluded = Set(expand(workspace["exclude"]?.strings ?? [], under: directory, candidates: pythonDirectories))
            let members = expand(workspace["members"]?.strings ?? [], under: directory, candidates: pythonDirectories).filter { !excluded.contains($0) }
            if pyproject["project"] == nil, !members.isEmpty { layout.aggregators.insert(PackageKey(directory, .python)) }
            declare("uv-workspace", at: directory, members: members)
        }

        for directory in manifestDirectories["pom.xml"] ?? [] {
            let pom = MavenPackageDetector.Pom(index.text(RepoIndex.join(directory, "pom.xml")) ?? "")
            let members = pom.modules.compactMap { normalise(RepoIndex.join(directory, $0)) }
            if pom.packaging == "pom", !members.isEmpty { layout.aggregators.insert(PackageKey(directory, .maven)) }
            declare("maven-modules", at: directory, members: members)
        }

        let gradleSettings =
            (manifestDirectories["settings.gradle.kts"] ?? []).map { ($0, "settings.gradle.kts") }
            + (manifestDirectories["settings.gradle"] ?? []).map { ($0, "settings.gradle") }
        for (directory, name) in gradleSettings {
            let settingsPath = RepoIndex.join(directory, name)
            let members = GradlePackageDetector.includedProjects(index.text(settingsPath) ?? "").compactMap { normalise(RepoIndex.join(directory, $0)) }
            for member in members where !GradlePackageDetector.buildFiles.contains(where: { index.has(RepoIndex.join(member, $0)) }) {
                layout.gradleMembers[member] = settingsPath
            }
            let rootHasSources = index.directories.contains { $0.hasPrefix(RepoIndex.join(directory, "src") + "/") || $0 == RepoIndex.join(directory, "src") }
            if !members.isEmpty, !rootHasSources { layout.aggregators.insert(PackageKey(directory, .gradle)) }
            declare("gradle-multiproject", at: directory, members: members)
        }

        layout.tool = tools.min { ($0.depth, $0.rank) < ($1.depth, $1.rank) }?.name
        return layout
    }

    /// The candidate directories under `directory` that workspace `patterns` (`packages/*`, `!packages/old`) select.
    static func expand(_ patterns: [String], under directory: String, candidates: [String]) -> [String] {
        func clean(_ pattern: String) -> String {
            var pattern = pattern
            while pattern.hasPrefix("./") { pattern.removeFirst(2) }
            for suffix in ["/package.json", "/Cargo.toml", "/pyproject.toml", "/"] where pattern.hasSuffix(suffix) { pattern.removeLast(suffix.count) }
            return pattern
        }
        let included = patterns.filter { !$0.hasPrefix("!") }.map(clean)
        let excluded = patterns.filter { $0.hasPrefix("!") }.map { clean(String($0.dropFirst())) }
        return candidates.filter { candidate in
            guard candidate != directory, isInside(candidate, directory) else { return false }
            let relative = directory.isEmpty ? candidate : String(candidate.dropFirst(directory.count + 1))
            let matches = { (pattern: String) in Glob.matches(pattern: "/" + pattern, path: relative) }
            return included.contains(where: matches) && !excluded.contains(where: matches)
        }.sorted()
    }

    /// The directories of `use` directives in a go.work file.
    static func goWorkUses(_ text: String) -> [String] {
        var uses: [String] = []
        var inBlock = false
        for rawLine in text.split(whereSeparator: \.isNewline) {
            let line = (rawLine.split(separator: "//", maxSplits: 1, omittingEmptySubsequences: false).first ?? "").trimmed()
            if inBlock {
                if line == ")" { inBlock = false } else if !line.isEmpty { uses.append(line.trimmed(of: "\"")) }
            } else if line.hasPrefix("use") {
                let rest = line.dropFirst(3).trimmed()
                if rest == "(" { inBlock = true } else if !rest.isEmpty { uses.append(rest.trimmed(of: "\"")) }
            }
        }
        return uses
    }

    /// `path` with `.` and `..` resolved; nil when it leaves the repository.
    static func normalise(_ path: String) -> String? {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." || part.isEmpty { continue }
            if part == ".." {
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }

    private static func isInside(_ path: String, _ directory: String) -> Bool {
        directory.isEmpty || path.hasPrefix(directory + "/")
    }
}
