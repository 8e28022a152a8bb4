import GroundworkAuditModel

/// How one ecosystem configures its linters and formatters: file names, settings inside manifests,
/// and pre-commit hooks that run them.
struct LinterConvention: Sendable {
    /// The `StackPackage.ecosystem` values it covers.
    let ecosystems: Set<String>
    /// What to add, for evidence: "ESLint, Biome or Prettier".
    let tools: String
    /// Configuration files by exact name.
    let fileNames: Set<String>
    /// Configuration files by name prefix (`eslint.config.` for .js, .mjs, .ts…).
    let fileNamePrefixes: [String]
    /// Manifests (by file name) whose text configures a linter when it contains one of the markers.
    let markers: [String: [String]]
    /// Words in `.pre-commit-config.yaml` that mean a hook lints or formats this ecosystem.
    let precommitHooks: [String]
    /// Linters and formatters that need no configuration file, run by CI (`cargo clippy`, `go vet`): the
    /// tool's defaults are the configuration.
    var ciCommands: [TextPattern] = []

    /// True when one of `files` configures a linter or formatter of this ecosystem.
    func isConfigured(by files: [SnapshotFile], in snapshot: RepoSnapshot) -> Bool {
        for file in files {
            let name = String(TextPaths.name(file.path))
            if fileNames.contains(name) || fileNamePrefixes.contains(where: { name.hasPrefix($0) }) { return true }
            if let wanted = markers[name], let text = snapshot.text(file), wanted.contains(where: text.contains) { return true }
            if name == ".pre-commit-config.yaml" || name == ".pre-commit-config.yml",
                let text = snapshot.text(file), precommitHooks.contains(where: text.contains)
            {
                return true
            }
        }
        return false
    }

    /// The manifests that reveal an ecosystem when the stack detector listed no package.
    static let manifestEcosystems: [String: String] = [
        "package.json": "node", "pyproject.toml": "python", "setup.py": "python", "requirements.txt": "python",
        "Pipfile": "python", "go.mod": "go", "Package.swift": "swift", "Cargo.toml": "rust", "Gemfile": "ruby",
        "pom.xml": "java", "build.gradle": "java", "build.gradle.kts": "kotlin", "composer.json": "php", "mix.exs": "elixir",
    ]

    /// The convention for an ecosystem, nil for one groundwork has no linter knowledge of.
    static func forEcosystem(_ ecosystem: String) -> LinterConvention? {
        all.first { $0.ecosystems.contains(ecosystem) }
    }

