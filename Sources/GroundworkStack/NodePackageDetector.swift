import GroundworkAuditModel

/// Reads a JavaScript/TypeScript package from its `package.json` (or an Nx `project.json`).
enum NodePackageDetector {
    static let codeExtensions: Set<String> = ["js", "jsx", "mjs", "cjs", "ts", "tsx", "mts", "cts"]
    private static let lockfiles: [(name: String, manager: String)] = [
        ("bun.lockb", "bun"), ("bun.lock", "bun"), ("pnpm-lock.yaml", "pnpm"), ("yarn.lock", "yarn"),
        ("package-lock.json", "npm"), ("npm-shrinkwrap.json", "npm"),
    ]
    private static let eslintConfigs = [
        "eslint.config.js", "eslint.config.mjs", "eslint.config.cjs", "eslint.config.ts", ".eslintrc", ".eslintrc.js",
        ".eslintrc.cjs", ".eslintrc.json", ".eslintrc.yml", ".eslintrc.yaml",
    ]
    /// Start scripts that only build or watch: a library may have one without being a service.
    private static let nonServingStarts = ["tsc", "rollup", "webpack", "storybook", "start-storybook", "tsup", "microbundle", "babel", "jest", "vitest"]

    static func detect(_ scope: PackageScope, manifest: String) -> StackPackage {
        let json = scope.text(manifest).flatMap(StructuredText.jsonObject) ?? [:]
        let nx = scope.text("project.json").flatMap(StructuredText.jsonObject)
        let name = json["name"] as? String ?? nx?["name"] as? String ?? scope.directoryName
        let (manager, lockfile) = packageManager(scope, json: json)
        var package = StackPackage(path: scope.directory, name: name, ecosystem: "node", packageManager: manager, manifest: scope.path(manifest))
        package.lockfile = lockfile

        var runtime = dependencyNames(json, "dependencies")
        var development = dependencyNames(json, "devDependencies")
        // An integrated Nx workspace keeps every dependency in its root package.json (one version policy):
        // a project uses those of them its code imports (nx-examples' cart imports React, its products Angular).
        if nx != nil, runtime.isEmpty, dependencyNames(json, "peerDependencies").isEmpty, let root = nxWorkspaceManifest(scope) {
            runtime = imported(dependencyNames(root, "dependencies"), by: scope)
            development.formUnion(dependencyNames(root, "devDependencies"))
        }
        let declared = runtime.union(dependencyNames(json, "peerDependencies"))
        let all = declared.union(development)
        package.frameworks = FrameworkCatalog.frameworks(in: declared, using: FrameworkCatalog.node)
        package.usesTypeScript =
            scope.has("tsconfig.json") || all.contains("typescript")
            || scope.sources(["ts", "tsx", "mts", "cts"]).contains { !$0.name.hasSuffix(".d.ts") }

        let engines = json["engines"] as? [String: Any]
        let volta = json["volta"] as? [String: Any]
        package.runtimeVersion = RuntimeVersions.resolve(
            scope, files: [".nvmrc", ".node-version"], tools: ["nodejs", "node"],
            declared: volta?["node"] as? String ?? engines?["node"] as? String
        )

        let scripts = (json["scripts"] as? [String: Any])?.compactMapValues { $0 as? String } ?? [:]
        let runtimeSources = scope.runtimeSources(codeExtensions)
        let listens = PackageFinishing.anyContains(scope, runtimeSources, [".listen(", "createServer(", "NestFactory.create", "Bun.serve("])
        let start = scripts["start"].flatMap { script in nonServingStarts.contains { script.hasPrefix($0) } ? nil : script }
        package.kind = kind(
            NodeKindEvidence(
                json: json, nxProjectType: nx?["projectType"] as? String, scripts: scripts, start: start,
                runtimeFrameworks: Set(FrameworkCatalog.frameworks(in: runtime, using: FrameworkCatalog.node)),
                allDependencies: all, listens: listens, deployed: !scope.deploymentFiles(for: "node").isEmpty,
                hasIndexPage: scope.has("index.html") || scope.has("public/index.html") || scope.has("src/index.html"),
                sharesDirectory: scope.sharesDirectory
            ))

        package.entrypoints = entrypoints(scope, json: json, nx: nx, start: start, kind: package.kind)
        var scanner = PortScanner()
        scope.scanPorts("node", extensions: codeExtensions, into: &scanner)
        for key in ["start", "dev", "serve", "start:prod"] { if let script = scripts[key] { scanner.scanCommand(script) } }
        package.ports = PackageFinishing.ports(scanner, package: package)

        let runner = runPrefix(manager)
        if let test = scripts["test"], !test.contains("no test specified") { package.testCommand = runner.test }
        if scripts["build"] != nil { package.buildCommand = runner.run + "build" }
        if scripts["lint"] != nil {
            package.lintCommand = runner.run + "lint"
        } else if json["eslintConfig"] != nil || scope.nearest(eslintConfigs) != nil {
            package.lintCommand = runner.exec + "eslint ."
        } else if scope.nearest(["biome.json", "biome.jsonc"]) != nil {
            package.lintCommand = runner.exec + "biome check ."
        }
        if let nx, let project = nx["name"] as? String, let targets = nx["targets"] as? [String: Any] {
            if package.testCommand == nil, targets["test"] != nil { package.testCommand = "npx nx test \(project)" }
            if package.buildCommand == nil, targets["build"] != nil { package.buildCommand = "npx nx build \(project)" }
            if package.lintCommand == nil, targets["lint"] != nil { package.lintCommand = "npx nx lint \(project)" }
        }
        return package
    }

