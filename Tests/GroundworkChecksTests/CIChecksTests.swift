import GroundworkAuditModel
import Testing

@testable import GroundworkChecks

@Suite struct CIChecksTests {
    private static func matchesAny(_ patterns: [TextPattern], _ line: String) -> Bool {
        patterns.contains { $0.matches(line) }
    }

    @Test(arguments: [
        "run: npm test", "- run: pnpm test -- --coverage", "yarn test", "npm run test:unit", "bun test",
        "go test -race ./...", "pytest -q", "python -m pytest", "python3 -m unittest discover", "tox -e py312",
        "uvx nox -s tests", "./mvnw -B verify", "mvn test", "./gradlew build", "gradle check", "./gradlew :app:test",
        "swift test --parallel", "cargo test --all-features", "cargo nextest run", "bundle exec rspec", "bin/rails test",
        "make test", "make -C api check", "dotnet test", "vendor/bin/phpunit", "php artisan test", "mix test",
        "npx jest --ci", "npx vitest run", "sh 'npm test'", "xcodebuild -scheme App test", "npx playwright test",
    ])
    func testInvocationsAreRecognised(_ line: String) {
        #expect(Self.matchesAny(CIRunsTestsCheck.patterns, line))
    }

    @Test(arguments: [
        "run: npm run build", "mvn -B package -DskipTests", "./gradlew build -x test", "image: maven:3",
        "cache-dependency-path: tox.ini", "uses: actions/setup-go@v5", "go build ./...", "- name: Make sure it builds",
        "npm ci", "cargo build --release", "uses: gradle/actions/setup-gradle@v4", "run: eslint-plugin-jest",
    ])
    func otherCommandsAreNotTests(_ line: String) {
        #expect(!Self.matchesAny(CIRunsTestsCheck.patterns, line))
    }

    @Test(arguments: [
        "npx eslint .", "npm run lint", "pnpm lint", "prettier --check .", "npx biome ci .", "ruff check .",
        "uses: astral-sh/ruff-action@v3", "flake8 src", "black --check .", "golangci-lint run",
        "uses: golangci/golangci-lint-action@v6", "go vet ./...", "cargo clippy -- -D warnings", "cargo fmt --all -- --check",
        "swiftlint --strict", "swift format lint -r Sources", "bundle exec rubocop", "./gradlew spotlessCheck",
        "mvn checkstyle:check", "vendor/bin/phpstan analyse", "pre-commit run --all-files", "uses: pre-commit/action@v3.0.1",
        "make lint", "dotnet format --verify-no-changes",
    ])
    func lintInvocationsAreRecognised(_ line: String) {
        #expect(Self.matchesAny(CIRunsLintCheck.patterns, line))
    }

    @Test(arguments: ["prettier --write .", "black .", "cargo fmt", "npm run build", "go build ./...", "swift build"])
    func formattingInPlaceIsNotLint(_ line: String) {
        #expect(!Self.matchesAny(CIRunsLintCheck.patterns, line))
    }

    @Test func detectedCISystemsAreReadBeyondTheWellKnownPaths() {
        var stack = Stack()
        stack.ciSystems = [CISystem(name: "jenkins", files: ["ci/build.groovy"])]
        let context = contentContext(["ci/build.groovy": "node { sh 'go test ./...' }\n", "main_test.go": "package main\n"], stack: stack)
        #expect(CIConfiguredCheck().evaluate(context) == .passed)
        #expect(CIRunsTestsCheck().evaluate(context) == .passed)
    }

    @Test func theDeclaredTestCommandCounts() {
        var package = StackPackage(path: "", name: "api", ecosystem: "node", packageManager: "npm", manifest: "package.json")
        package.testCommand = "npm run check:all"
        var stack = Stack()
        stack.packages = [package]
        let files = [".github/workflows/ci.yml": "on: push\njobs:\n  a:\n    steps:\n      - run: npm run check:all\n", "test/a.test.js": "x\n"]
        #expect(CIRunsTestsCheck().evaluate(contentContext(files, stack: stack)) == .passed)
        #expect(CIRunsTestsCheck().evaluate(contentContext(files)).isFailure)
    }