    static let all: [LinterConvention] = [
        LinterConvention(
            ecosystems: ["node"], tools: "ESLint, Biome or Prettier",
            fileNames: [".eslintrc", "biome.json", "biome.jsonc", ".prettierrc", ".oxlintrc.json", "deno.json", "deno.jsonc", ".jshintrc", "tslint.json", ".xo-config.json"],
            fileNamePrefixes: [".eslintrc.", "eslint.config.", ".prettierrc.", "prettier.config."],
            markers: ["package.json": ["\"eslintConfig\"", "\"prettier\"", "\"@biomejs/biome\"", "\"xo\"", "\"standard\""]],
            precommitHooks: ["eslint", "prettier", "biome"]
        ),
        LinterConvention(
            ecosystems: ["python"], tools: "Ruff, Black, Flake8 or Pylint",
            fileNames: [".flake8", ".pylintrc", "pylintrc", "ruff.toml", ".ruff.toml"],
            fileNamePrefixes: [],
            markers: [
                "pyproject.toml": ["[tool.ruff", "[tool.black", "[tool.flake8", "[tool.pylint", "[tool.isort"],
                "setup.cfg": ["[flake8]", "[pylint", "[pycodestyle]", "[isort]"],
                "tox.ini": ["[flake8]", "[pycodestyle]"],
            ],
            precommitHooks: ["ruff", "black", "flake8", "pylint"]
        ),
        LinterConvention(
            ecosystems: ["go"], tools: "golangci-lint",
            fileNames: [".golangci.yml", ".golangci.yaml", ".golangci.toml", ".golangci.json"],
            fileNamePrefixes: [], markers: [:],
            precommitHooks: ["golangci", "go-vet", "go-fmt", "gofmt"],
            ciCommands: [TextPattern("go vet", #"\bgo\s+vet\b|\bstaticcheck\b|\bgofmt\b|\bgolangci-lint\b|golangci/golangci-lint-action"#)]
        ),
        LinterConvention(
            ecosystems: ["swift"], tools: "SwiftLint or swift-format",
            fileNames: [".swiftlint.yml", ".swiftlint.yaml", ".swift-format", ".swiftformat"],
            fileNamePrefixes: [], markers: [:],
            precommitHooks: ["swiftlint", "swift-format", "swiftformat"],
            ciCommands: [TextPattern("swift format lint", #"\bswift[- ]format\s+lint\b|\bswiftlint\b"#)]
        ),
        LinterConvention(
            ecosystems: ["rust"], tools: "rustfmt or Clippy",
            fileNames: ["rustfmt.toml", ".rustfmt.toml", "clippy.toml", ".clippy.toml"],
            fileNamePrefixes: [],
            markers: ["Cargo.toml": ["[lints", "[workspace.lints"]],
            precommitHooks: ["clippy", "rustfmt", "id: fmt"],
            ciCommands: [TextPattern("clippy", #"\bcargo\s+(\+\S+\s+)?(clippy|fmt)\b|\brustfmt\b"#)]
        ),
        LinterConvention(
            ecosystems: ["ruby"], tools: "RuboCop or Standard",
            fileNames: [".rubocop.yml", ".rubocop.yaml", ".standard.yml"],
            fileNamePrefixes: [],
            markers: ["Gemfile": ["rubocop", "\"standard\"", "'standard'"]],
            precommitHooks: ["rubocop", "standardrb"],
            ciCommands: [TextPattern("standardrb", #"\bstandardrb\b"#)]
        ),
        LinterConvention(
            ecosystems: ["java", "kotlin"], tools: "Checkstyle, Spotless, ktlint or detekt",
            fileNames: ["checkstyle.xml", "detekt.yml", "detekt.yaml", "pmd.xml", "ruleset.xml"],
            fileNamePrefixes: [],
            markers: [
                "pom.xml": ["checkstyle", "spotless", "ktlint", "detekt", "maven-pmd-plugin", "errorprone"],
                "build.gradle": ["checkstyle", "spotless", "ktlint", "detekt", "pmd", "errorprone"],
                "build.gradle.kts": ["checkstyle", "spotless", "ktlint", "detekt", "pmd", "errorprone"],
            ],
            precommitHooks: ["checkstyle", "google-java-format", "ktlint", "spotless", "detekt"]
        ),
        LinterConvention(
            ecosystems: ["php"], tools: "PHP_CodeSniffer, PHP-CS-Fixer, PHPStan or Pint",
            fileNames: [
                "phpcs.xml", "phpcs.xml.dist", ".phpcs.xml", ".phpcs.xml.dist", ".php-cs-fixer.php", ".php-cs-fixer.dist.php", "phpstan.neon", "phpstan.neon.dist", "pint.json", "psalm.xml", "ecs.php",
                ".styleci.yml",
            ],
            fileNamePrefixes: [],
            // Pint and PHP-CS-Fixer apply PSR-12 (Pint: Laravel's preset) with no configuration file.
            markers: ["composer.json": ["\"laravel/pint\"", "\"friendsofphp/php-cs-fixer\"", "\"squizlabs/php_codesniffer\"", "\"phpstan/phpstan\"", "\"larastan/larastan\"", "\"vimeo/psalm\""]],
            precommitHooks: ["php-cs-fixer", "phpcs", "phpstan"]
        ),
        LinterConvention(
            ecosystems: ["elixir"], tools: "mix format or Credo",
            fileNames: [".formatter.exs", ".credo.exs"],
            fileNamePrefixes: [], markers: [:],
            precommitHooks: ["mix-format", "credo"]
        ),
        LinterConvention(
            ecosystems: ["dotnet"], tools: "analyzers (StyleCop, EnforceCodeStyleInBuild)",
            fileNames: ["stylecop.json", ".globalconfig"],
            fileNamePrefixes: [],
            markers: ["Directory.Build.props": ["EnforceCodeStyleInBuild", "StyleCop.Analyzers", "AnalysisLevel", "AnalysisMode"]],
            precommitHooks: ["dotnet-format"]
        ),
    ]
}
