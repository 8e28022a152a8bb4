#if Enterprise
/// Where the license in effect stands on a given day, and the entitlement that follows from it.
package struct LicenseStatus: Sendable {
    /// The state of the license in effect.
    package enum State: Sendable, Equatable {
        /// No license file: evaluation mode.
        case missing
        /// Signed by a trusted key and not expired.
        case valid
        /// Expired, but within its grace period: still licensed, with a warning.
        case inGrace
        /// Expired and past its grace period: evaluation mode.
        case expired
        /// Unreadable, malformed, signed by an unknown key or altered: evaluation mode.
        case invalid(LicenseError)
    }

    /// The state of the license.
    package let state: State
    /// The license file considered, when there is one.
    package let file: String?
    /// The verified payload; nil when missing or invalid.
    package let license: LicensePayload?
    /// The key that signed it; nil when missing or invalid.
    package let keyID: String?
    /// The day the status is for (UTC).
    package let today: LicenseDate

    /// The status of a license whose signature has been verified, on `today`.
    init(verified license: LicensePayload, keyID: String, file: String?, today: LicenseDate) {
        if today <= license.expires {
            self.state = .valid
        } else if today <= license.graceEnds {
            self.state = .inGrace
        } else {
            self.state = .expired
        }
        self.file = file
        self.license = license
        self.keyID = keyID
        self.today = today
    }

    /// The status when there is no usable payload.
    init(state: State, file: String?, today: LicenseDate) {
        self.state = state
        self.file = file
        self.license = nil
        self.keyID = nil
        self.today = today
    }

    /// Whether the license works: valid or in its grace period.
    package var isUsable: Bool {
        state == .valid || state == .inGrace
    }

    /// Days from today to the expiry date: 0 on the last day, negative once expired.
    package var daysLeft: Int? {
        license.map { today.days(to: $0.expires) }
    }

    /// Why the license does not work, when it is present but unusable.
    package var problem: LicenseError? {
        switch state {
        case .invalid(let error): error
        case .expired: license.map { LicenseError.expired(file, expires: $0.expires, graceEnded: $0.graceEnds) }
        case .missing, .valid, .inGrace: nil
        }
    }

    /// Within this many days of expiry a valid license warns.
    static let renewalWarningDays = 30

    /// What the person running groundwork should be told.
    package var warnings: [String] {
        let evaluation = "running in evaluation mode (at most \(Entitlement.evaluationRepositoryLimit) repositories)"
        switch state {
        case .missing:
            return ["no Enterprise license is installed; \(evaluation); install one with `groundwork license install FILE`"]
        case .invalid(let error):
            return ["the license is not valid: \(error); \(evaluation)"]
        case .expired:
            return problem.map { ["\($0); \(evaluation)"] } ?? []
        case .inGrace:
            guard let license else { return [] }
            let left = today.days(to: license.graceEnds)
            return [
                "the license for \(license.licensee) expired on \(license.expires); it keeps working during its grace "
                    + "period until \(license.graceEnds) (\(Self.days(left)) left); renew it with the vendor"
            ]
        case .valid:
            guard let license else { return [] }
            var warnings: [String] = []
            let left = today.days(to: license.expires)
            if left <= Self.renewalWarningDays {
                let when = left == 0 ? "today" : "in \(Self.days(left))"
                warnings.append("the license for \(license.licensee) expires \(when), on \(license.expires); renew it with the vendor")
            }
            if today < license.issued {
                warnings.append("the license was issued on \(license.issued), after today (\(today)); check the system clock")
            }
            if keyID == TrustedKeys.benchmarkKey.keyID {
                warnings.append("the license is signed with the benchmark key, which only a BenchmarkLicense build trusts; it is for benchmarks, not for clients' fleets")
            }
            return warnings
        }
    }

    /// What Enterprise commands may do: the license's grant when usable, evaluation mode otherwise.
    package var entitlement: Entitlement {
        guard isUsable, let license else { return .evaluation(warnings: warnings) }
        return Entitlement(
            edition: .enterprise,
            licensee: license.licensee,
            plan: license.plan,
            maxRepositories: license.maxRepositories,
            features: Set(license.features),
            warnings: warnings
        )
    }

    /// "1 day", "12 days".
    static func days(_ count: Int) -> String {
        count == 1 ? "1 day" : "\(count) days"
    }
}
#endif
