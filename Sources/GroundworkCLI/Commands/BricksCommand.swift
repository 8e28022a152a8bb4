import ArgumentParser
import Foundation
import GroundworkBasics
import GroundworkBricks

/// `groundwork bricks`: the brick library — what is available, and what one brick would do here.
struct BricksCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bricks",
        abstract: "List the available bricks, or show what one would write for a repository.",
        subcommands: [BricksListCommand.self, BricksShowCommand.self],
        defaultSubcommand: BricksListCommand.self
    )
}

/// `--bricks SOURCE`, shared by every brick command.
struct BrickSourceOptions: ParsableArguments {
    @Option(
        name: .customLong("bricks"),
        help: ArgumentHelp(
            "More bricks: a folder, git+https://host/repo.git@TAG (or @COMMIT), or https://host/pack.tar.gz#sha256=HEX. Repeatable.",
            valueName: "SOURCE"
        ))
    var sources: [String] = []

    /// The built-in library plus every `--bricks` source, later ones replacing earlier ones by id.
    func library() async throws -> BrickLibrary {
        let parsed = try sources.map { source throws(BrickError) in try BrickSource.parse(source) }
        return try await BrickLibrary.load(sources: parsed)
    }
}

/// The clock commands used before `GroundworkClock` existed; kept as a name so that branches written
/// against it still build. New code says `GroundworkClock`.
typealias CommandClock = GroundworkClock
