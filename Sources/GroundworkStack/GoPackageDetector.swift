import GroundworkAuditModel

/// Reads a Go module from its `go.mod` and its `package main` files.
enum GoPackageDetector {
    /// The parts of a go.mod that detection reads.
    struct GoMod {
        var module: String?
        var goVersion: String?
        var requirements: [String] = []

        init(_ text: String) {
            var inRequireBlock = false
            for rawLine in text.split(whereSeparator: \.isNewline) {
                let line = (rawLine.split(separator: "//", maxSplits: 1, omittingEmptySubsequences: false).first ?? "").trimmed()
                let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
                guard let first = words.first else { continue }
                if inRequireBlock {
                    if first == ")" { inRequireBlock = false } else { requirements.append(first) }
                    continue
                }
                switch first {
                case "module": module = words.dropFirst().first?.trimmed(of: "\"")
                case "go": goVersion = words.dropFirst().first
                case "require":
                    if words.dropFirst().first == "(" { inRequireBlock = true } else if words.count > 1 { requirements.append(words[1]) }
                default: continue
                }
            }
        }
    }

    private static let servingCalls = ["ListenAndServe", "net.Listen(", "grpc.NewServer(", ".Serve(", "lambda.Start("]

    static func detect(_ scope: PackageScope) -> StackPackage {
        let goMod = GoMod(scope.text("go.mod") ?? "")
        var package = StackPackage(
            path: scope.directory, name: goMod.module ?? scope.directoryName, ecosystem: "go", packageManager: "go",
            manifest: scope.path("go.mod")
        )
        package.lockfile = scope.has("go.sum") ? scope.path("go.sum") : nil
        let modules = Set(goMod.requirements.map(FrameworkCatalog.goModuleBase))
        package.frameworks = FrameworkCatalog.frameworks(in: modules, using: FrameworkCatalog.go)
        package.runtimeVersion = RuntimeVersions.resolve(scope, files: [".go-version"], tools: ["golang", "go"], declared: goMod.goVersion)

        let sources = scope.runtimeSources(["go"])
        var mains: [String] = []
        for file in sources {
            guard scope.index.containsAny(file, ["func main()"]), let text = scope.index.text(file), isMainPackage(text) else { continue }
            mains.append(file.path)
        }
        package.entrypoints = mains.sorted()

        var scanner = PortScanner()
        scope.scanPorts("go", extensions: ["go"], into: &scanner)
        let serves =
            !Set(package.frameworks).isDisjoint(with: FrameworkCatalog.servers) || !scanner.ports.isEmpty
            || PackageFinishing.anyContains(scope, sources, servingCalls)
        // Encore generates the main package of its apps at build time.
        let generatedMain = package.frameworks.contains("encore")
        package.kind = PackageFinishing.binaryKind(
            hasBinary: !mains.isEmpty || generatedMain, servesEvidence: serves,
            commandLine: !modules.isDisjoint(with: FrameworkCatalog.commandLineLibraries), hasLibrary: true
        )
        package.ports = PackageFinishing.ports(scanner, package: package, isCommandLineTool: !modules.isDisjoint(with: FrameworkCatalog.commandLineLibraries))
        package.testCommand = "go test ./..."
        package.buildCommand = "go build ./..."
        if scope.nearest([".golangci.yml", ".golangci.yaml", ".golangci.toml", ".golangci.json"]) != nil {
            package.lintCommand = "golangci-lint run"
        }
        return package
    }

    /// True when the file's package clause is `package main`.
    static func isMainPackage(_ text: String) -> Bool {
        for line in TextSearch.lines(of: text, containing: ["package "]) where line.hasPrefix("package ") {
            return line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).dropFirst().first == "main"
        }
        return false
    }
}
