#if Enterprise
import Foundation
import GroundworkBricks

/// The graceful-shutdown recipe's Go edit (`recipes/graceful-shutdown-go`): the generated `cmd/server/main.go`
/// already drains on SIGTERM (`signal.NotifyContext`, then `server.Shutdown` with a 10 s deadline, then the
/// deferred `db.Close()`); the edit hands that last step to `internal/shutdown`, which fails readiness and
/// closes connections first, waits SHUTDOWN_DELAY_SECONDS and bounds the drain by SHUTDOWN_DRAIN_SECONDS.
/// It wraps the server's handler right after the `server := &http.Server{…}` literal, replaces the three
/// lines of the deadline and the `Shutdown` call, and imports the package in gofmt's order. An entry point
/// written otherwise gets a note, never a guess.
struct GoShutdownWiringEdit: InPlaceEdit {
    func apply(to text: String, path: String) throws -> EditResult {
        guard !text.contains("/internal/shutdown\"") else { return EditResult(text: text) }
        var lines = text.components(separatedBy: "\n")
        let trimmed = lines.map { $0.trimmingCharacters(in: .whitespaces) }
        guard let literal = trimmed.firstIndex(of: "server := &http.Server{"),
            let close = trimmed[literal...].firstIndex(where: { $0 == "}" }),
            let deadline = trimmed.firstIndex(where: { $0.hasPrefix("shutdown, cancel := context.WithTimeout(") }),
            deadline > close, deadline + 2 < lines.count,
            trimmed[deadline + 1] == "defer cancel()", trimmed[deadline + 2] == "return server.Shutdown(shutdown)",
            trimmed.contains(where: { $0.hasPrefix("logger := ") }),
            GoImports.addingInternal("shutdown", to: lines) != nil
        else {
            return EditResult(
                text: text,
                notes: [
                    "\(path): wrap the server with shutdown.Wrap(server, \"/ready\") from internal/shutdown before it starts and return its Shutdown(logger) after the signal; the recipe did not recognise this entry point"
                ])
        }
        let indent = String(lines[deadline].prefix { $0 == "\t" || $0 == " " })
        lines.replaceSubrange(
            deadline...(deadline + 2),
            with: [
                "\(indent)// Readiness fails, in-flight requests finish within SHUTDOWN_DRAIN_SECONDS, then the deferred db.Close (graceful-shutdown recipe).",
                "\(indent)return drainer.Shutdown(logger)",
            ])
        lines.insert("\(String(lines[close].prefix { $0 == "\t" || $0 == " " }))drainer := shutdown.Wrap(server, \"/ready\")", at: close + 1)
        // gofmt sorts each group of imports: the module's own imports are one group.
        return EditResult(text: (GoImports.addingInternal("shutdown", to: lines) ?? lines).joined(separator: "\n"))
    }
}
#endif
