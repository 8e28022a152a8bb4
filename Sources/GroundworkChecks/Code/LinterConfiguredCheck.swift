import GroundworkAuditModel

/// Each ecosystem of the repository has a linter or formatter configuration.
struct LinterConfiguredCheck: Check {
    let id = "code.linter-config"
    let title = "A linter and formatter are configured for the stack"
    let severity = Severity.low
    let rationale =
        "A committed linter and formatter configuration makes everyone's editor and CI agree, catches common bugs before review and ends style debates. An .editorconfig alone sets whitespace, not code rules."
    let fixedBy = ["precommit"]
    let effortHours = 1.0

    func evaluate(_ context: AuditContext) -> CheckOutcome {
        let files = TextPaths.projectFiles(context)
        let ecosystems = Self.ecosystems(context, files: files).filter { LinterConvention.forEcosystem($0.key) != nil }
        guard !ecosystems.isEmpty else {
            return .notApplicable("no package of a stack whose linters groundwork knows")
        }
        var evidence: [Evidence] = []
        var covered = Set<String>()
        let commands = WorkflowCICommands(context)
        for (ecosystem, manifest) in ecosystems.sorted(by: { $0.key < $1.key }) {
            guard let convention = LinterConvention.forEcosystem(ecosystem), covered.insert(convention.tools).inserted else { continue }
            if !convention.isConfigured(by: files, in: context.snapshot), !commands.runs(any: convention.ciCommands) {
                evidence.append(Evidence("no linter or formatter configuration for the \(ecosystem) code: add \(convention.tools)", path: manifest))
            }
        }
        return evidence.isEmpty ? .passed : .failed(evidence)
    }

    /// Ecosystem → the manifest that shows it: the detector's packages, or manifests when it found none.
    static func ecosystems(_ context: AuditContext, files: [SnapshotFile]) -> [String: String] {
        var found: [String: String] = [:]
        if !context.stack.packages.isEmpty {
            for package in context.stack.packages where found[package.ecosystem] == nil {
                found[package.ecosystem] = package.manifest
            }
            return found
        }
        for file in files {
            let name = TextPaths.name(file.path)
            let ecosystem = LinterConvention.manifestEcosystems[String(name)] ?? (name.hasSuffix(".csproj") ? "dotnet" : nil)
            if let ecosystem, found[ecosystem].map({ file.path.count < $0.count }) ?? true {
                found[ecosystem] = file.path
            }
        }
        return found
    }

    var examples: [CheckExample] {
        [
            CheckExample("ESLint flat config", .pass, files: CIExampleFiles.nodeProject.merging(["eslint.config.mjs": "export default [];\n"]) { $1 }),
            CheckExample("Ruff in pyproject.toml", .pass, files: ["pyproject.toml": "[project]\nname = \"orders\"\n\n[tool.ruff]\nline-length = 100\n", "orders/app.py": "x = 1\n"]),
            CheckExample("golangci-lint", .pass, files: CIExampleFiles.goModule.merging([".golangci.yml": "linters:\n  enable: [errcheck, govet]\n"]) { $1 }),
            CheckExample(
                "Clippy run by CI with its defaults", .pass,
                files: [
                    "Cargo.toml": "[package]\nname = \"orders\"\nversion = \"0.1.0\"\n",
                    "src/lib.rs": "pub fn total() -> u32 { 0 }\n",
                    ".github/workflows/ci.yml": "on: push\npermissions: {}\njobs:\n  clippy:\n    runs-on: ubuntu-latest\n    steps:\n      - run: cargo clippy --tests -- -Dclippy::all\n",
                ]),
            CheckExample(
                "Laravel Pint in composer.json, which needs no configuration file", .pass,
                files: [
                    "composer.json": "{\"name\": \"acme/shop\", \"require\": {\"laravel/framework\": \"^12.0\"}, \"require-dev\": {\"laravel/pint\": \"^1.24\"}}\n",
                    "app/Models/User.php": "<?php\nclass User {}\n",
                ]),
            CheckExample("only an .editorconfig", .fail, files: CIExampleFiles.goModule.merging([".editorconfig": "root = true\n"]) { $1 }),
            CheckExample(
                "a Node front end with Prettier but a Python back end without", .fail,
                files: [
                    "web/package.json": "{ \"name\": \"web\", \"devDependencies\": { \"prettier\": \"^3.3.0\" } }\n",
                    "web/index.js": "export {}\n",
                    "api/pyproject.toml": "[project]\nname = \"api\"\n",
                    "api/app.py": "x = 1\n",
                ]),
            CheckExample("a repository of documents only", .notApplicable, files: ["README.md": ContentExampleTexts.readme]),
        ]
    }
}
