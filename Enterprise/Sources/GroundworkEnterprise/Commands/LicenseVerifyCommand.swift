#if Enterprise
import ArgumentParser
import Foundation
import GroundworkBasics
import GroundworkLicense

/// `groundwork license verify [FILE]`: exit 0 when the license works, 1 when it does not.
package struct LicenseVerifyCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check a license file (by default the one in effect): exit 0 when valid or in grace, 1 otherwise."
    )

    @Argument(help: "The license file to check; the license in effect when omitted.")
    var file: String?

    package init() {}

    package func run() throws {
        let status = file.map { LicenseVerifier().status(ofFileAt: $0, now: Date()) } ?? LicenseStore().status(now: Date())
        guard status.isUsable else {
            printToStandardError(status.verdict)
            printToStandardError(LicenseStatus.evaluationModeLine)
            throw ExitCode(ExitStatus.gateFailed.rawValue)
        }
        print(status.verdict)
        printWarnings(status.warnings)
    }
}
#endif
