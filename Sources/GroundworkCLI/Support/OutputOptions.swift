import ArgumentParser
import Foundation
import GroundworkBasics

/// A format a command can render its result in: named on the command line by its raw value.
package protocol OutputFormat: ExpressibleByArgument, CaseIterable, RawRepresentable, Sendable where RawValue == String {
    /// The format used when `--format` is not given.
    static var defaultFormat: Self { get }
}

/// `--format` and `--output`: the option group every command that renders a report shares, so they read,
/// validate and write the same way.
package struct OutputOptions<Format: OutputFormat>: ParsableArguments {
    @Option(help: ArgumentHelp("Output format: \(Format.allCases.map(\.rawValue).spokenList).", valueName: "format"))
    package var format: Format = .defaultFormat

    @Option(help: "Write the report to this file instead of standard output.")
    package var output: String?

    package init() {}

    /// Writes `text` to the `--output` file (saying so on standard error, naming `what`) or to standard output.
    package func write(_ text: String, what: String) throws(OutputError) {
        guard let output else {
            Terminal.standardOutput.write(text)
            return
        }
        do {
            // A new or regular file is replaced atomically, so a failed write leaves no half-written report;
            // a device or pipe (/dev/stdout, a FIFO) cannot be renamed over and is written in place.
            let type = (try? FileManager.default.attributesOfItem(atPath: output))?[.type] as? FileAttributeType
            let atomic = type == nil || type == .typeRegular
            try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: atomic ? .atomic : [])
        } catch {
            throw OutputError(path: output, cause: error)
        }
        Terminal.standardError.write("wrote \(format.rawValue) \(what) to \(output)\n")
    }
}

/// The `--output` file could not be written (a missing folder, no permission, a full disk).
package struct OutputError: UserFacingError {
    /// The path given to `--output`.
    package let path: String
    /// What the file system said.
    package let cause: any Error

    package var description: String { details.description }

    package var details: ErrorDetails {
        ErrorDetails(
            code: "cli.output", message: "--output \(path): cannot write the report: \(cause.localizedDescription)",
            remedy: "choose a path in a folder that exists and is writable"
        )
    }

    package var exitStatus: ExitStatus { .usage }
}

extension Array where Element == String {
    /// `a, b or c`.
    var spokenList: String {
        count < 2 ? joined() : dropLast().joined(separator: ", ") + " or " + last!
    }
}
