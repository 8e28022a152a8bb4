import Foundation
import GroundworkAuditModel

/// The repository has automated tests: a test folder, test files or a real test script.
struct TestsPresentCheck: Check {
    let id = "code.tests-present"
    let title = "The code has automated tests"
    let severity = Severity.high
    let rationale =
        "Without tests every change is verified by hand or not at all, refactoring is a gamble and CI can only say that the code compiles. A first suite around the main flows pays for itself the first time it catches a regression."
    let fixedBy: [String] = []
    let effortHours = 8.0

    /// Folder names that hold tests, in the casings projects use (`Tests/` for SwiftPM, `src/test/` for Maven).
    static let testDirectories: Set<Substring> = ["test", "tests", "__tests__", "spec", "specs", "e2e", "Test", "Tests", "Spec", "Specs"]
    /// Suffixes of .NET test project folders (`Orders.Tests/`).
    static let testProjectSuffixes = [".Tests", ".Test", ".UnitTests", ".IntegrationTests", ".Specs"]
    /// What npm writes into a new package.json: a test script that only fails.
    static let npmPlaceholder = "no test specified"
    /// Rust keeps unit tests inside source files; this many are read at most to find one.
    static let rustFilesToRead = 500

    func evaluate(_ context: AuditContext) -> CheckOutcome {
        let files = TextPaths.projectFiles(context)
        if Self.findTests(context, files: files) != nil { return .passed }
        guard TextPaths.hasSourceCode(context, files: files) else {
            return .notApplicable("the repository holds no code")
        }
        return .failed([Evidence("no test folder (test/, tests/, __tests__/, spec/, Tests/), no test file (*_test.go, *.test.ts, test_*.py, *Test.java…) and no test script in package.json")])
    }

    /// Where tests were found (a path); nil when there are none.
    static func findTests(_ context: AuditContext, files: [SnapshotFile]? = nil) -> String? {
        let files = files ?? TextPaths.projectFiles(context)
        if let file = files.first(where: { isTestFile(TextPaths.name($0.path)) }) { return file.path }
        if let file = files.first(where: { isInTestDirectory($0.path) && TextPaths.hasExtension($0.path, in: TextPaths.sourceExtensions) }) {
            return file.path
        }
        if let manifest = files.first(where: { TextPaths.name($0.path) == "package.json" && hasTestScript($0, in: context.snapshot) }) {
            return manifest.path
        }
        let rustSources = files.lazy.filter { TextPaths.fileExtension($0.path) == "rs" && $0.size < 1_000_000 }.prefix(rustFilesToRead)
        if let file = rustSources.first(where: { context.snapshot.text($0).map(hasRustTest) ?? false }) { return file.path }
        return nil
    }

    /// True for the test file names of the common stacks.
    static func isTestFile(_ name: Substring) -> Bool {
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return false }
        let ext = name[name.utf8.index(after: dot)...]
        let base = name[..<dot]
        switch ext {
        case "js", "jsx", "ts", "tsx", "mjs", "cjs", "mts", "cts": return base.hasSuffix(".test") || base.hasSuffix(".spec")
        case "go", "exs", "dart": return base.hasSuffix("_test")
        // Django's startapp writes tests.py; small projects keep all their tests in one tests.py.
        case "py": return base.hasPrefix("test_") || base.hasSuffix("_test") || base == "tests"
        case "rb": return base.hasSuffix("_spec") || base.hasSuffix("_test")
        case "java", "kt", "scala", "groovy": return ["Test", "Tests", "IT", "Spec"].contains { base.hasSuffix($0) }
        case "swift", "cs": return base.hasSuffix("Tests") || base.hasSuffix("Test")
        case "php": return base.hasSuffix("Test")
        default: return false
        }
    }

    /// True when a folder of `path` is a test folder.
    static func isInTestDirectory(_ path: String) -> Bool {
        TextPaths.folders(path).contains { folder in
            testDirectories.contains(folder)
                || (folder.utf8.contains(UInt8(ascii: ".")) && testProjectSuffixes.contains { folder.hasSuffix($0) })
        }
    }

    /// True when package.json has a `test` script that is not npm's placeholder.
    static func hasTestScript(_ manifest: SnapshotFile, in snapshot: RepoSnapshot) -> Bool {
        guard let text = snapshot.text(manifest), case .success(let object) = TextJSONC.parseObject(text),
            let scripts = object["scripts"] as? [String: Any], let test = scripts["test"] as? String
        else { return false }
        let trimmed = test.trimmingCharacters(in: .whitespaces)
        return !trimmed.isEmpty && !trimmed.contains(npmPlaceholder)
    }

    /// True when Rust source holds a unit test.
    static func hasRustTest(_ text: String) -> Bool {
        text.contains("#[test]") || text.contains("#[cfg(test)]") || text.contains("::test]")
    }

    var examples: [CheckExample] {
        [
            CheckExample("Go test files", .pass, files: CIExampleFiles.goModule),
            CheckExample("a Python tests folder", .pass, files: ["pyproject.toml": "[project]\nname = \"orders\"\n", "orders/app.py": "def run(): pass\n", "tests/conftest.py": "import pytest\n"]),
            CheckExample(
                "a Flask app's tests.py beside it", .pass,
                files: [
                    "requirements.txt": "flask==3.0.3\n",
                    "app/__init__.py": "from flask import Flask\n\napp = Flask(__name__)\n",
                    "tests.py": "import unittest\n\nclass UserModelCase(unittest.TestCase):\n    pass\n",
                ]),
            CheckExample("a package.json test script", .pass, files: ["package.json": ContentExampleTexts.packageJSON, "index.js": "module.exports = {}\n"]),
            CheckExample(
                "Rust unit tests inside the source", .pass,
                files: [
                    "Cargo.toml": "[package]\nname = \"orders\"\nversion = \"0.1.0\"\n",
                    "src/lib.rs": "pub fn add(a: i32, b: i32) -> i32 { a + b }\n\n#[cfg(test)]\nmod tests {\n    #[test]\n    fn adds() { assert_eq!(super::add(1, 2), 3); }\n}\n",
                ]),
            CheckExample(
                "npm's placeholder test script", .fail,
                files: [
                    "package.json": "{ \"name\": \"web\", \"scripts\": { \"test\": \"echo \\\"Error: no test specified\\\" && exit 1\" } }\n",
                    "index.js": "module.exports = {}\n",
                ]),
            CheckExample(
                "tests only inside node_modules", .fail,
                files: [
                    "src/index.ts": "export const a = 1\n",
                    "node_modules/left-pad/test/index.test.js": "test('pads', () => {})\n",
                ]),
            CheckExample("a repository of documents only", .notApplicable, files: ["README.md": ContentExampleTexts.readme]),
        ]
    }
}
