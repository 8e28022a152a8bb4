#if Enterprise
import ArgumentParser

/// `groundwork scale`: measure how a service scales and size it.
package struct ScaleCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "scale",
        abstract: "Measure a service under load and write its capacity sheet (HPA, PDB, pool and PgBouncer sizes).",
        discussion: "See docs/recipes.md, \"The capacity sheet\". Needs the licence feature `recipes` (evaluation mode has it).",
        subcommands: [ScaleReportCommand.self]
    )

    package init() {}
}
#endif
