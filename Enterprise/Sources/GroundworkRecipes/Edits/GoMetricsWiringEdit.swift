#if Enterprise
import Foundation
import GroundworkBricks

/// The red-metrics recipe's Go edit (`recipes/red-metrics-go`): the handler of the `server := &http.Server{…}`
/// literal in `cmd/server/main.go` is wrapped in `metrics.Instrument(…)` from `internal/metrics` (which
/// serves /metrics, reads chi's route pattern of each request and traces it), `metrics.StartTracing()` is
/// called before the literal (an OTLP exporter when OTEL_EXPORTER_OTLP_ENDPOINT is set; the queued spans are
/// sent when `run` returns), and the package is imported in gofmt's order with the module's other imports.
/// An entry point wired by the recipe's first version (metrics only) gains the tracing lines. An entry point
/// written otherwise gets a note, never a guess.
struct GoMetricsWiringEdit: InPlaceEdit {
    /// The lines written before the server literal, without their indentation.
    static let tracingLines = [
        "// Traces go to OTEL_EXPORTER_OTLP_ENDPOINT when it is set; the spans still queued are sent on the way out.",
        "stopTracing, err := metrics.StartTracing()",
        "if err != nil {",
        "\treturn err",
        "}",
        "defer stopTracing()",
        "",
    ]

    func apply(to text: String, path: String) throws -> EditResult {
        let imported = text.contains("/internal/metrics\"")
        guard !(imported && text.contains("metrics.StartTracing(")) else { return EditResult(text: text) }
        var lines = text.components(separatedBy: "\n")
        let trimmed = lines.map { $0.trimmingCharacters(in: .whitespaces) }
        guard let literal = trimmed.firstIndex(of: "server := &http.Server{"),
            let close = trimmed[literal...].firstIndex(where: { $0 == "}" }),
            let handler = trimmed[literal..<close].firstIndex(where: { $0.hasPrefix("Handler:") && $0.hasSuffix(",") }),
            let key = lines[handler].range(of: "Handler:"),
            imported || GoImports.addingInternal("metrics", to: lines) != nil
        else {
            return EditResult(
                text: text,
                notes: [
                    "\(path): wrap the server's handler in metrics.Instrument(…) from internal/metrics and call metrics.StartTracing() before serving; the recipe did not recognise this entry point"
                ])
        }
        // `Handler:           api.NewRouter(cfg, db, logger),`: the value after gofmt's alignment spaces.
        let line = lines[handler]
        let spaces = line[key.upperBound...].prefix { $0 == " " || $0 == "\t" }
        let value = line[spaces.endIndex...].dropLast()
        if !value.hasPrefix("metrics.Instrument(") {
            lines[handler] = String(line[..<spaces.endIndex]) + "metrics.Instrument(\(value)),"
        }
        let indent = String(lines[literal].prefix { $0 == "\t" || $0 == " " })
        lines.insert(contentsOf: Self.tracingLines.map { $0.isEmpty ? "" : indent + $0 }, at: literal)
        if !imported { lines = GoImports.addingInternal("metrics", to: lines) ?? lines }
        return EditResult(text: lines.joined(separator: "\n"))
    }
}
#endif
