#if Enterprise
import ArgumentParser
import Foundation
import GroundworkAudit
import GroundworkBasics
import GroundworkCLI
import GroundworkFleet
import GroundworkLicense
import GroundworkRecipes

/// `groundwork fleet audit`: audit every repository of the fleet in parallel, gate on the policy, store the results.
package struct FleetAuditCommand: AsyncParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Audit every repository of a fleet in parallel, apply the policy, and record the results.",
        discussion: """
            Shards are 1-based: --shard 2/3 audits the second third; --shard auto/3 takes the shard from \
            JOB_COMPLETION_INDEX (0-based, Kubernetes Indexed Jobs). Give every shard the same --run ID. \
            Exit codes: 0 ok, 1 a repository failed a policy gate, 2 a repository could not be audited, \
            64 bad fleet file, policy or option.
            """
    )

    @Option(help: "The fleet file.")
    var fleet = FleetConfiguration.defaultFileName

    @Option(help: "The policy file (default: defaults.policy of the fleet file; none when absent).")
    var policy: String?

    @Option(help: "Repositories audited at once (default: defaults.jobs, else the number of cores).")
    var jobs: Int?

    @Option(help: "Audit one shard of the fleet: I/N (1-based) or auto/N (from JOB_COMPLETION_INDEX).")
    var shard: String?

    @Option(name: .customLong("run"), help: "The run id shared by every shard (default: a new id).")
    var runID: String?

    @Option(name: .customLong("store"), help: "Where to record results: sqlite:PATH or postgres://… (default: defaults.store, else .groundwork/fleet.db beside the fleet file).")
    var storeURL: String?

    @Option(help: "Output format: text or json.")
    var format: FleetOutputFormat = .text

    @Flag(help: "Do not read or write the audit result cache.")
    var noCache = false

    package init() {}

    package func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let runID, runID.isEmpty || runID.count > 200 { throw ValidationError("--run must be a non-empty id") }
    }

    package func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let configuration = try FleetConfiguration.load(fleet)
        let shard = try shard.map { try FleetShard.parse($0, environment: environment) }
        let policyFile = policy.map { FleetPaths.absolute($0, relativeTo: FileManager.default.currentDirectoryPath) } ?? configuration.defaults.policy
        let policy = try policyFile.map { try Policy.load($0) }
        let now = try GroundworkClock.now(environment: environment)
        let entitlement = LicenseStore(environment: environment).status(now: now).entitlement
        printWarnings(entitlement.warnings)

        printWarnings(configuration.plainHTTPTokenWarnings)
        let repositories = try await FleetSourceResolver(environment: environment).resolve(configuration)
        let store: any FleetStore
        do {
            store = try FleetStoreFactory.open(url: storeURL ?? configuration.defaults.store, fleetFile: configuration.file)
        } catch let error as FleetStoreError where storeURL == nil && error.code == .badURL {
            // The bad value came from the fleet file, not the command line: say where to fix it.
            throw FleetStoreError(.badURL, error.message.replacingOccurrences(of: "--store", with: "\(configuration.file): defaults.store"))
        }

        var audit = AuditOptions()
        audit.checks = ScaleChecks.enterpriseAudit
        audit.now = now
        audit.useCache = !noCache
        let progress = FleetProgressLine(enabled: Terminal.standardError.isInteractive)
        var options = FleetAuditOptions(
            jobs: jobs ?? configuration.defaults.jobs ?? ProcessInfo.processInfo.activeProcessorCount,
            shard: shard, policy: policy, entitlement: entitlement, audit: audit
        )
        if progress.isEnabled {
            options.progress = { done, total, result in progress.update(done: done, total: total, result: result) }
        }
        if let runID { options.runID = runID }
        let outcome = try await FleetAuditor(store: store).run(fleet: configuration.name, repositories: repositories, options: options)
        progress.finish()

        Terminal.standardOutput.write(format == .json ? try outcome.json() : outcome.text())
        if outcome.exitStatus != ExitStatus.success { throw ExitCode(outcome.exitStatus.rawValue) }
    }
}
#endif
