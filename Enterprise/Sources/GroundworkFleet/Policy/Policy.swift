#if Enterprise
import Foundation
import GroundworkFormats
import GroundworkAuditModel
import GroundworkLicense

/// `policy.yaml`: the levels a repository can reach, the gates that fail CI, campaigns with due dates,
/// and exemptions with an expiry.
package struct Policy: Sendable {
    /// The only version of the format so far.
    package static let currentVersion = 1

    /// A rung of the ladder (bronze, silver, gold…): its checks must pass and its score be reached.
    package struct Level: Sendable, Equatable {
        package var name: String
        package var checks: [String]
        package var minScore: Int?
        package var line: Int

        package init(name: String, checks: [String], minScore: Int? = nil, line: Int = 0) {
            self.name = name
            self.checks = checks
            self.minScore = minScore
            self.line = line
        }
    }

    /// A condition that fails CI.
    package struct Gate: Sendable, Equatable, CustomStringConvertible {
        /// What the gate looks at.
        package enum Kind: Sendable, Equatable {
            /// This check must not fail.
            case check(String)
            /// No check of this severity or higher may fail.
            case severity(Severity)
            /// The overall score must be at least this.
            case minScore(Int)
        }

        package var kind: Kind
        package var line: Int

        package init(_ kind: Kind, line: Int = 0) {
            self.kind = kind
            self.line = line
        }

        /// `check docs.readme`, `severity high`, `min_score 70`.
        package var description: String {
            switch kind {
            case .check(let id): "check \(id)"
            case .severity(let severity): "severity \(severity.rawValue)"
            case .minScore(let score): "min_score \(score)"
            }
        }
    }

    /// Checks that must pass by a date: warnings until then, gates after it.
    package struct Campaign: Sendable, Equatable {
        package var name: String
        package var checks: [String]
        /// The last day the campaign only warns.
        package var due: LicenseDate
        package var line: Int

        package init(name: String, checks: [String], due: LicenseDate, line: Int = 0) {
            self.name = name
            self.checks = checks
            self.due = due
            self.line = line
        }
    }

    /// A failing check that does not count for one repository, until it expires.
    package struct Exemption: Sendable, Equatable {
        /// The repository's fleet name (`acme/orders-api`, or the folder name of a path).
        package var repository: String
        package var check: String
        package var reason: String
        package var ticket: String?
        /// The last day it exempts.
        package var expires: LicenseDate
        package var line: Int

        package init(repository: String, check: String, reason: String, ticket: String? = nil, expires: LicenseDate, line: Int = 0) {
            self.repository = repository
            self.check = check
            self.reason = reason
            self.ticket = ticket
            self.expires = expires
            self.line = line
        }

        /// Whether it exempts the repository with this fleet name (exactly: `api` does not cover `acme/api`).
        package func covers(repository name: String) -> Bool {
            repository == name
        }
    }

    package var levels: [Level]
    package var gates: [Gate]
    package var campaigns: [Campaign]
    package var exemptions: [Exemption]
    /// The policy file, for messages.
    package var file: String

    package init(levels: [Level] = [], gates: [Gate] = [], campaigns: [Campaign] = [], exemptions: [Exemption] = [], file: String = "policy.yaml") {
        self.levels = levels
        self.gates = gates
        self.campaigns = campaigns
        self.exemptions = exemptions
        self.file = file
    }

    /// Reads and checks the policy file at `path` against the known check ids.
    package static func load(_ path: String, knownChecks: [String] = PolicyParser.registeredCheckIDs) throws(ConfigurationFileError) -> Policy {
        let absolute = FleetPaths.absolute(path, relativeTo: FileManager.default.currentDirectoryPath)
        return try ConfigurationFileError.wrapping { () throws(FormatError) in
            try PolicyParser.parse(StrictYAMLReader.loadMapping(path: absolute, allowed: PolicyParser.topKeys), file: absolute, knownChecks: knownChecks)
        }
    }

    /// Parses policy YAML `text` as if read from `file`.
    package static func parse(_ text: String, file: String = "policy.yaml", knownChecks: [String] = PolicyParser.registeredCheckIDs) throws(ConfigurationFileError) -> Policy {
        try ConfigurationFileError.wrapping { () throws(FormatError) in
            try PolicyParser.parse(StrictYAMLReader(file: file).mapping(text, allowed: PolicyParser.topKeys), file: file, knownChecks: knownChecks)
        }
    }
}
#endif
