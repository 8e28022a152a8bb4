#if Enterprise
import ArgumentParser
import Foundation
import GroundworkBasics
import GroundworkBricks
import GroundworkCLI
import GroundworkFleet
import GroundworkLicense

/// `groundwork fleet apply ID…`: apply bricks to every repository of the fleet on `groundwork/<campaign>`,
/// verify, push, and record each repository's state in the fleet store.
package struct FleetApplyCommand: AsyncParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Apply bricks across the fleet as a campaign branch per repository: plan, verify, push (docs/fleet-apply.md).",
        discussion: """
            A re-run continues where the last one stopped and never makes a second commit or request. A campaign \
            branch holding a commit groundwork did not write is never rewritten (needs_human). Tokens: \
            GROUNDWORK_GIT_TOKEN or a credentials file of `HOST TOKEN` lines. Exit codes: 0 ok, 1 a repository \
            needs a person (needs_human, conflicted, verification failed) or the canary failed, 2 a repository \
            could not be worked on, 64 bad fleet file or option.
            """
    )

    @Argument(help: "The bricks to apply, by id.")
    var ids: [String]

    @Option(help: "The fleet file.")
    var fleet = FleetConfiguration.defaultFileName

    @Option(help: "The campaign's name; the branch is groundwork/<campaign> (default: the ids joined by -).")
    var campaign: String?

    @Flag(help: "Print each repository's plan and unified diff; push nothing and record nothing.")
    var dryRun = false

    @Option(help: "What to do with an existing campaign branch: skip, merge-if-clean or replace.")
    var strategy: FleetApplyStrategy = .mergeIfClean

    @Flag(help: "Run each repository's detected test command before pushing.")
    var runTests = false

    @Option(help: "Seconds the tests may take per repository.")
    var testTimeout = 600

    @Option(help: "Apply to the first N repositories first and stop when one of them fails.")
    var canary: Int?

    @Option(help: "Where branches go on hosted repositories: auto (a fork when the token cannot push), always (a fork) or never.")
    var fork: FleetForkMode = .auto

    @Flag(help: "Push the campaign branches but open no pull or merge request.")
    var noRequests = false

    @Flag(help: "Open requests ready for review rather than as drafts.")
    var ready = false

    @Option(help: "Open no new request while this many requests of the campaign have checks pending.")
    var maxPending: Int?

    @Option(help: "Repositories worked on at once (default: defaults.jobs, else 2).")
    var jobs: Int?

    @Option(name: .customLong("store"), help: "Where states are recorded: sqlite:PATH or postgres://… (default: defaults.store, else .groundwork/fleet.db beside the fleet file).")
    var storeURL: String?

    @Option(help: "A credentials file of `HOST TOKEN` lines (default: ~/.config/groundwork/credentials when present).")
    var credentials: String?

    @Option(help: ArgumentHelp("Set a parameter: BRICK.NAME=VALUE. Repeatable.", valueName: "BRICK.NAME=VALUE"))
    var param: [String] = []

    @Option(name: .customLong("bricks"), help: ArgumentHelp("More bricks: a folder, git+https://…@TAG, or https://…tar.gz#sha256=HEX. Repeatable.", valueName: "SOURCE"))
    var brickSources: [String] = []

    @Option(help: "Output format of the summary: text, json, csv or markdown.")
    var format: FleetCampaignFormat = .text

    package init() {}

    package func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let canary, canary < 1 { throw ValidationError("--canary must be at least 1") }
        if let maxPending, maxPending < 1 { throw ValidationError("--max-pending must be at least 1") }
        if testTimeout < 1 { throw ValidationError("--test-timeout must be at least 1 second") }
        if let problem = FleetApplyOptions.campaignNameProblem(campaignName) { throw ValidationError(problem) }
    }

    var campaignName: String { campaign ?? ids.joined(separator: "-") }

    package func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let configuration = try FleetConfiguration.load(fleet)
        let now = try GroundworkClock.now(environment: environment)
        let entitlement = LicenseStore(environment: environment).status(now: now).entitlement
        printWarnings(entitlement.warnings)
        let directories = Directories.resolve()
        let library = try await BrickLibrary.load(sources: try brickSources.map { source throws(BrickError) in try BrickSource.parse(source) })
        for id in ids { _ = try library.require(id) }

        let repositories = try await FleetSourceResolver(environment: environment).resolve(configuration)
        let store = try FleetStoreFactory.openCampaignStore(url: storeURL ?? configuration.defaults.store, fleetFile: configuration.file)
        var options = FleetApplyOptions(campaign: campaignName, mirrorRoot: directories.cache + "/fleet-apply", entitlement: entitlement, directories: directories)
        options.strategy = strategy
        options.dryRun = dryRun
        options.runTests = runTests
        options.testTimeout = .seconds(testTimeout)
        options.canary = canary
        options.openRequests = !noRequests
        options.fork = fork
        options.draft = !ready
        options.maxPendingChecks = maxPending
        options.jobs = jobs ?? configuration.defaults.jobs ?? 2
        options.now = now
        options.credentials = try FleetCredentials.load(environment: environment, file: credentials, configFolder: directories.config)
        options.credentials.addAPITokens(for: repositories, environment: environment)
        let scrub = options.credentials
        if format == .text || dryRun {
            options.output = { text in Terminal.standardOutput.write(scrub.scrub(text)) }
        }
        let change = BrickFleetChange(ids: ids, parameters: param, library: library)
        let outcome = try await FleetApplier(store: store).run(repositories: repositories, change: change, options: options)
        let rendered = format == .text ? outcome.text() : format.render(outcome.records, evaluationMarker: outcome.evaluationMarker)
        Terminal.standardOutput.write(scrub.scrub(rendered))
        if outcome.exitStatus != .success { throw ExitCode(outcome.exitStatus.rawValue) }
    }
}

extension FleetApplyStrategy: ExpressibleByArgument {}
extension FleetForkMode: ExpressibleByArgument {}
extension FleetCampaignFormat: ExpressibleByArgument {}
#endif
