#if Enterprise
import ArgumentParser
import GroundworkFleet

/// `groundwork policy`: hold repositories to policy.yaml.
package struct PolicyCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "policy",
        abstract: "Check a repository against a policy (levels, gates, campaigns, exemptions).",
        discussion: "See docs/policy.md.",
        subcommands: [PolicyCheckCommand.self]
    )

    package init() {}
}
#endif
