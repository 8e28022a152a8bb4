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
            let importStart = trimmed.firstIndex(of: "import ("),
            let importEnd = trimmed[importStart...].firstIndex(of: ")"),
            let internalImport = trimmed[importStart..<importEnd].firstIndex(where: { $0.hasPrefix("\"") && $0.contains("/internal/") }),
            let module = trimmed[internalImport].dropFirst().components(separatedBy: "/internal/").first
        else {
            return EditResult(
                text: text,
                notes: ["\(path): wrap the server's handler in metrics.Instrument(…) from internal/metrics; the recipe did not recognise this entry point"])
        }
        // `Handler:           api.NewRouter(cfg, db, logger),`: the value after gofmt's alignment spaces.
        let line = lines[handler]
        let key = line.range(of: "Handler:")!
        let spaces = line[key.upperBound...].prefix { $0 == " " || $0 == "\t" }
        let value = line[spaces.endIndex...].dropLast()
        lines[handler] = String(line[..<spaces.endIndex]) + "metrics.Instrument(\(value)),"
        let newImport = "\"\(module)/internal/metrics\""
        let group = (importStart + 1..<importEnd).filter { trimmed[$0].hasPrefix("\"\(module)/") || trimmed[$0].hasPrefix("\"\(module)\"") }
        let position = group.first { trimmed[$0] > newImport } ?? (group.last.map { $0 + 1 } ?? importEnd)
        let importIndent = String(lines[internalImport].prefix { $0 == "\t" || $0 == " " })
        lines.insert(importIndent + newImport, at: position)
        return EditResult(text: lines.joined(separator: "\n"))
    }
}
#endif
