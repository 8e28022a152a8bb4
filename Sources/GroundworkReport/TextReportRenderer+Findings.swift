import GroundworkAuditModel

extension TextReportRenderer {
    private static let findingIndent = String(repeating: " ", count: 12)

    /// Failing checks grouped by area (the area with the worst failure first), most severe first in each.
    func writeFindings(_ digest: ReportDigest, to writer: inout TextWriter) {
        writer.heading("Findings: " + ReportText.verdictCounts(digest))
        guard !digest.failures.isEmpty else {
            writer.line("  No failing checks.")
            return
        }
        let style = writer.style
        for group in digest.failuresByArea {
            writer.blank()
            let score = group.score.map { "  (score \($0))" } ?? ""
            writer.wrapped(group.area.title + score, firstIndent: "", indent: "  ", styling: { style.apply($0, .bold) })
            for failure in group.failures {
                writeFinding(failure, to: &writer)
            }
        }
    }

    private func writeFinding(_ result: CheckResult, to writer: inout TextWriter) {
        let style = writer.style
        let indent = Self.findingIndent
        let label = TextLayout.pad(result.severity.rawValue.uppercased(), to: 8)
        let titleLines = TextLayout.wrap(TextLayout.clean(result.title), columns: writer.columns, firstIndent: indent, indent: indent)
        for (index, line) in titleLines.enumerated() {
            let text = String(line.dropFirst(indent.count))
            writer.line(index == 0 ? "  " + style.severity(label, result.severity) + "  " + style.apply(text, .bold) : indent + style.apply(text, .bold))
        }
        writer.wrapped(TextLayout.clean(result.id), firstIndent: indent, indent: indent, styling: { style.apply($0, .dim) })
        for evidence in result.evidence.prefix(Self.evidenceLimit) {
            let place = ReportText.place(evidence).map { TextLayout.clean($0) + "  " } ?? ""
            let liveness = evidence.liveness.map { "  [\(TextLayout.clean($0))]" } ?? ""
            writer.wrapped(place + TextLayout.clean(evidence.message) + liveness, firstIndent: indent, indent: indent + "  ")
        }
        if result.evidence.count > Self.evidenceLimit {
            writer.line(indent + style.apply("… and \(result.evidence.count - Self.evidenceLimit) more (see --format json)", .dim))
        }
        let hours = ReportText.hours(result.effortHours)
        if let command = ReportText.fixCommand(result) {
            writer.wrapped("fix: \(TextLayout.clean(command)) · \(hours)", firstIndent: indent, indent: indent + "  ", styling: { style.apply($0, .green) })
        } else {
            writer.wrapped("fix by hand · \(hours)", firstIndent: indent, indent: indent + "  ")
        }
    }

    /// Bricks ordered by the hours they save, each with the checks it fixes.
    func writeTopFixes(_ digest: ReportDigest, to writer: inout TextWriter) {
        guard !digest.brickFixes.isEmpty || !digest.manualFixes.isEmpty else { return }
        writer.heading("Top fixes")
        let style = writer.style
        var rows = digest.brickFixes.map { (name: TextLayout.clean($0.brick), hours: $0.hours, checks: $0.checks, isBrick: true) }
        if !digest.manualFixes.isEmpty {
            rows.append((name: "by hand", hours: digest.manualFixes.reduce(0) { $0 + $1.effortHours }, checks: digest.manualFixes, isBrick: false))
        }
        let nameWidth = rows.map { TextLayout.width($0.name) }.max() ?? 0
        let hoursWidth = rows.map { ReportText.hours($0.hours).count }.max() ?? 0
        let columnWidth = 2 + nameWidth + 2 + hoursWidth + 2
        // With too little room beside the name and hours, the checks go on the lines below them.
        let checksBeside = writer.columns - columnWidth >= 24
        let indent = String(repeating: " ", count: checksBeside ? columnWidth : 6)
        for row in rows {
            let checks = row.checks.map { TextLayout.clean($0.id) }.joined(separator: ", ")
            let lines = TextLayout.wrap(checks, columns: writer.columns, firstIndent: indent, indent: indent)
            let hours = ReportText.hours(row.hours)
            let name = TextLayout.pad(row.name, to: nameWidth)
            let head =
                "  " + (row.isBrick ? style.apply(name, .green) : name) + "  "
                + String(repeating: " ", count: hoursWidth - hours.count) + hours
            if !checksBeside { writer.line(head) }
            for (index, line) in lines.enumerated() {
                writer.line(index == 0 && checksBeside ? head + "  " + line.dropFirst(indent.count) : line)
            }
        }
        if let command = digest.applyAllCommand {
            writer.blank()
            writer.wrapped("Apply them all: " + TextLayout.clean(command), firstIndent: "  ", indent: "    ")
        }
    }
}
