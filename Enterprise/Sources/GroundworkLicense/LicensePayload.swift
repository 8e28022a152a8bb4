#if Enterprise
import Foundation

/// What a license grants, as signed by the vendor: who, which plan, until when, how many repositories,
/// which features.
package struct LicensePayload: Sendable, Equatable {
    /// The payload format this build reads and writes.
    package static let currentFormatVersion = 1
    /// Days a license keeps working after it expires, unless the vendor says otherwise.
    package static let defaultGraceDays = 14
    /// The longest grace period a license may carry.
    package static let maximumGraceDays = 365

    /// The payload format version (`format_version`).
    package var formatVersion: Int
    /// Identifies this license in the vendor's records (`license_id`).
    package var licenseID: UUID
    /// Who the license is for (`licensee`).
    package var licensee: String
    /// The commercial plan, e.g. `team` or `agency` (`plan`).
    package var plan: String
    /// The day the license was issued (`issued`).
    package var issued: LicenseDate
    /// The last day the license is valid (`expires`), inclusive, in UTC.
    package var expires: LicenseDate
    /// Days after `expires` during which the license still works, with a warning (`grace_days`).
    package var graceDays: Int
    /// How many repositories Enterprise commands may cover; nil means unlimited (`max_repositories`).
    package var maxRepositories: Int?
    /// The features granted (`features`).
    package var features: [LicenseFeature]

    package init(
        formatVersion: Int = LicensePayload.currentFormatVersion,
        licenseID: UUID = UUID(),
        licensee: String,
        plan: String,
        issued: LicenseDate,
        expires: LicenseDate,
        graceDays: Int = LicensePayload.defaultGraceDays,
        maxRepositories: Int?,
        features: [LicenseFeature]
    ) {
        self.formatVersion = formatVersion
        self.licenseID = licenseID
        self.licensee = licensee
        self.plan = plan
        self.issued = issued
        self.expires = expires
        self.graceDays = graceDays
        self.maxRepositories = maxRepositories
        self.features = features
    }

    /// The last day of the grace period: the license stops working the day after.
    package var graceEnds: LicenseDate { expires.adding(days: graceDays) }

    /// The JSON member names, in the order the issuer writes them.
    enum Field {
        static let formatVersion = "format_version"
        static let licenseID = "license_id"
        static let licensee = "licensee"
        static let plan = "plan"
        static let issued = "issued"
        static let expires = "expires"
        static let graceDays = "grace_days"
        static let maxRepositories = "max_repositories"
        static let features = "features"
    }

    /// The first value that no license may carry, as the field it is in and what is expected of it.
    package var problem: (field: String, message: String)? {
        if formatVersion != Self.currentFormatVersion {
            return (Field.formatVersion, "expected format version \(Self.currentFormatVersion), found \(formatVersion)")
        }
        if licensee.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            return (Field.licensee, "expected the licensee's name, found an empty string")
        }
        if plan.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            return (Field.plan, "expected the plan's name, found an empty string")
        }
        if expires < issued {
            return (Field.expires, "expected the expiry date (\(expires)) to be on or after the issue date (\(issued))")
        }
        if !(0...Self.maximumGraceDays).contains(graceDays) {
            return (Field.graceDays, "expected grace days between 0 and \(Self.maximumGraceDays), found \(graceDays)")
        }
        if let maxRepositories, maxRepositories < 1 {
            return (Field.maxRepositories, "expected at least 1 repository (or null for unlimited), found \(maxRepositories)")
        }
        if let bad = features.first(where: { !$0.isWellFormed }) {
            return (Field.features, "expected feature ids of lowercase letters, digits and hyphens, found \"\(bad)\"")
        }
        if Set(features).count != features.count {
            return (Field.features, "expected each feature once, found duplicates")
        }
        return nil
    }
}

extension LicensePayload {
    /// Reads a payload object, checking every field; errors name the line and what was expected.
    init(json: LicenseJSON, file: String) throws(LicenseError) {
        let reader = try LicenseJSON.FieldReader(json, file: file, context: "the payload")
        let version = try reader.integer(Field.formatVersion, "the payload format version, an integer")
        if version > Self.currentFormatVersion {
            throw LicenseError.unsupportedVersion(file, line: reader.line(of: Field.formatVersion), version: version)
        }
        self.init(
            formatVersion: version,
            licenseID: try reader.uuid(Field.licenseID),
            licensee: try reader.string(Field.licensee, "the licensee's name, a string"),
            plan: try reader.string(Field.plan, "the plan's name, a string"),
            issued: try reader.date(Field.issued),
            expires: try reader.date(Field.expires),
            graceDays: try reader.integer(Field.graceDays, "a number of days, an integer"),
            maxRepositories: try reader.optionalInteger(Field.maxRepositories, "an integer, or null for unlimited"),
            features: try reader.strings(Field.features, "an array of feature ids").map(LicenseFeature.init(rawValue:))
        )
        if let problem {
            throw LicenseError.shape(file, line: reader.line(of: problem.field), problem.message)
        }
    }

    /// The payload as a JSON object, members in documentation order.
    var json: LicenseJSON {
        var members: [(String, LicenseJSON.Value)] = [
            (Field.formatVersion, .number(String(formatVersion))),
            (Field.licenseID, .string(licenseID.uuidString.lowercased())),
            (Field.licensee, .string(licensee)),
            (Field.plan, .string(plan)),
            (Field.issued, .string(issued.description)),
            (Field.expires, .string(expires.description)),
            (Field.graceDays, .number(String(graceDays))),
        ]
        members.append((Field.maxRepositories, maxRepositories.map { .number(String($0)) } ?? .null))
        members.append((Field.features, .array(features.map { LicenseJSON(.string($0.rawValue)) })))
        return LicenseJSON(.object(members.map { LicenseJSON.Member(key: $0.0, line: 0, value: LicenseJSON($0.1)) }))
    }
}
#endif
