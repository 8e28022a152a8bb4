import Foundation
import GroundworkAuditModel
import Testing

@testable import GroundworkChecks

@Suite struct CodeChecksTests {
    // MARK: JSON with comments

    @Test func commentsAndTrailingCommasAreBlankedButStringsKept() throws {
        let text = """
            {
              // a comment with "quotes" and a trailing comma,
              "url": "https://example.com/*not a comment*/", /* block
              spanning lines */ "list": [1, 2,],
              "escaped": "a \\" // still a string",
            }
            """
        let object = try TextJSONC.parseObject(text).get()
        #expect(object["url"] as? String == "https://example.com/*not a comment*/")
        #expect(object["escaped"] as? String == "a \" // still a string")
        #expect((object["list"] as? [Int]) == [1, 2])
        #expect(TextLines(TextJSONC.strip(text)).count == TextLines(text).count)
    }

    @Test func malformedJSONReportsALine() throws {
        let result = TextJSONC.parseObject("{\n  \"a\": 1,\n  \"b\": \n}\n")
        guard case .failure(let error) = result else {
            Issue.record("expected a parse error")
            return
        }
        #expect(error.line == 4, "the line of the closing brace where a value was expected")
    }

    @Test func deeplyNestedJSONIsAnErrorNotACrash() {
        guard case .failure = TextJSONC.parseObject("{\"a\": " + String(repeating: "[", count: 100_000)) else {
            Issue.record("unterminated nesting must not parse")
            return
        }
    }

    @Test func nonObjectJSONIsAnError() {
        guard case .failure = TextJSONC.parseObject("[1, 2]") else {
            Issue.record("an array is not a tsconfig")
            return
        }
    }

    // MARK: code.typescript-strict

    private func strictOutcome(_ files: [String: String]) -> CheckOutcome {
        TypeScriptStrictCheck().evaluate(contentContext(files.merging(["src/a.ts": "export {}\n"]) { a, _ in a }))
    }

    @Test func strictWithCommentsPasses() {
        #expect(strictOutcome(["tsconfig.json": "{\n  /* options */\n  \"compilerOptions\": { \"strict\": true, }, // done\n}\n"]) == .passed)
    }

    @Test func strictFalseNamesItsLine() {
        let evidence = failureEvidence(strictOutcome(["tsconfig.json": "{\n  \"compilerOptions\": {\n    \"target\": \"es2022\",\n    \"strict\": false\n  }\n}\n"]))
        #expect(evidence.first?.line == 4)
        #expect(evidence.first?.path == "tsconfig.json")
    }

    @Test func relativeExtendsChainsAreFollowed() {
        let base = ["configs/base.json": "{ \"compilerOptions\": { \"strict\": true } }\n"]
        #expect(strictOutcome(base.merging(["tsconfig.json": "{ \"extends\": \"./configs/base.json\" }\n"]) { $1 }) == .passed)
        // The child overrides the base.
        #expect(strictOutcome(base.merging(["tsconfig.json": "{ \"extends\": \"./configs/base.json\", \"compilerOptions\": { \"strict\": false } }\n"]) { $1 }).isFailure)
        // A base of a base decides when the nearer ones are silent.
        let chain = [
            "configs/root.json": "{ \"compilerOptions\": { \"strict\": true } }\n",
            "configs/middle.json": "{ \"extends\": \"./root.json\" }\n",
            "tsconfig.json": "{ \"extends\": \"./configs/middle.json\" }\n",
        ]
        #expect(strictOutcome(chain) == .passed)
        // A cycle ends, undecided, as strict mode off.
        let cycle = [
            "a.json": "{ \"extends\": \"./b.json\" }\n",
            "b.json": "{ \"extends\": \"./a.json\" }\n",
            "tsconfig.json": "{ \"extends\": \"./a.json\" }\n",
        ]
        #expect(strictOutcome(cycle).isFailure)
    }

    @Test func extendsListTakesTheLastBaseFirst() {
        let files = [
            "a.json": "{ \"compilerOptions\": { \"strict\": true } }\n",
            "b.json": "{ \"compilerOptions\": { \"strict\": false } }\n",
            "tsconfig.json": "{ \"extends\": [\"./a.json\", \"./b.json\"] }\n",
        ]
        let evidence = failureEvidence(strictOutcome(files))
        #expect(evidence.first?.path == "b.json")
    }

    @Test func packageBasesAreTrustedOrLeftUndecided() {
        #expect(strictOutcome(["tsconfig.json": "{ \"extends\": \"@tsconfig/node20/tsconfig.json\" }\n"]) == .passed)
        #expect(isNotApplicable(strictOutcome(["tsconfig.json": "{ \"extends\": \"expo/tsconfig.base\" }\n"])))
    }

