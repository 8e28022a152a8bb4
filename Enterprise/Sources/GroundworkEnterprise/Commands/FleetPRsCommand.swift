#if Enterprise
import ArgumentParser
import Foundation
import GroundworkBasics
import GroundworkCLI
import GroundworkFleet

/// `groundwork fleet prs status|merge|close|comment`: follow the requests a campaign opened.
package struct FleetPRsCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "prs",
        abstract: "Follow the pull and merge requests of fleet apply campaigns: status, merge, close, comment.",
        discussion: "Reads the fleet store; tokens come from the environment variables the fleet file named (token_env). See docs/fleet-apply.md.",
        subcommands: [FleetPRsStatusCommand.self, FleetPRsMergeCommand.self, FleetPRsCloseCommand.self, FleetPRsCommentCommand.self]
    )

    package init() {}
}

/// What every `fleet prs` subcommand takes.
struct FleetPRsOptions: ParsableArguments {
    @Option(help: "The fleet file (its folder holds the default store).")
    var fleet = FleetConfiguration.defaultFileName

    @Option(help: "Only this campaign (default: every campaign).")
    var campaign: String?

    @Option(name: .customLong("store"), help: "The fleet store: sqlite:PATH or postgres://… (default: defaults.store, else .groundwork/fleet.db beside the fleet file).")
    var storeURL: String?

    @Option(help: "Output format: text, json, csv or markdown.")
    var format: FleetCampaignFormat = .text

    /// Runs `action` and prints every record of the campaign(s).
    func run(_ action: FleetRequestFollower.Action) async throws {
        let environment = ProcessInfo.processInfo.environment
        let configuration = try FleetConfiguration.load(fleet)
        let store = try FleetStoreFactory.openCampaignStore(url: storeURL ?? configuration.defaults.store, fleetFile: configuration.file)
        let records = try await FleetRequestFollower(store: store, environment: environment).run(action, campaign: campaign)
        Terminal.standardOutput.write(format.render(records))
    }
}

/// `fleet prs status`: read each open request's state, review decision, mergeability and checks.
struct FleetPRsStatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: "Read the state, approval, mergeability and checks of every open request.")
    @OptionGroup var options: FleetPRsOptions
    func run() async throws { try await options.run(.status) }
}

/// `fleet prs merge`: merge the requests that are approved and green.
struct FleetPRsMergeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "merge", abstract: "Merge the requests that are approved and whose checks are green; leave the others.")
    @OptionGroup var options: FleetPRsOptions
    func run() async throws { try await options.run(.merge) }
}

/// `fleet prs close`: close the open requests (they are not reopened by a later run).
struct FleetPRsCloseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "close", abstract: "Close the open requests; a later fleet apply does not reopen them.")
    @OptionGroup var options: FleetPRsOptions
    func run() async throws { try await options.run(.close) }
}

/// `fleet prs comment`: add a comment to every open request.
struct FleetPRsCommentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "comment", abstract: "Add a comment to every open request.")
    @OptionGroup var options: FleetPRsOptions
    @Option(help: "The comment (Markdown).")
    var body: String
    func run() async throws { try await options.run(.comment(body)) }
}
#endif
