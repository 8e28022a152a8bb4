import ArgumentParser
import Foundation
import GroundworkBasics

/// The root `groundwork` command. Subcommands are the community commands, plus the ones an edition
/// (the Enterprise module) registers through `main(adding:)` before parsing.
package struct GroundworkCommand: AsyncParsableCommand {
    /// The community commands, in the order `--help` lists them.
    package static let communityCommands: [any ParsableCommand.Type] = [
        AuditCommand.self,
        DoctorCommand.self,
        PlanCommand.self,
        ApplyCommand.self,
        UpdateCommand.self,
        CheckCommand.self,
        BricksCommand.self,
        NewCommand.self,
        LinkCommand.self,
        ContractCommand.self,
        ClientCommand.self,
        ModelCommand.self,
        TokenCommand.self,
    ]

    package static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "groundwork",
            abstract: "Audit a git repository and apply bricks that fix what it lacks.",
            discussion: """
                Exit codes: 0 ok, 1 a gate failed, 2 the run could not complete, \
                64 usage or configuration error, 70 internal error.
                """,
            version: GroundworkVersion.current,
            subcommands: communityCommands + EditionRegistry.commands
        )
    }

    package init() {}

    /// Registers an edition's commands, parses the arguments, runs the command and exits with a
    /// documented status: user errors print their message, bugs ask for a report.
    package static func main(adding editionCommands: [any ParsableCommand.Type]) async -> Never {
        EditionRegistry.commands = editionCommands
        let arguments = Array(CommandLine.arguments.dropFirst())
        do {
            var command = try parseAsRoot(arguments)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            exitUnlessOutputWasLost(ExitStatus.success.rawValue)
        } catch let error as any UserFacingError {
            // The one place errors are printed: every layer's error in the same shape, with the control
            // characters of quoted paths and values escaped.
            Terminal.standardError.write("error: \(VisibleText.escapingControls("\(error.details)", keepingNewlines: true))\n")
            Foundation.exit(error.exitStatus.rawValue)
        } catch  where FileSystemReason.isFileSystemError(error) {
            // A file the run needed could not be read or written (a full disk, a read-only folder) and no
            // layer said which: the environment's fault, not a bug; the run is incomplete. The path and the
            // operating system's reason, as Foundation's own text on Linux names neither.
            let text = "a file could not be read or written: \(FileSystemReason.describe(error))"
            Terminal.standardError.write("error: \(VisibleText.escapingControls(text, keepingNewlines: true))\n")
            Foundation.exit(ExitStatus.incomplete.rawValue)
        } catch let error as InternalError {
            Terminal.standardError.write("\(error)\n")
            Foundation.exit(ExitStatus.internalError.rawValue)
        } catch {
            // ArgumentParser's own errors (usage, --help, --version, ExitCode) keep their codes;
            // anything else reaching here is a bug.
            let code = exitCode(for: error)
            if code == .failure, !(error is ExitCode) {
                Terminal.standardError.write("\(InternalError("unexpected error: \(error)"))\n")
                Foundation.exit(ExitStatus.internalError.rawValue)
            }
            if let exit = error as? ExitCode { exitUnlessOutputWasLost(exit.rawValue) }
            self.exit(withError: error)
        }
    }

    /// Exits with `status`, or with 2 (incomplete) when the report could not be written to standard
    /// output: a verdict nobody can read is not a successful run.
    static func exitUnlessOutputWasLost(_ status: Int32) -> Never {
        if let failure = Terminal.standardOutputFailure {
            Terminal.standardError.write("error: could not write to standard output (\(failure)); the output is lost\n")
            Foundation.exit(ExitStatus.incomplete.rawValue)
        }
        Foundation.exit(status)
    }
}

/// The commands an edition adds, set once at start-up before any parsing.
enum EditionRegistry {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var registered: [any ParsableCommand.Type] = []

    static var commands: [any ParsableCommand.Type] {
        get { lock.withLock { registered } }
        set { lock.withLock { registered = newValue } }
    }
}
