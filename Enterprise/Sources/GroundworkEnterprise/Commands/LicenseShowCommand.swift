#if Enterprise
import ArgumentParser
import Foundation
import GroundworkLicense

/// `groundwork license show`: what the license in effect grants.
package struct LicenseShowCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show the license in effect: licensee, plan, expiry, repositories, features, status."
    )

    package init() {}

    package func run() throws {
        let status = LicenseStore().status(now: Date())
        print(status.details)
        // A missing or invalid license is already explained by the details; its warning would repeat them.
        switch status.state {
        case .valid, .inGrace, .expired: printWarnings(status.warnings)
        case .missing, .invalid: break
        }
    }
}
#endif
