#if Enterprise
import ArgumentParser
import Foundation
import GroundworkBasics
import GroundworkLicense

/// `groundwork license install FILE`: verify a license and copy it into the config directory.
package struct LicenseInstallCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "install",
        abstract: "Verify a license file and install it as <config dir>/\(LicenseStore.fileName)."
    )

    @Argument(help: "The license file the vendor sent.")
    var file: String

    package init() {}

    package func run() throws {
        let store = LicenseStore()
        let status: LicenseStatus
        do {
            status = try store.install(from: file, now: Date())
        } catch {
            printToStandardError("error: license not installed: \(error)")
            throw ExitCode(ExitStatus.usage.rawValue)
        }
        print("installed: \(status.file ?? store.installedPath)")
        print(status.verdict)
        printWarnings(status.warnings)
        if let override = store.overridePath {
            printToStandardError("note: \(LicenseStore.environmentVariable) is set, so \(override) is used instead until it is unset")
        }
    }
}
#endif
