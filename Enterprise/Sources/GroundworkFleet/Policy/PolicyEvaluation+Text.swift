#if Enterprise
extension PolicyEvaluation {
    /// Indented lines for a terminal: level, failed gates, expired and applied exemptions, campaign warnings.
    package func detailLines(indent: String = "  ") -> [String] {
        var lines: [String] = []
        for failure in gateFailures { lines.append("\(indent)gate failed: \(failure)") }
        for exemption in exemptionsExpired {
            lines.append("\(indent)exemption expired on \(exemption.expires): \(exemption.check) (\(exemption.reason)\(exemption.ticket.map { ", \($0)" } ?? "")) no longer exempts")
        }
        for exemption in exemptionsApplied {
            lines.append("\(indent)exempted until \(exemption.expires): \(exemption.check) (\(exemption.reason)\(exemption.ticket.map { ", \($0)" } ?? ""))")
        }
        for warning in campaignWarnings { lines.append("\(indent)warning: \(warning)") }
        if !disabledChecks.isEmpty {
            lines.append("\(indent)disabled by the repository's .groundwork.yaml: \(disabledChecks.joined(separator: ", "))")
        }
        return lines
    }

    /// The report of `groundwork policy check`.
    package func text(repository: String, marker: String?) -> String {
        var lines: [String] = []
        if let marker { lines.append(marker) }
        lines.append("\(repository): level \(level ?? "none"), score \(score.map(String.init) ?? "none"), gates \(gatesPassed ? "passed" : "FAILED")")
        for outcome in levels {
            lines.append("  level \(outcome.name): \(outcome.met ? "met" : "not met (" + outcome.missing.joined(separator: "; ") + ")")")
        }
        for gate in gates {
            lines.append("  gate \(gate.gate): \(gate.passed ? "passed" : "failed (" + gate.reasons.joined(separator: "; ") + ")")")
        }
        lines += detailLines().filter { !$0.contains("gate failed:") }
        return lines.joined(separator: "\n") + "\n"
    }
}
#endif
