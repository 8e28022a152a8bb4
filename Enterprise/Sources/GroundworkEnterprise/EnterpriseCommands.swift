#if Enterprise
import ArgumentParser

/// The Enterprise commands the `groundwork` executable registers when built with the Enterprise trait.
package enum EnterpriseCommands {
    /// Every top-level Enterprise command, in help order.
    package static let all: [any ParsableCommand.Type] = [
        LicenseCommand.self,
        FleetCommand.self,
        PolicyCommand.self,
        RecipesCommand.self,
        ScaleCommand.self,
    ]
}
#endif