    @Test func commentedCommandsDoNotCount() {
        let files = [".gitlab-ci.yml": "test:\n  script:\n    # - npm test\n    - npm run build\n", "test/a.test.js": "x\n"]
        let evidence = failureEvidence(CIRunsTestsCheck().evaluate(contentContext(files)))
        #expect(evidence.map(\.path) == [".gitlab-ci.yml"])
    }

    @Test func noCIMeansTheCommandChecksDoNotApply() {
        let files = ["main.go": "package main\n", "main_test.go": "package main\n"]
        #expect(isNotApplicable(CIRunsTestsCheck().evaluate(contentContext(files))))
        #expect(isNotApplicable(CIRunsLintCheck().evaluate(contentContext(files))))
        #expect(CIConfiguredCheck().evaluate(contentContext(files)).isFailure)
    }

    @Test func excludedCIFilesDoNotCount() {
        let files = [".github/workflows/ci.yml": "on: push\n", "main.go": "package main\n"]
        #expect(CIConfiguredCheck().evaluate(contentContext(files, exclude: [".github/**"])).isFailure)
    }

    @Test func makefileRecipesAreParsed() {
        let recipes = WorkflowCICommands.recipes("VERSION := 1\n.PHONY: test lint\ntest unit:\n\tpython -m pytest\n\n# comment\nlint: ; ruff check .\nci: lint test\n\t@echo done\n")
        #expect(recipes["test"] == ["python -m pytest"])
        #expect(recipes["unit"] == ["python -m pytest"])
        #expect(recipes["lint"] == [" ruff check ."])
        #expect(recipes["ci"] == ["@echo done"])
        #expect(recipes["VERSION"] == nil && recipes[".PHONY"] == nil)
    }

    @Test func makeTargetsAndNpmScriptsAreFollowedOnce() {
        let files = [
            "Makefile": "quality:\n\tgo vet ./...\n\t$(MAKE) deeper\ndeeper:\n\tgo test ./...\n",
            "package.json": "{ \"scripts\": { \"verify\": \"eslint . && vitest run\" } }\n",
            ".github/workflows/ci.yml": "on: push\njobs:\n  a:\n    steps:\n      - run: make -j4 quality\n      - run: pnpm run verify\n",
            "main_test.go": "package main\n",
        ]
        let commands = WorkflowCICommands(contentContext(files))
        #expect(commands.runs(any: CIRunsLintCheck.patterns))
        #expect(commands.runs(any: CIRunsTestsCheck.patterns))
        #expect(commands.expansions(of: "make -j4 quality") == ["go vet ./...", "$(MAKE) deeper"])
        let onlyMake = files.filter { $0.key != "package.json" }
        // `deeper` is two levels down: not followed.
        #expect(!WorkflowCICommands(contentContext(onlyMake)).runs(any: CIRunsTestsCheck.patterns))
    }

    @Test func remoteReusableWorkflowsAreNamedAsUnread() {
        let files = [
            ".github/workflows/ci.yml": "on: push\njobs:\n  a:\n    uses: acme/ci/.github/workflows/node.yml@main\n  b:\n    uses: ./.github/workflows/local.yml\n",
            "test/a.test.js": "x\n",
        ]
        let evidence = failureEvidence(CIRunsTestsCheck().evaluate(contentContext(files)))
        #expect(evidence.last?.message.contains("acme/ci/.github/workflows/node.yml@main") == true)
        #expect(evidence.last?.message.contains("local.yml") == false)
    }

    @Test func malformedRenovateConfigurationNamesItsLine() throws {
        let files = ["renovate.json": "{\n  \"extends\": [\"config:recommended\"]\n  \"schedule\": []\n}\n", "main.go": "package main\n"]
        let evidence = failureEvidence(DependencyUpdatesConfiguredCheck().evaluate(contentContext(files)))
        let first = try #require(evidence.first)
        #expect(first.path == "renovate.json")
        #expect(first.line == 3)
    }

    @Test func dependabotWithoutUpdatesFails() {
        let files = [".github/dependabot.yml": "version: 2\nupdates: []\n", "main.go": "package main\n"]
        let evidence = failureEvidence(DependencyUpdatesConfiguredCheck().evaluate(contentContext(files)))
        #expect(evidence.first?.line == 2)
    }
}
