import GroundworkBasics

/// A brick problem the user can fix: a bad brick.yaml or template, a bad `--param`, an unsafe path,
/// a source that is not pinned, a dirty work tree. The message names the file and line and the fix.
package struct BrickError: UserFacingError, Equatable {
    /// The kind of problem, which decides the exit code.
    package enum Code: String, Sendable, Equatable {
        /// brick.yaml is malformed: unknown key, wrong type, bad value.
        case manifest
        /// A template does not parse or render.
        case template
        /// A parameter value is missing or invalid, or names an unknown brick or parameter.
        case parameter
        /// Unknown brick ids, missing requirements, cycles, conflicts between bricks.
        case composition
        /// A source could not be read, is not pinned, or failed verification.
        case source
        /// A destination path would escape the repository or write through a symlink.
        case unsafePath
        /// Two bricks write the same file in ways that cannot be merged, or a file cannot be merged.
        case merge
        /// Files the change would touch have uncommitted edits (nothing was written).
        case dirtyWorkTree
        /// The repository is not in a state the command can work on (no lock file, a branch in the way).
        case repository
        /// A task failed.
        case task
    }

    package var code: Code
    /// What went wrong and how to fix it, naming the file and line when there is one.
    package var message: String
    /// The file the problem is in (brick.yaml, a template, the lock file), when there is one.
    package var file: String?
    /// Its 1-based line, when known.
    package var line: Int?

    package init(_ code: Code, _ message: String, file: String? = nil, line: Int? = nil) {
        self.code = code
        self.message = message
        self.file = file
        self.line = line
    }

    package var description: String {
        guard let file else { return message }
        guard let line else { return "\(file): \(message)" }
        return "\(file):\(line): \(message)"
    }

    /// `brick.<code>`, the message, the file and the line.
    package var details: ErrorDetails { ErrorDetails(code: "brick.\(code.rawValue)", message: message, file: file, line: line) }

    /// A dirty work tree or a failed task is a refusal (1); everything else is bad input (64).
    package var exitStatus: ExitStatus {
        switch code {
        case .dirtyWorkTree, .task: .gateFailed
        default: .usage
        }
    }
}
