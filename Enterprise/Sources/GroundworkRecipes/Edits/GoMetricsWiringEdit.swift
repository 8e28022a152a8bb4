#if Enterprise
import Foundation
import GroundworkBricks

/// The red-metrics recipe's Go edit (`recipes/red-metrics-go`): the handler of the `server := &http.Server{…}`
/// literal in `cmd/server/main.go` is wrapped in `metrics.Instrument(…)` from `internal/metrics` (which
/// serves /metrics and reads chi's route pattern of each request), and the package is imported in
/// gofmt's order with the module's other imports. An entry point written otherwise gets a note, never a guess.
struct GoMetricsWiringEdit: InPlaceEdit {
    func apply(to text: String, path: String) throws -> EditResult {
        guard !text.contains("/internal/metrics\"") else { return EditResult(text: text) }
        var lines = text.components(separatedBy: "\n")
        let trimmed = lines.map { $0.trimmingCharacters(in: .whitespaces) }
        guard let literal = trimmed.firstIndex(of: "server := &http.Server{"),
            let close = trimmed[literal...].firstIndex(where: { $0 == "}" }),
            let handler = trimmed[literal..<close].firstIndex(where: { $0.hasPrefix("Handler:") && $0.hasSuffix(",") }),
            let key = lines[handler].range(of: "Handler:"),
            GoImports.addingInternal("metrics", to: lines) != nil
        else {
            return EditResult(
                text: text,
                notes: ["\(path): wrap the server's handler in metrics.Instrument(…) from internal/metrics; the recipe did not recognise this entry point"])
        }
        // `Handler:           api.NewRouter(cfg, db, logger),`: the value after gofmt's alignment spaces.
        let line = lines[handler]
        let spaces = line[key.upperBound...].prefix { $0 == " " || $0 == "\t" }
        let value = line[spaces.endIndex...].dropLast()
        lines[handler] = String(line[..<spaces.endIndex]) + "metrics.Instrument(\(value)),"
        return EditResult(text: (GoImports.addingInternal("metrics", to: lines) ?? lines).joined(separator: "\n"))
    }
}
#endif
