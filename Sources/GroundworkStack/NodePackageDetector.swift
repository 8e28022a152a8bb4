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

        let runtime = dependencyNames(json, "dependencies")
        let declared = runtime.union(dependencyNames(json, "peerDependencies"))
        let all = declared.union(dependencyNames(json, "devDependencies"))
        package.frameworks = FrameworkCatalog.frameworks(in: declared, using: FrameworkCatalog.node)
        package.usesTypeScript = scope.has("tsconfig.json") || all.contains("typescript")
            || scope.sources(["ts", "tsx", "mts", "cts"]).contains { !$0.name.hasSuffix(".d.ts") }

        let engines = json["engines"] as? [String: Any]
        let volta = json["volta"] as? [String: Any]
        package.runtimeVersion = RuntimeVersions.resolve(
            scope, files: [".nvmrc", ".node-version"], tools: ["nodejs", "node"],
            declared: volta?["node"] as? String ?? engines?["node"] as? String
        )

        let scripts = (json["scripts"] as? [String: Any])?.compactMapValues { $0 as? String } ?? [:]
        let runtimeSources = scope.runtimeSources(codeExtensions)
        let listens = runtimeSources.contains { file in
            guard let text = scope.index.text(file) else { return false }
            return TextSearch.containsAny(text, [".listen(", "createServer(", "NestFactory.create", "Bun.serve("])
        }
        let start = scripts["start"].flatMap { script in nonServingStarts.contains { script.hasPrefix($0) } ? nil : script }
        package.kind = kind(NodeKindEvidence(
            json: json, nxProjectType: nx?["projectType"] as? String, scripts: scripts, start: start,
            runtimeFrameworks: Set(FrameworkCatalog.frameworks(in: runtime, using: FrameworkCatalog.node)),
            allDependencies: all, listens: listens, deployed: !scope.deploymentFiles(for: "node").isEmpty,
            hasIndexPage: scope.has("index.html") || scope.has("public/index.html") || scope.has("src/index.html")
        ))

        package.entrypoints = entrypoints(scope, json: json, start: start, kind: package.kind)
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
           ["npm", "yarn", "pnpm", "bun"].contains(String(tool)) {
            return (String(tool), nil)
        }
        return (scope.nearest(["pnpm-workspace.yaml"]) != nil ? "pnpm" : "npm", nil)
    }

    private static func dependencyNames(_ json: [String: Any], _ key: String) -> Set<String> {
        Set((json[key] as? [String: Any])?.keys.map { $0 } ?? [])
    }

    /// The start script's file, then `main` and `bin`, then conventional server files that exist.
    private static func entrypoints(_ scope: PackageScope, json: [String: Any], start: String?, kind: StackPackage.Kind) -> [String] {
        var found: [String] = []
        func add(_ relative: String) {
            var cleaned = relative
            while cleaned.hasPrefix("./") { cleaned.removeFirst(2) }
            let path = scope.path(cleaned)
            if !cleaned.isEmpty, !found.contains(path) { found.append(path) }
        }
        if let start {
            for word in start.split(separator: " ") where codeExtensions.contains(word.split(separator: ".").last.map(String.init) ?? "") {
                add(String(word))
            }
        }
        if let main = json["main"] as? String { add(main) }
        StructuredText.strings(json["bin"]).forEach(add)
        if kind != .library {
            let conventional = ["src/main", "src/index", "src/server", "src/app", "server", "index", "main", "app"]
            for stem in conventional {
                for suffix in [".ts", ".js", ".mjs"] where scope.has(stem + suffix) { add(stem + suffix) }
            }
        }
        return found
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
