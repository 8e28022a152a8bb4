#if Enterprise
import ArgumentParser
import Foundation
import GroundworkLicense

/// `groundwork license`: install, show and verify the Enterprise license.
package struct LicenseCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "license",
        abstract: "Install, show and verify the groundwork Enterprise license.",
        discussion: """
            Without a valid license, Enterprise commands run in evaluation mode on at most \
            \(Entitlement.evaluationRepositoryLimit) repositories and mark their reports EVALUATION. \
            \(LicenseStore.environmentVariable) names a license file to use instead of the installed one.
            """,
        subcommands: [
            LicenseInstallCommand.self,
            LicenseShowCommand.self,
            LicenseVerifyCommand.self,
        ],
        defaultSubcommand: LicenseShowCommand.self
    )

    package init() {}
}

/// Writes `message` to standard error: errors and warnings, so that standard output stays the result.
func printToStandardError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Prints each warning to standard error.
func printWarnings(_ warnings: [String]) {
    for warning in warnings {
        printToStandardError("warning: \(warning)")
    }
}
#endif
