#if Enterprise
import Foundation
import GroundworkBasics

/// Where the license in effect lives: `<config dir>/license.json`, or the file `GROUNDWORK_LICENSE_FILE`
/// names; installs a license there after verifying it.
///
/// The environment variable only chooses which file is read. Trust always comes from the verifier's keys.
package struct LicenseStore: Sendable {
    /// The installed license's file name inside the config directory.
    package static let fileName = "license.json"
    /// Names a license file to use instead of the installed one.
    package static let environmentVariable = "GROUNDWORK_LICENSE_FILE"

    /// The groundwork config directory.
    package let configDirectory: String
    /// The file named by `GROUNDWORK_LICENSE_FILE`, which takes precedence over the installed license.
    package let overridePath: String?
    /// Decides whether a license can be trusted.
    package let verifier: LicenseVerifier

    /// A store over `configDirectory`; `overridePath` plays the part of `GROUNDWORK_LICENSE_FILE`.
    package init(configDirectory: String, overridePath: String? = nil, verifier: LicenseVerifier = LicenseVerifier()) {
        self.configDirectory = configDirectory
        self.overridePath = overridePath
        self.verifier = verifier
    }

    /// The store the environment describes: its config directory (`Directories.resolve`) and
    /// `GROUNDWORK_LICENSE_FILE`.
    package init(environment: [String: String] = ProcessInfo.processInfo.environment, verifier: LicenseVerifier = LicenseVerifier()) {
        self.init(
            configDirectory: Directories.resolve(environment: environment).config,
            overridePath: environment[Self.environmentVariable].flatMap { $0.isEmpty ? nil : $0 },
            verifier: verifier
        )
    }

    /// Where `install` puts the license.
    package var installedPath: String {
        (configDirectory.hasSuffix("/") ? configDirectory : configDirectory + "/") + Self.fileName
    }

    /// The license file in effect: the override when set, the installed license otherwise.
    package var activePath: String {
        overridePath ?? installedPath
    }

    /// The status of the license in effect at `now`: missing when nothing is installed and no override is set.
    package func status(now: Date) -> LicenseStatus {
        if let overridePath, !FileManager.default.fileExists(atPath: overridePath) {
            let error = LicenseError(
                code: .unreadable, file: overridePath,
                message: "no license file here, yet \(Self.environmentVariable) names it",
                remedy: "correct \(Self.environmentVariable) or unset it to use the installed license"
            )
            return LicenseStatus(state: .invalid(error), file: overridePath, today: LicenseDate(containing: now))
        }
        if overridePath == nil, !FileManager.default.fileExists(atPath: installedPath) {
            return LicenseStatus(state: .missing, file: nil, today: LicenseDate(containing: now))
        }
        return verifier.status(ofFileAt: activePath, now: now)
    }

    /// Verifies the license file at `path` and copies it, byte for byte, to `installedPath`.
    ///
    /// Refuses a license that is malformed, untrusted, altered or past its grace period, leaving any
    /// installed license as it was. Returns the status of the installed license.
    @discardableResult
    package func install(from path: String, now: Date) throws(LicenseError) -> LicenseStatus {
        let data = try SignedLicense.readFile(at: path)
        let license = try SignedLicense.parse(data, file: path)
        let candidate = verifier.status(of: license, file: path, now: now)
        if let problem = candidate.problem {
            throw problem
        }
        do {
            try FileManager.default.createDirectory(atPath: configDirectory, withIntermediateDirectories: true)
            try data.write(to: URL(fileURLWithPath: installedPath), options: .atomic)
        } catch {
            throw LicenseError.writeFailed(installedPath, error.localizedDescription)
        }
        return verifier.status(of: license, file: installedPath, now: now)
    }
}
#endif
