import GroundworkAuditModel

/// A CI configuration runs a linter or a format check.
struct CIRunsLintCheck: Check {
    let id = "ci.lint"
    let title = "CI runs a linter"
    let severity = Severity.medium
    let rationale = "A linter in CI catches whole classes of bugs and keeps the style argument out of code review; a linter configured but only run locally is skipped exactly when it matters."
    let fixedBy = ["github-actions", "gitlab-ci"]
    let effortHours = 1.5

    /// Lint and format-check invocations of the common stacks, one line each.
    static let patterns: [TextPattern] = [
        TextPattern("eslint", #"\beslint\b"#),
        TextPattern("npm run lint", #"\b(npm|pnpm|yarn|bun)\s+(run\s+)?lint\b"#),
        TextPattern("prettier --check", #"\bprettier\b.*(--check|--list-different|\s-c\b|\s-l\b)"#),
        TextPattern("biome", #"\bbiome\s+(check|ci|lint)\b|\boxlint\b"#),
        TextPattern("ruff", #"\bruff\b"#),
        TextPattern("flake8 or pylint", #"\b(flake8|pylint)\b"#),
        TextPattern("black --check", #"\bblack\b.*--check"#),
        TextPattern("golangci-lint", #"\bgolangci-lint\b|golangci/golangci-lint-action"#),
        TextPattern("go vet", #"\bgo\s+vet\b|\bstaticcheck\b|\bgofmt\s+(-\w+\s+)*-l\b"#),
        TextPattern("clippy", #"\bclippy\b|\bcargo\s+fmt\b.*--check"#),
        TextPattern("swiftlint", #"\bswiftlint\b|\bswift[- ]format\s+lint\b|\bswiftformat\b.*--lint"#),
        TextPattern("rubocop", #"\b(rubocop|standardrb)\b"#),
        TextPattern("checkstyle or spotless", #"\bcheckstyle\b|\bspotless(Check|:check)\b|\b(ktlint|detekt)\b|\bpmd:(check|pmd)\b"#),
        TextPattern("phpcs or phpstan", #"\b(phpcs|phpstan|php-cs-fixer|psalm)\b"#),
        TextPattern("pre-commit run", #"\bpre-commit\s+run\b|pre-commit/action|\bprek\s+run\b"#),
        TextPattern("make lint", #"\bmake\b[^;&|]*\s(lint|check-format|format-check|fmt-check)\b"#),
        TextPattern("dotnet format", #"\bdotnet\s+format\b"#),
        TextPattern("mix credo", #"\bmix\s+(credo|format\s+--check-formatted)\b"#),
        TextPattern("super-linter", #"super-linter|megalinter"#),
        TextPattern("a monorepo lint task", #"\b(turbo|nx|lerna)\b.*\blint\b"#),
    ]

    func evaluate(_ context: AuditContext) -> CheckOutcome {
        let commands = WorkflowCICommands(context)
        guard !commands.configs.isEmpty else { return .notApplicable("no CI is configured (see ci.configured)") }
        let declared = context.stack.packages.compactMap(\.lintCommand).map { TextPattern(literal: $0) }
        if commands.runs(any: declared + Self.patterns) { return .passed }
        guard TextPaths.hasSourceCode(context, files: TextPaths.projectFiles(context)) else {
            return .notApplicable("the repository holds no code to lint")
        }
        return .failed(commands.configs.map {
            Evidence("\($0.path) runs no linter (eslint, ruff, golangci-lint, clippy, swiftlint, rubocop…)", path: $0.path)
        } + commands.unreadableIncludesEvidence)
    }

    var examples: [CheckExample] {
        [
            CheckExample("a workflow that runs npm run lint", .pass, files: CIExampleFiles.nodeProject.merging([".github/workflows/ci.yml": CIExampleFiles.nodeWorkflow]) { $1 }),
            CheckExample("a GitLab pipeline that runs go vet", .pass, files: CIExampleFiles.goModule.merging([".gitlab-ci.yml": CIExampleFiles.goGitLabPipeline]) { $1 }),
            CheckExample("a workflow that only builds", .fail, files: CIExampleFiles.nodeProject.merging([".github/workflows/build.yml": CIExampleFiles.buildOnlyWorkflow]) { $1 }),
            CheckExample("a commented-out lint step", .fail, files: CIExampleFiles.goModule.merging([
                ".gitlab-ci.yml": "test:\n  script:\n    # - golangci-lint run\n    - go test ./...\n",
            ]) { $1 }),
            CheckExample("no CI at all", .notApplicable, files: CIExampleFiles.goModule),
        ]
    }
}
