import ArgumentParser
import Foundation
import GroundworkAudit
import GroundworkAuditModel
import GroundworkBasics
import GroundworkReport
import GroundworkSecretVerification
import GroundworkSecrets

/// `groundwork audit`: where a repository stands, what it costs to fix, and which bricks fix it.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Audit a repository: stack, scores per area, findings with evidence, and the bricks that fix them.",
        discussion: """
            PATH may be a work tree or a bare repository; a URL is cloned bare into the cache and \
            fetched on later runs. Exit codes: 0 ok, 1 --fail-on or --min-score tripped, 2 the audit \
            could not read everything, 64 bad usage.
            """
    )

    @Argument(help: "A repository path or a git URL (https://, ssh://, file://, git@host:org/repo).")
    var source = "."

    @Option(name: .customLong("rev"), help: "The revision to audit (default: HEAD).")
    var revision: String?

    @OptionGroup var output: OutputOptions<ReportFormat>

    @Flag(help: "Skip the history walk (secrets in history, authors, activity, large blobs).")
    var noHistory = false

    @Option(help: "Only walk history after this revision or date (YYYY-MM-DD).")
    var since: String?

    @Option(help: "Only run checks of these areas, comma-separated: \(Area.allCases.map(\.rawValue).joined(separator: ",")).")
    var only: String?

    @Option(help: "Exit 1 when a failing check has this severity or higher: critical, high, medium, low.")
    var failOn: Severity?

    @Option(help: "Exit 1 when the overall score is below this (0-100).")
    var minScore: Int?

    @Option(help: "A file of the team's own secret rules (YAML, or a gitleaks .toml configuration; docs/secrets.md).")
    var secretRules: String?

    @Flag(help: "Ask each found credential's provider (read-only endpoints) whether it is live. Off by default: nothing is sent without it.")
    var verifySecrets = false

    @Option(help: "A baseline file of accepted secret findings to leave out (groundwork's, or a gitleaks JSON report).")
    var baseline: String?

    @Option(help: "Write the secret findings of this audit to a baseline file.")
    var writeBaseline: String?

    @Option(help: "History worker threads (default: the number of cores).")
    var jobs: Int?

    @Flag(help: "Do not read or write the result cache.")
    var noCache = false

    func validate() throws {
        if let minScore, !(0...100).contains(minScore) { throw ValidationError("--min-score must be between 0 and 100") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        _ = try areas()
    }

    private func areas() throws -> Set<Area>? {
        guard let only else { return nil }
        return Set(
            try only.split(separator: ",").map { name in
                guard let area = Area(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
                    throw ValidationError("--only: unknown area '\(name)'; expected one of \(Area.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return area
            })
    }

    func run() throws {
        var options = AuditOptions()
        // Reproducible reports (golden files, demos): ages are measured from GROUNDWORK_NOW when set.
        options.now = try GroundworkClock.now()
        options.revision = revision
        options.includeHistory = !noHistory
        options.since = since
        options.areas = try areas()
        options.useCache = !noCache
        if let jobs { options.jobs = jobs }
        if let baseline { options.baseline = try SecretBaseline(contentsOf: baseline).fingerprints }
        if let secretRules { options.secretRules = try SecretRulesFile.load(secretRules) }
        if verifySecrets {
            options.secretVerification = SecretVerification()
            Terminal.standardError.write("--verify-secrets: found credentials will be sent to their providers' read-only endpoints\n")
        }
        let progress = ProgressBar(label: "walking history")
        if progress.isEnabled { options.progress = { done, total in progress.update(done: done, total: total) } }

        let report = try Auditor.audit(source, options: options)
        progress.finish()

        let color = output.output == nil && output.format == .text && Terminal.standardOutput.allowsColor()
        try output.write(output.format.render(report, options: RenderOptions(color: color)), what: "report")
        if let writeBaseline {
            let fingerprints = report.results.flatMap(\.evidence).compactMap(\.fingerprint)
            try SecretBaseline(fingerprints: fingerprints).write(to: writeBaseline)
            Terminal.standardError.write("wrote \(Set(fingerprints).count) fingerprint(s) to \(writeBaseline)\n")
        }
        try gate(report)
    }

    /// Exit 1 for a tripped gate, 2 for an incomplete audit.
    private func gate(_ report: AuditReport) throws {
        // No commit means no evidence: a gate asked for never passes on nothing (an unborn HEAD is
        // reported as incomplete below instead).
        if failOn != nil || minScore != nil, report.repository.commit == nil, report.isComplete {
            Terminal.standardError.write("gate: nothing was audited (the repository has no commits), so no gate can pass\n")
            throw ExitCode(ExitStatus.gateFailed.rawValue)
        }
        if let failOn, let worst = report.failures.first, worst.severity >= failOn {
            Terminal.standardError.write("gate: \(worst.id) failed with severity \(worst.severity.rawValue) (--fail-on \(failOn.rawValue))\n")
            throw ExitCode(ExitStatus.gateFailed.rawValue)
        }
        if let minScore, let overall = report.scores.overall, overall < minScore {
            Terminal.standardError.write("gate: overall score \(overall) is below --min-score \(minScore)\n")
            throw ExitCode(ExitStatus.gateFailed.rawValue)
        }
        if !report.isComplete {
            Terminal.standardError.write("incomplete: \(report.problems.map(\.message).joined(separator: "; "))\n")
            throw ExitCode(ExitStatus.incomplete.rawValue)
        }
    }
}

extension ReportFormat: OutputFormat {
    package static var defaultFormat: ReportFormat { .text }
}
extension Severity: ExpressibleByArgument {}