    /// The package manager from the nearest lockfile, else from `packageManager`, else npm.
    private static func packageManager(_ scope: PackageScope, json: [String: Any]) -> (String, String?) {
        if let lockfile = scope.nearest(lockfiles.map(\.name)) {
            let name = lockfile.split(separator: "/").last.map(String.init) ?? lockfile
            return (lockfiles.first { $0.name == name }?.manager ?? "npm", lockfile)
        }
        if let declared = json["packageManager"] as? String, let tool = declared.split(separator: "@").first,
            ["npm", "yarn", "pnpm", "bun"].contains(String(tool))
        {
            return (String(tool), nil)
        }
        return (scope.nearest(["pnpm-workspace.yaml"]) != nil ? "pnpm" : "npm", nil)
    }

    /// The root package.json of the Nx workspace a project belongs to, when that is another directory.
    private static func nxWorkspaceManifest(_ scope: PackageScope) -> [String: Any]? {
        guard let nxJSON = scope.nearest(["nx.json"]) else { return nil }
        let root = nxJSON.split(separator: "/").dropLast().joined(separator: "/")
        guard root != scope.directory else { return nil }
        return scope.index.text(RepoIndex.join(root, "package.json")).flatMap(StructuredText.jsonObject)
    }

    /// The framework packages among `names` that the package's sources import (`from 'react'`, `require("express")`,
    /// `'@angular/core/testing'`); other dependencies are kept, since only frameworks are told apart this way.
    private static func imported(_ names: Set<String>, by scope: PackageScope) -> Set<String> {
        let frameworkPackages = names.filter { FrameworkCatalog.node[$0] != nil }
        guard !frameworkPackages.isEmpty else { return names }
        let sources = scope.sources(codeExtensions)
        let used = frameworkPackages.filter { name in
            PackageFinishing.anyContains(scope, sources, ["'\(name)'", "\"\(name)\"", "'\(name)/", "\"\(name)/"])
        }
        return names.subtracting(frameworkPackages).union(used)
    }

    private static func dependencyNames(_ json: [String: Any], _ key: String) -> Set<String> {
        Set((json[key] as? [String: Any])?.keys.map { $0 } ?? [])
    }

    /// The start script's file, then `main`, `bin` and an Nx build's `main`, then conventional server files;
    /// each one committed, or built (`dist/server.js`) from a committed source. A stale `main` is left out.
    private static func entrypoints(_ scope: PackageScope, json: [String: Any], nx: [String: Any]?, start: String?, kind: StackPackage.Kind) -> [String] {
        var found: [String] = []
        func add(_ relative: String) {
            var cleaned = relative
            while cleaned.hasPrefix("./") { cleaned.removeFirst(2) }
            guard !cleaned.isEmpty, isBuiltFromCommittedCode(cleaned, in: scope) else { return }
            let path = scope.path(cleaned)
            if !found.contains(path) { found.append(path) }
        }
        if let start {
            for word in start.split(separator: " ") where codeExtensions.contains(word.split(separator: ".").last.map(String.init) ?? "") {
                add(String(word))
            }
        }
        if let main = json["main"] as? String { add(main) }
        StructuredText.strings(json["bin"]).forEach(add)
        let nxBuild = ((nx?["targets"] as? [String: Any])?["build"] as? [String: Any])?["options"] as? [String: Any]
        if let main = nxBuild?["main"] as? String { add(main) }
        if kind != .library {
            let conventional = ["src/main", "src/index", "src/server", "src/app", "server", "index", "main", "app"]
            for stem in conventional {
                for suffix in [".ts", ".js", ".mjs"] where scope.has(stem + suffix) { add(stem + suffix) }
            }
        }
        return found
    }

    /// Folders that builds write JavaScript into.
    private static let outputFolders = ["dist/", "build/", "out/", "lib/"]

    /// True when the package commits `relative`, or `relative` is built output (`dist/server.js`) whose
    /// TypeScript or JavaScript source (`src/server.ts`) is committed.
    static func isBuiltFromCommittedCode(_ relative: String, in scope: PackageScope) -> Bool {
        if scope.has(relative) { return true }
        guard let folder = outputFolders.first(where: relative.hasPrefix) else { return false }
        var stem = String(relative.dropFirst(folder.count))
        for ext in [".js", ".cjs", ".mjs"] where stem.hasSuffix(ext) { stem.removeLast(ext.count) }
        let candidates = ["src/" + stem, stem].flatMap { base in [".ts", ".tsx", ".mts", ".js", ".mjs"].map { base + $0 } }
        return candidates.contains(where: scope.has)
    }

    private static func runPrefix(_ manager: String) -> (test: String, run: String, exec: String) {
        switch manager {
        case "yarn": ("yarn test", "yarn ", "yarn ")
        case "pnpm": ("pnpm test", "pnpm run ", "pnpm exec ")
        case "bun": ("bun run test", "bun run ", "bunx ")
        default: ("npm test", "npm run ", "npx ")
        }
    }
}
