import GroundworkBasics

/// A baseline file that cannot be read or does not have the expected shape.
public struct SecretBaselineError: UserFacingError, Equatable {
    /// The baseline file.
    public let path: String
    /// What is wrong and what was expected.
    public let problem: String

    public init(path: String, problem: String) {
        self.path = path
        self.problem = problem
    }

    public var exitStatus: ExitStatus { .usage }

    public var description: String {
        "\(path): \(problem). A baseline is JSON like {\"version\": 1, \"fingerprints\": [\"commit:path:rule:line\"]}; "
            + "write a fresh one with `groundwork audit --write-baseline \(path)`."
    }
}
