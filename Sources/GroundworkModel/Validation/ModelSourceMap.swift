/// Where each part of a model was written, so validation errors name a line even for values that do not
/// carry one (`Customer.api.filter[1]`, `Order.access.grants.manager`).
package struct ModelSourceMap: Sendable, Hashable {
    /// The file as shown to the user.
    package var file: String
    /// Lines by path: `Customer`, `Customer.fields.email`, `Customer.api.filter[1]`…
    package var lines: [String: Int]

    package init(file: String, lines: [String: Int] = [:]) {
        self.file = file
        self.lines = lines
    }

    /// The line of `path`, else of the closest enclosing path that has one (`a.b.c` → `a.b` → `a`).
    package func line(_ path: String) -> Int? {
        var current = Substring(path)
        while !current.isEmpty {
            if let line = lines[String(current)] { return line }
            guard let cut = current.lastIndex(where: { $0 == "." || $0 == "[" }) else { break }
            current = current[..<cut]
        }
        return nil
    }

    /// A diagnostic at `path`.
    package func diagnostic(_ path: String, _ message: String) -> ModelDiagnostic {
        ModelDiagnostic(file: file, line: line(path), message)
    }
}
