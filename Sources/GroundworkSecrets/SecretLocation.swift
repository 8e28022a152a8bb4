/// Where a file sits, as far as secret rules care: test code and its fixtures hold made-up credentials.
///
/// A test logs in with `password: "Secret123!"`, signs a JWT with a fixed key, serves TLS with a key
/// generated for it and stubs a token with thirty random characters: all of it reads like a leak to a
/// rule that knows a secret only by its name or its shape, and none of it is one. Rules that know a
/// provider's format (an AWS key id, a GitHub token) still report in tests, because no test needs a
/// real one.
package enum SecretLocation {
    /// Folders that hold tests or their fixtures, in the casings projects use.
    static let testDirectories: Set<Substring> = [
        "test", "tests", "__tests__", "spec", "specs", "testdata", "testing", "fixtures", "__fixtures__", "__mocks__",
        "e2e", "Test", "Tests", "Spec", "Specs", "Fixtures", "TestData", "androidTest",
    ]

    /// True for test code and fixtures: a file under a test folder (`tests/`, `testdata/`, `src/test/`,
    /// `Tests/`), or a test file by name (`*_test.go`, `test_*.py`, `*.spec.ts`, `*Test.java`, `*_spec.rb`…).
    package static func isTestCode(_ path: String) -> Bool {
        let components = path.split(separator: "/")
        guard let name = components.last else { return false }
        if components.dropLast().contains(where: { testDirectories.contains($0) || $0.hasSuffix("-e2e") }) { return true }
        return isTestFileName(name)
    }

    /// True for the test file names of the common stacks.
    static func isTestFileName(_ name: Substring) -> Bool {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        let base = name[..<dot], ext = name[name.index(after: dot)...].lowercased()
        switch ext {
        case "js", "jsx", "ts", "tsx", "mjs", "cjs", "mts", "cts":
            return [".test", ".spec", ".e2e"].contains { base.hasSuffix($0) }
        case "go", "exs", "dart": return base.hasSuffix("_test")
        case "py": return base.hasPrefix("test_") || base.hasSuffix("_test") || base == "tests" || base == "conftest"
        case "rb": return base.hasSuffix("_spec") || base.hasSuffix("_test")
        case "java", "kt", "scala", "groovy": return ["Test", "Tests", "IT", "Spec"].contains { base.hasSuffix($0) }
        case "swift", "cs", "php": return base.hasSuffix("Test") || base.hasSuffix("Tests")
        default: return false
        }
    }
}
