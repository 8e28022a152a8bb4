import GroundworkBasics

/// A model that cannot be used: a malformed file (model.yaml, DBML, DDL) or a model that fails
/// validation. It carries every problem found, each naming file:line and what was expected.
package struct ModelError: UserFacingError, Equatable {
    /// The problems, in source order.
    package var problems: [ModelDiagnostic]

    package init(_ problems: [ModelDiagnostic]) {
        self.problems = problems
    }

    /// One problem at `file:line[:column]`.
    package init(file: String, line: Int?, column: Int? = nil, _ message: String) {
        self.problems = [ModelDiagnostic(file: file, line: line, column: column, message)]
    }

    /// One line per problem; the CLI prefixes the first with `error: `, so the others get it here.
    package var description: String { problems.map(\.description).joined(separator: "\nerror: ") }

    /// A bad model is bad input.
    package var exitStatus: ExitStatus { .usage }
}
