import GroundworkAuditModel

/// No tool credential file (npm, PyPI, AWS, Docker, netrc, cloud service accounts) is committed with credentials in it.
struct CredentialFilesCheck: Check {
    let id = "security.credential-files"
    let title = "No credential files are committed"
    let severity = Severity.high
    let rationale =
        "Files such as .npmrc, .pypirc, .netrc, AWS credentials or a cloud service-account JSON carry long-lived credentials that tools read silently. Keep them in the user's home or the CI secret store."
    let fixedBy: [String] = []
    let effortHours = 1.0

    /// A file name, and the text that shows it holds a credential (nil: the name alone is enough).
    static let credentialMarkers: [(name: String, marker: String?)] = [
        (".npmrc", "_authtoken"), (".pypirc", "password"), (".netrc", "password"), ("_netrc", "password"),
        (".git-credentials", nil), ("credentials", "aws_secret_access_key"), ("config.json", "\"auths\""),
        (".dockercfg", nil), (".htpasswd", nil),
    ]

    func evaluate(_ context: AuditContext) -> CheckOutcome {
        var evidence: [Evidence] = []
        for file in context.includedFiles {
            let name = file.name.lowercased()
            if file.fileExtension == "json", name != "config.json", let text = context.snapshot.text(file),
                text.contains("\"private_key\"") && text.contains("\"client_email\"")
            {
                evidence.append(Evidence("a cloud service-account key (private_key and client_email)", path: file.path))
                continue
            }
            guard let entry = Self.credentialMarkers.first(where: { $0.name == name }) else { continue }
            if let marker = entry.marker {
                guard let text = context.snapshot.text(file)?.lowercased(), text.contains(marker) else { continue }
                // `config.json` only counts as Docker's when it sits in a .docker directory or has auths.
                evidence.append(Evidence("\(file.name) holds credentials (\(marker.trimmingCharacters(in: .punctuationCharacters)))", path: file.path))
            } else {
                evidence.append(Evidence("\(file.name) is a credential store", path: file.path))
            }
        }
        return evidence.isEmpty ? .passed : .failed(evidence)
    }

    var examples: [CheckExample] {
        [
            CheckExample("an .npmrc with only a registry", .pass, files: [".npmrc": "registry=https://registry.npmjs.org/\n"]),
            CheckExample("an .npmrc with a token", .fail, files: [".npmrc": "//registry.npmjs.org/:_authToken=npm_abcdefghijklmnopqrstuvwxyz0123456789\n"]),
            CheckExample("AWS credentials", .fail, files: ["deploy/credentials": "[default]\naws_access_key_id = x\naws_secret_access_key = y\n"]),
            CheckExample("a service-account key", .fail, files: ["gcp/key.json": "{\"type\": \"service_account\", \"private_key\": \"k\", \"client_email\": \"a@b.iam.gserviceaccount.com\"}\n"]),
        ]
    }
}
