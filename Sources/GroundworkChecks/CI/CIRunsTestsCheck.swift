import GroundworkAuditModel

/// A CI configuration runs the test suite.
struct CIRunsTestsCheck: Check {
    let id = "ci.runs-tests"
    let title = "CI runs the tests"
    let severity = Severity.high
    let rationale = "CI that only builds lets a change that breaks behaviour through. Running the tests on every push and pull request is what makes the tests worth writing."
    let fixedBy = ["github-actions", "gitlab-ci"]
    let effortHours = 2.0

    /// Test invocations of the common stacks, one line each.
    static let patterns: [TextPattern] = [
        TextPattern("npm test", #"\b(npm|pnpm|yarn|bun)\s+(run\s+)?test\b"#),
        TextPattern("npm install-test", #"\bnpm\s+(cit|it|install-ci-test|install-test)\b"#),
        TextPattern("a JavaScript test runner", #"(^|[\s;&|(`'"])(npx\s+|yarn\s+|pnpm\s+(exec\s+)?)?(jest|vitest|mocha|ava|playwright\s+test|cypress\s+run)\b"#),
        TextPattern("deno test", #"\bdeno\s+test\b"#),
        TextPattern("go test", #"\bgo\s+test\b|\bgotestsum\b"#),
        TextPattern("pytest", #"\bpy\.?test\b"#),
        TextPattern("python -m unittest", #"\bpython[0-9.]*\s+-m\s+(pytest|unittest)\b|\bmanage\.py\s+test\b"#),
        TextPattern("tox or nox", #"(^|[\s;&|(`'"])(tox|nox)(\s|$)"#),
        TextPattern("hatch test", #"\bhatch\s+(test|run\s+\S*test)"#),
        TextPattern("mvn verify", #"\bmvnw?\b.*\b(test|verify|install|package)\b"#, unless: ["-DskipTests", "-Dmaven.test.skip=true"]),
        TextPattern("gradle test", #"\bgradlew?\b.*(\s|:)(test|check|build)\b"#, unless: ["-x test", "-x check", "--exclude-task test"]),
        TextPattern("swift test", #"\bswift\s+test\b|\bxcodebuild\b.*\btest\b"#),
        TextPattern("cargo test", #"\bcargo\s+(test|nextest)\b"#),
        // `bin/rails db:setup test`, `bin/rails test:system`, `bundle exec rake spec`: the task may follow others.
        TextPattern("rspec", #"\brspec\b|\b(rake|rails)\b[^;&|#]*\s(test|spec)(:[\w:]+)?(?=$|[\s;&|])"#),
        TextPattern("make test", #"\bmake\b[^;&|]*\s(test|tests|check|unittest|test-[\w-]+)\b"#),
        TextPattern("dotnet test", #"\bdotnet\s+test\b"#),
        TextPattern("phpunit", #"\b(phpunit|pest)\b|\bartisan\s+test\b|\bcomposer\s+(run(-script)?\s+)?test\b"#),
        TextPattern("mix test", #"\bmix\s+test\b"#),
        TextPattern("ctest", #"\bctest\b"#),
        TextPattern("flutter test", #"\b(flutter|dart)\s+test\b"#),
        TextPattern("sbt test", #"\bsbt\b.*\btest\b"#),
        TextPattern("bazel test", #"\bbazel(isk)?\s+test\b"#),
        TextPattern("just test", #"\b(just|task)\s+test\b"#),
        TextPattern("a monorepo test task", #"\b(turbo|nx|lerna)\b.*\btest\b"#),
    ]

    func evaluate(_ context: AuditContext) -> CheckOutcome {
        let commands = WorkflowCICommands(context)
        guard !commands.configs.isEmpty else { return .notApplicable("no CI is configured (see ci.configured)") }
        let declared = context.stack.packages.compactMap(\.testCommand).map { TextPattern(literal: $0) }
        if commands.runs(any: declared + Self.patterns) { return .passed }
        guard TestsPresentCheck.findTests(context) != nil else {
            return .notApplicable("the repository has no tests for CI to run (see code.tests-present)")
        }
        return .failed(
            commands.configs.map {
                Evidence("\($0.path) runs no test command (npm test, go test, pytest, mvn verify, cargo test…)", path: $0.path)
            } + commands.unreadableIncludesEvidence)
    }

    var examples: [CheckExample] {
        [
            CheckExample("a workflow that runs npm test", .pass, files: CIExampleFiles.nodeProject.merging([".github/workflows/ci.yml": CIExampleFiles.nodeWorkflow]) { $1 }),
            CheckExample("a GitLab pipeline that runs go test", .pass, files: CIExampleFiles.goModule.merging([".gitlab-ci.yml": CIExampleFiles.goGitLabPipeline]) { $1 }),
            CheckExample(
                "a workflow that runs make ci, whose recipe runs pytest", .pass,
                files: [
                    "pyproject.toml": "[project]\nname = \"orders\"\n",
                    "tests/test_orders.py": "def test_total(): assert 1 + 1 == 2\n",
                    "Makefile": "init:\n\tpip install -e .\n\nci: init\n\tpython -m pytest tests --junitxml=report.xml\n",
                    ".github/workflows/tests.yml": "on: push\npermissions: {}\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make ci\n",
                ]),
            CheckExample(
                "a Rails workflow that sets up the database, then runs the tests", .pass,
                files: [
                    "Gemfile": "source \"https://rubygems.org\"\ngem \"rails\", \"~> 8.0\"\n",
                    "test/models/user_test.rb": "class UserTest < ActiveSupport::TestCase\nend\n",
                    ".github/workflows/ci.yml": "on: push\npermissions: {}\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: bin/rails db:setup test\n",
                ]),
            CheckExample(
                "a workflow that runs a shell script, which runs go test", .pass,
                files: CIExampleFiles.goModule.merging([
                    "scripts/coverage.sh": "#!/usr/bin/env bash\nset -e\ngo test -covermode=atomic ./...\n",
                    ".travis.yml": "language: go\nscript:\n  - bash ./scripts/coverage.sh\n",
                ]) { $1 }),
            CheckExample("a workflow that only builds", .fail, files: CIExampleFiles.nodeProject.merging([".github/workflows/build.yml": CIExampleFiles.buildOnlyWorkflow]) { $1 }),
            CheckExample(
                "Maven with the tests skipped", .fail,
                files: [
                    "pom.xml": "<project><modelVersion>4.0.0</modelVersion><artifactId>orders</artifactId></project>\n",
                    "src/test/java/com/acme/OrderTest.java": "class OrderTest {}\n",
                    ".gitlab-ci.yml": "build:\n  image: maven:3-eclipse-temurin-21\n  script:\n    - mvn -B package -DskipTests\n",
                ]),
            CheckExample("no CI at all", .notApplicable, files: CIExampleFiles.nodeProject),
        ]
    }
}