    @Test func solutionFilesDeferToTheirProjects() {
        let files = [
            "tsconfig.json": "{ \"files\": [], \"references\": [{ \"path\": \"./app\" }] }\n",
            "app/tsconfig.json": "{ \"compilerOptions\": { \"strict\": true } }\n",
        ]
        #expect(strictOutcome(files) == .passed)
    }

    @Test func malformedTSConfigIsAFailureWithALine() {
        let evidence = failureEvidence(strictOutcome(["tsconfig.json": "{\n  \"compilerOptions\": {\n    \"strict\": true\n    \"target\": \"es5\"\n  }\n}\n"]))
        #expect(evidence.first?.message.contains("not valid JSON") == true)
        #expect(evidence.first?.line != nil)
    }

    @Test func typeScriptWithoutATSConfigFails() {
        #expect(strictOutcome([:]).isFailure)
    }

    @Test func vendoredTSConfigsAreIgnored() {
        let files = ["node_modules/x/tsconfig.json": "{}\n", "index.js": "x\n"]
        #expect(isNotApplicable(TypeScriptStrictCheck().evaluate(contentContext(files))))
    }

    // MARK: code.tests-present

    @Test(arguments: [
        "orders_test.go", "app.test.ts", "app.spec.jsx", "Button.test.tsx", "test_orders.py", "orders_test.py",
        "order_spec.rb", "order_test.rb", "OrderTest.java", "OrderTests.kt", "OrderIT.java", "OrderTests.swift",
        "OrderTest.php", "orders_test.exs", "widget_test.dart", "OrderTests.cs",
    ])
    func testFileNamesAreRecognised(_ name: String) {
        #expect(TestsPresentCheck.isTestFile(name[...]))
    }

    @Test(arguments: ["testing.go", "contest.ts", "test.ts", "latest.py", "Testimony.java", "spec.rb", "attest.swift", "protest.js"])
    func otherFileNamesAreNot(_ name: String) {
        #expect(!TestsPresentCheck.isTestFile(name[...]))
    }

    @Test func testFoldersNeedSourceFiles() {
        #expect(TestsPresentCheck.findTests(contentContext(["tests/.gitkeep": "", "app.py": "x = 1\n"])) == nil)
        #expect(TestsPresentCheck.findTests(contentContext(["Tests/AppTests/AppTests.swift": "import Testing\n"])) != nil)
        #expect(TestsPresentCheck.findTests(contentContext(["src/test/java/com/acme/Helpers.java": "class Helpers {}\n"])) != nil)
        #expect(TestsPresentCheck.findTests(contentContext(["Orders.Tests/Helpers.cs": "class Helpers {}\n"])) != nil)
    }

    @Test func excludedTestsDoNotCount() {
        let context = contentContext(["fixtures/app_test.go": "package x\n", "main.go": "package main\n"], exclude: ["fixtures/**"])
        #expect(TestsPresentCheck().evaluate(context).isFailure)
    }

    // MARK: code.linter-config

    @Test func detectedPackagesDecideTheEcosystems() {
        var stack = Stack()
        stack.packages = [StackPackage(path: "svc", name: "svc", ecosystem: "go", packageManager: "go", manifest: "svc/go.mod")]
        let withConfig = contentContext(["svc/go.mod": "module x\n", "svc/.golangci.yaml": "linters: {}\n"], stack: stack)
        #expect(LinterConfiguredCheck().evaluate(withConfig) == .passed)
        let evidence = failureEvidence(LinterConfiguredCheck().evaluate(contentContext(["svc/go.mod": "module x\n"], stack: stack)))
        #expect(evidence.first?.path == "svc/go.mod")
        #expect(evidence.first?.message.contains("golangci-lint") == true)
    }

    @Test func preCommitHooksCountForTheirEcosystem() {
        let files = ["pyproject.toml": "[project]\nname = \"x\"\n", ".pre-commit-config.yaml": "repos:\n  - repo: https://github.com/astral-sh/ruff-pre-commit\n    hooks:\n      - id: ruff\n"]
        #expect(LinterConfiguredCheck().evaluate(contentContext(files)) == .passed)
        let unrelated = [
            "pyproject.toml": "[project]\nname = \"x\"\n", ".pre-commit-config.yaml": "repos:\n  - repo: https://github.com/pre-commit/pre-commit-hooks\n    hooks:\n      - id: trailing-whitespace\n",
        ]
        #expect(LinterConfiguredCheck().evaluate(contentContext(unrelated)).isFailure)
    }

    @Test func editorConfigAloneIsNotALinter() {
        let files = ["package.json": "{ \"name\": \"x\" }\n", ".editorconfig": "root = true\n"]
        #expect(LinterConfiguredCheck().evaluate(contentContext(files)).isFailure)
        #expect(EditorConfigPresentCheck().evaluate(contentContext(files)) == .passed)
    }
}
