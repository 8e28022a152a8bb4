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

    /// Lint plugins that a JVM build runs as part of its lifecycle once they are applied.
    static let jvmLintPlugins = ["checkstyle", "spotless", "pmd", "ktlint", "detekt", "spotbugs", "errorprone"]

    /// Build commands that lint without naming the linter: `gradle build` and `gradle check` when a build
    /// script applies Checkstyle, Spotless, PMD, ktlint or detekt (they hang their tasks on `check`), and
    /// `mvn verify` when the POM binds such a plugin's `check` goal (to `validate`: any phase from there on).
    static func buildLifecyclePatterns(_ context: AuditContext) -> [TextPattern] {
        var patterns: [TextPattern] = []
        let files = TextPaths.projectFiles(context)
        let gradleScripts = files.filter { ["build.gradle", "build.gradle.kts"].contains(String(TextPaths.name($0.path))) }
        if gradleScripts.contains(where: { context.snapshot.text($0).map { text in jvmLintPlugins.contains(where: text.contains) } ?? false }) {
            patterns.append(TextPattern("gradle check", #"\bgradlew?\b.*(\s|:)(check|build)\b"#, unless: ["-x check", "-x spotlessCheck", "-x checkstyleMain"]))
        }
        let poms = files.filter { TextPaths.name($0.path) == "pom.xml" }.compactMap { context.snapshot.text($0) }
        let bound = poms.filter { pom in jvmLintPlugins.contains(where: pom.contains) && pom.contains("<goal>check</goal>") }
        if !bound.isEmpty {
            let phases = bound.contains { $0.contains("<phase>validate</phase>") } ? "validate|compile|test|package|verify|install|deploy" : "verify|install|deploy"
            patterns.append(TextPattern("mvn verify", #"\bmvnw?\b.*\b("# + phases + #")\b"#, unless: ["-Dcheckstyle.skip", "-Dspotless.check.skip"]))
        }
        return patterns
    }

    func evaluate(_ context: AuditContext) -> CheckOutcome {
        let commands = WorkflowCICommands(context)
        guard !commands.configs.isEmpty else { return .notApplicable("no CI is configured (see ci.configured)") }
        let declared = context.stack.packages.compactMap(\.lintCommand).map { TextPattern(literal: $0) }
        if commands.runs(any: declared + Self.patterns + Self.buildLifecyclePatterns(context)) { return .passed }
        guard TextPaths.hasSourceCode(context, files: TextPaths.projectFiles(context)) else {
            return .notApplicable("the repository holds no code to lint")
        }
        return .failed(
            commands.configs.map {
                Evidence("\($0.path) runs no linter (eslint, ruff, golangci-lint, clippy, swiftlint, rubocop…)", path: $0.path)
            } + commands.unreadableIncludesEvidence)
    }

    var examples: [CheckExample] {
        [
            CheckExample("a workflow that runs npm run lint", .pass, files: CIExampleFiles.nodeProject.merging([".github/workflows/ci.yml": CIExampleFiles.nodeWorkflow]) { $1 }),
            CheckExample("a GitLab pipeline that runs go vet", .pass, files: CIExampleFiles.goModule.merging([".gitlab-ci.yml": CIExampleFiles.goGitLabPipeline]) { $1 }),
            CheckExample(
                "a Gradle build that applies Checkstyle, which `gradle build` runs", .pass,
                files: [
                    "build.gradle": "plugins {\n  id 'java'\n  id 'checkstyle'\n}\n",
                    "src/main/java/com/acme/App.java": "class App {}\n",
                    ".github/workflows/build.yml": "on: push\npermissions: {}\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./gradlew build\n",
                ]),
            CheckExample(
                "a Maven build that binds Checkstyle to validate, run by mvn verify", .pass,
                files: [
                    "pom.xml":
                        "<project><artifactId>orders</artifactId><build><plugins><plugin><artifactId>maven-checkstyle-plugin</artifactId><executions><execution><phase>validate</phase><goals><goal>check</goal></goals></execution></executions></plugin></plugins></build></project>\n",
                    "src/main/java/com/acme/App.java": "class App {}\n",
                    ".github/workflows/build.yml": "on: push\npermissions: {}\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./mvnw -B verify\n",
                ]),
            CheckExample(
                "a Gradle build with Spotless, whose CI runs only the tests", .fail,
                files: [
                    "build.gradle": "plugins {\n  id 'java'\n  id 'com.diffplug.spotless' version '6.2.1'\n}\n",
                    "src/main/java/com/acme/App.java": "class App {}\n",
                    ".github/workflows/build.yml": "on: push\npermissions: {}\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./gradlew clean test\n",
                ]),
            CheckExample("a workflow that only builds", .fail, files: CIExampleFiles.nodeProject.merging([".github/workflows/build.yml": CIExampleFiles.buildOnlyWorkflow]) { $1 }),
            CheckExample(
                "a commented-out lint step", .fail,
                files: CIExampleFiles.goModule.merging([
                    ".gitlab-ci.yml": "test:\n  script:\n    # - golangci-lint run\n    - go test ./...\n"
                ]) { $1 }),
            CheckExample("no CI at all", .notApplicable, files: CIExampleFiles.goModule),
        ]
    }
}
