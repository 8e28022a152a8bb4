import GroundworkBasics

/// A baseline file that cannot be read or does not have the expected shape.
package struct SecretBaselineError: UserFacingError, Equatable {
    /// The baseline file.
    package let path: String
    /// What is wrong and what was expected.
    package let problem: String

    package init(path: String, problem: String) {
        self.path = path
        self.problem = problem
    }

    package var exitStatus: ExitStatus { .usage }

    package var description: String {
        "\(path): \(problem). A baseline is JSON like {\"version\": 1, \"fingerprints\": [\"commit:path:rule:line\"]}; "
            + "write a fresh one with `groundwork audit --write-baseline \(path)`."
    }
}
