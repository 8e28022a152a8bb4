#if Enterprise
import ArgumentParser
import Foundation
import GroundworkAudit
import GroundworkAuditModel
import GroundworkBasics
import GroundworkCLI
import GroundworkFleet
import GroundworkLicense
import GroundworkRecipes

/// `groundwork policy check [PATH] --policy FILE`: audit one repository and gate it in CI.
package struct PolicyCheckCommand: AsyncParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Audit one repository and apply a policy: exit 0 when every gate passes, 1 when one fails.",
        discussion: "Exit codes: 0 gates passed, 1 a gate failed, 2 the audit could not read everything, 64 bad policy (file:line) or usage."
    )

    @Argument(help: "A repository path or a git URL.")
    var source = "."

    @Option(help: "The policy file.")
    var policy: String

    @Option(help: "The repository's name in the policy's exemptions (default: the folder or URL name).")
    var repo: String?

    @Option(help: "Output format: text or json.")
    var format: FleetOutputFormat = .text

    package init() {}

    package func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let policy = try Policy.load(policy)
        let now = try GroundworkClock.now(environment: environment)
        let entitlement = LicenseStore(environment: environment).status(now: now).entitlement
        printWarnings(entitlement.warnings)
        var options = AuditOptions()
        options.checks = ScaleChecks.enterpriseAudit
        options.now = now
        let source = source
        let auditOptions = options
        let outcome: Result<AuditReport, any Error> = await FleetAuditor.onThread { Result { try Auditor.audit(source, options: auditOptions) } }
        let report = try outcome.get()
        let name = repo ?? Self.repositoryName(source)
        let evaluation = policy.evaluate(report, repository: name, now: now)
        switch format {
        case .text:
            Terminal.standardOutput.write(evaluation.text(repository: name, marker: entitlement.reportMarker))
        case .json:
            struct Document: Encodable {
                var repository: String
                var commit: String?
                var evaluation: String?
                var gatesPassed: Bool
                var policy: PolicyEvaluation
            }
            Terminal.standardOutput.write(
                try FleetJSON.encode(
                    Document(
                        repository: name, commit: report.repository.commit, evaluation: entitlement.reportMarker,
                        gatesPassed: evaluation.gatesPassed, policy: evaluation
                    )))
        }
        if !evaluation.gatesPassed { throw ExitCode(ExitStatus.gateFailed.rawValue) }
        if !report.isComplete {
            printToStandardError("incomplete: \(report.problems.map(\.message).joined(separator: "; "))")
            throw ExitCode(ExitStatus.incomplete.rawValue)
        }
    }

    /// The folder name of a path, `owner/repo` of a URL.
    static func repositoryName(_ source: String) -> String {
        if source.contains("://") || (source.contains("@") && source.contains(":")) { return GitLocation.repositoryName(source) }
        let path = FleetPaths.absolute(source, relativeTo: FileManager.default.currentDirectoryPath)
        return (path as NSString).lastPathComponent
    }
}
#endif
