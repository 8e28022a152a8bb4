import Foundation
import GroundworkAuditModel

/// SARIF 2.1.0 for code scanning: one run, a rule per check, a result per piece of failing evidence,
/// with repository-relative locations and fingerprints that survive line moves.
package struct SARIFReportRenderer: ReportRenderer {
    /// The base every location is relative to: the repository root.
    static let sourceRoot = "%SRCROOT%"
    // Unreserved characters, sub-delimiters, "@" and "/": a path segment needs nothing else left as is.
    // ":" is encoded so a first segment such as `c:x` never reads as a URI scheme.
    private static let uriPathAllowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=@/")

    package init() {}

    package var format: ReportFormat { .sarif }

    package func render(_ report: AuditReport, options: RenderOptions) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(log(report, options: options)), as: UTF8.self) + "\n"
        } catch {
            // Unreachable: the log holds only strings and integers. Still answer with a valid, empty log.
            return "{\n  \"$schema\" : \"\(SARIFLog.schemaURI)\",\n  \"runs\" : [],\n  \"version\" : \"2.1.0\"\n}\n"
        }
    }

    /// The SARIF log of a report, before encoding.
    package func log(_ report: AuditReport, options: RenderOptions) -> SARIFLog {
        var rules: [SARIFRule] = []
        var ruleIndex: [String: Int] = [:]
        for result in report.results where ruleIndex[result.id] == nil {
            ruleIndex[result.id] = rules.count
            rules.append(rule(result))
        }
        let results = report.failures.flatMap { failure in
            sarifResults(failure, ruleIndex: ruleIndex[failure.id] ?? 0, commit: report.repository.commit)
        }
        let version = ReportText.toolVersion(report.tool)
        let driver = SARIFDriver(name: "groundwork", version: version, semanticVersion: version, informationUri: options.informationURI, rules: rules)
        let run = SARIFRun(
            tool: SARIFTool(driver: driver),
            invocations: [invocation(report)],
            versionControlProvenance: provenance(report.repository),
            results: results,
            properties: SARIFPropertyBag(
                commit: report.repository.commit, branch: report.repository.branch,
                overallScore: report.scores.overall, areaScores: report.scores.areas
            )
        )
        return SARIFLog(runs: [run])
    }

    /// `error` for critical and high, `warning` for medium, `note` below.
    package static func level(_ severity: Severity) -> String {
        switch severity {
        case .critical, .high: "error"
        case .medium: "warning"
        case .low, .info: "note"
        }
    }

    /// A repository-relative path as a URI reference: each byte outside the safe set percent-encoded.
    package static func uri(forPath path: String) -> String {
        let relative = path.drop { $0 == "/" }
        return relative.addingPercentEncoding(withAllowedCharacters: uriPathAllowed) ?? String(relative)
    }

    private func rule(_ result: CheckResult) -> SARIFRule {
        let isSecurity = result.area == .security || result.area == .actions
        return SARIFRule(
            id: result.id,
            name: Self.ruleName(result.id),
            shortDescription: SARIFMessage(text: result.title),
            fullDescription: SARIFMessage(text: result.rationale),
            help: help(result),
            defaultConfiguration: SARIFConfiguration(level: Self.level(result.severity)),
            properties: SARIFPropertyBag(
                tags: [result.area.rawValue] + (result.area == .actions ? ["security"] : []),
                securitySeverity: isSecurity ? Self.securitySeverity(result.severity) : nil
            )
        )
    }

    private func help(_ result: CheckResult) -> SARIFMessage {
        let hours = ReportText.hours(result.effortHours)
        guard let command = ReportText.fixCommand(result) else {
            let fix = "No groundwork brick fixes this; fixing it by hand takes about \(hours)."
            return SARIFMessage(text: result.rationale + "\n\n" + fix, markdown: MarkdownEscaping.text(result.rationale) + "\n\n" + fix)
        }
        let bricks = result.fixedBy.joined(separator: ", ")
        return SARIFMessage(
            text: "\(result.rationale)\n\nFixed by the groundwork brick\(result.fixedBy.count == 1 ? "" : "s") \(bricks): run `\(command)` (saves about \(hours)).",
            markdown: "\(MarkdownEscaping.text(result.rationale))\n\n**Fix:** \(MarkdownEscaping.code(command)) "
                + "(brick\(result.fixedBy.count == 1 ? "" : "s") \(result.fixedBy.map { MarkdownEscaping.code($0) }.joined(separator: ", "))) saves about \(hours) of manual work."
        )
    }

    private func sarifResults(_ failure: CheckResult, ruleIndex: Int, commit: String?) -> [SARIFResult] {
        let evidence = failure.evidence.isEmpty ? [Evidence(failure.title)] : failure.evidence
        return evidence.map { item in
            var locations: [SARIFLocation]?
            if let path = item.path, !path.isEmpty {
                let region = item.line.flatMap { $0 >= 1 ? SARIFRegion(startLine: $0) : nil }
                let artifact = SARIFArtifactLocation(uri: Self.uri(forPath: path), uriBaseId: Self.sourceRoot)
                locations = [SARIFLocation(physicalLocation: SARIFPhysicalLocation(artifactLocation: artifact, region: region))]
            }
            var message = item.message.isEmpty ? failure.title : item.message
            if let liveness = item.liveness { message += " (provider verdict: \(liveness))" }
            return SARIFResult(
                ruleId: failure.id,
                ruleIndex: ruleIndex,
                level: Self.level(failure.severity),
                message: SARIFMessage(text: message),
                locations: locations,
                partialFingerprints: [SARIFFingerprint.key: SARIFFingerprint.fingerprint(ruleID: failure.id, path: item.path, message: item.message)],
                properties: (item.commit ?? commit) == nil && item.liveness == nil
                    ? nil : SARIFPropertyBag(commit: item.commit ?? commit, liveness: item.liveness)
            )
        }
    }

    private func invocation(_ report: AuditReport) -> SARIFInvocation {
        var notes = report.problems.map { SARIFNotification(level: "warning", message: SARIFMessage(text: $0.message)) }
        if let verification = report.secretVerification {
            notes.insert(SARIFNotification(level: "note", message: SARIFMessage(text: verification)), at: 0)
        }
        if report.repository.skippedLargeFiles > 0 {
            notes.append(SARIFNotification(level: "note", message: SARIFMessage(text: "\(report.repository.skippedLargeFiles) large files skipped by content checks")))
        }
        // An incomplete audit is reported as a run that did not succeed, so code scanning does not close
        // alerts that the audit merely failed to see.
        return SARIFInvocation(executionSuccessful: report.isComplete, toolExecutionNotifications: notes.isEmpty ? nil : notes)
    }

    private func provenance(_ repository: RepositoryInfo) -> [SARIFVersionControlDetails]? {
        guard let scheme = repository.source.range(of: "://").map({ repository.source[..<$0.lowerBound].lowercased() }),
            ["https", "http", "ssh", "git"].contains(scheme)
        else { return nil }
        return [SARIFVersionControlDetails(repositoryUri: repository.source, revisionId: repository.commit, branch: repository.branch)]
    }

    /// `docs.readme` → `DocsReadme`: SARIF's readable rule name.
    private static func ruleName(_ id: String) -> String {
        id.split { !$0.isLetter && !$0.isNumber }.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// GitHub's numeric severity for security rules (critical above 9, high from 7, medium from 4).
    private static func securitySeverity(_ severity: Severity) -> String? {
        switch severity {
        case .critical: "9.5"
        case .high: "8.0"
        case .medium: "5.5"
        case .low: "3.0"
        case .info: nil
        }
    }
}
