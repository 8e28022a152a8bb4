#if Enterprise
import ArgumentParser
import GroundworkFleet

/// `groundwork fleet`: list, audit and report on every repository of an agency.
package struct FleetCommand: ParsableCommand {
    /// The fleet subcommands; `fleet report` and `fleet merge` (Store/Reports) join here.
    static let subcommands: [any ParsableCommand.Type] = [FleetListCommand.self, FleetAuditCommand.self] + extraSubcommands
    /// Subcommands defined beside the store and the reports.
    static let extraSubcommands: [any ParsableCommand.Type] = [FleetReportCommand.self, FleetMergeCommand.self, FleetApplyCommand.self, FleetPRsCommand.self, FleetConsumersCommand.self]

    package static let configuration = CommandConfiguration(
        commandName: "fleet",
        abstract: "Audit every repository of a fleet (fleet.yaml), hold them to a policy, and report.",
        discussion: "See docs/fleet.md. Exit codes: 0 ok, 1 a policy gate failed, 2 a repository could not be audited, 64 bad fleet or policy file.",
        subcommands: subcommands
    )

    package init() {}
}

/// `--format` of fleet and policy commands.
enum FleetOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
#endif
