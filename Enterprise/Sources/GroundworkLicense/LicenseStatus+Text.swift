#if Enterprise
extension LicenseStatus {
    /// The evaluation-mode line `show` and `verify` print when no license is usable.
    package static var evaluationModeLine: String {
        "evaluation mode: at most \(Entitlement.evaluationRepositoryLimit) repositories"
    }

    /// One word or phrase for the state.
    package var stateDescription: String {
        switch state {
        case .missing: "no license"
        case .valid: "valid"
        case .inGrace: "valid in its grace period (expired)"
        case .expired: "expired, past its grace period"
        case .invalid: "invalid"
        }
    }

    /// The aligned, labelled lines `groundwork license show` prints, without warnings.
    package var details: String {
        var rows: [(String, String)] = []
        rows.append(("license file", file ?? "none installed"))
        if case .invalid(let error) = state {
            rows.append(("status", "invalid: \(error)"))
        } else {
            rows.append(("status", stateDescription))
        }
        if let license {
            rows.append(("licensee", license.licensee))
            rows.append(("plan", license.plan))
            rows.append(("license id", license.licenseID.uuidString.lowercased()))
            rows.append(("issued", license.issued.description))
            rows.append(("expires", "\(license.expires) (\(expiryPhrase))"))
            rows.append(("grace period", "\(Self.days(license.graceDays)) (until \(license.graceEnds))"))
            rows.append(("max repositories", license.maxRepositories.map(String.init) ?? "unlimited"))
            rows.append(("features", license.features.isEmpty ? "none" : license.features.map(\.rawValue).joined(separator: ", ")))
            if let keyID { rows.append(("signed with key", keyID)) }
        }
        let width = rows.map(\.0.count).max() ?? 0
        var lines = rows.map { label, value in
            label + ":" + String(repeating: " ", count: width - label.count + 1) + value
        }
        if !isUsable { lines.append(Self.evaluationModeLine) }
        return lines.joined(separator: "\n")
    }

    /// The one-line verdict `groundwork license verify` prints.
    package var verdict: String {
        switch state {
        case .valid, .inGrace:
            guard let license else { return stateDescription }
            return "license \(stateDescription): \(license.licensee) (\(license.plan)), expires \(license.expires) (\(expiryPhrase))"
        case .missing:
            return "no license: nothing is installed (`groundwork license install FILE`) and \(LicenseStore.environmentVariable) is not set"
        case .expired, .invalid:
            return "license not valid: " + (problem.map(\.description) ?? stateDescription)
        }
    }

    /// "365 days left", "last day", "expired 3 days ago".
    var expiryPhrase: String {
        guard let left = daysLeft else { return "" }
        if left > 0 { return "\(Self.days(left)) left" }
        if left == 0 { return "last day" }
        return "expired \(Self.days(-left)) ago"
    }
}
#endif
