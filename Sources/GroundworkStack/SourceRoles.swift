import GroundworkAuditModel

/// Tells test, example and documentation code from the code a service runs, by path.
package enum SourceRoles {
    private static let testDirectories: Set<String> = [
        "test", "tests", "__tests__", "spec", "specs", "e2e", "testing", "testdata", "fixtures", "__fixtures__", "__mocks__",
        "Tests", "Test", "androidTest", "integration-tests", "benchmarks", "examples", "example", "samples", "docs",
    ]

    /// True for test, example and documentation files (`*_test.go`, `foo.spec.ts`, `tests/…`, `src/test/java/…`).
    ///
    /// Below a Maven-style `src/main/`, folders are Java packages (`com/example/demo`), not roles.
    package static func isTestOrExample(_ path: String) -> Bool {
        var components = path.split(separator: "/")
        if let main = components.indices.first(where: { $0 + 1 < components.count && components[$0] == "src" && components[$0 + 1] == "main" }) {
            components = Array(components[..<main]) + [components[components.count - 1]]
        }
        if components.dropLast().contains(where: { testDirectories.contains(String($0.drop { $0 == "_" })) || PathExclusions.isSampleFolder($0) }) {
            return true
        }
        guard let name = components.last?.lowercased() else { return false }
        if name.hasSuffix("_test.go") || name.hasPrefix("test_") || name.hasSuffix("_test.py") || name == "conftest.py" || name == "tests.py" { return true }
        if name.contains(".test.") || name.contains(".spec.") || name.contains(".e2e.") { return true }
        return name.hasSuffix("test.java") || name.hasSuffix("tests.java") || name.hasSuffix("test.kt")
            || name.hasSuffix("tests.swift") || name.hasSuffix("_spec.rb") || name.hasSuffix("_test.rb") || name.hasSuffix("test.php")
    }
}
