/// What `groundwork check` prints for the contract step.
package enum ContractGateText {
    package static func render(_ report: ContractGate.Report) -> String {
        let breaking = report.changes.filter { $0.severity == .breaking }
        var lines = ["", "Contract \(report.contract) against \(report.base): \(breaking.count) breaking, \(report.changes.count - breaking.count) other change(s)"]
        for change in breaking { lines.append("  BREAKING  \(change.rule): \(change.message)") }
        for broken in report.breaks {
            let via = broken.operations.isEmpty ? "" : " (it calls \(broken.operations.joined(separator: ", ")))"
            lines.append("Breaks \(broken.label)\(via).")
        }
        if report.inWorkspace, !breaking.isEmpty, report.breaks.isEmpty { lines.append("No consumer uses what breaks.") }
        return lines.joined(separator: "\n") + "\n"
    }
}
