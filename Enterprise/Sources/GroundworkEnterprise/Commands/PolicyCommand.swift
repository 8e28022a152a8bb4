#if Enterprise
import ArgumentParser
import GroundworkFleet

/// `groundwork policy`: hold repositories to policy.yaml.
public struct PolicyCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "policy",
        abstract: "Check a repository against a policy (levels, gates, campaigns, exemptions).",
        discussion: "See docs/policy.md.",
        subcommands: [PolicyCheckCommand.self]
    )

    public init() {}
}
#endif
