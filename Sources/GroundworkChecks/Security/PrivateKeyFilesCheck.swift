import GroundworkAuditModel
import GroundworkSecrets

/// No private key or keystore file is committed (outside test fixtures, whose keys were made for the tests).
struct PrivateKeyFilesCheck: Check {
    let id = "security.private-keys"
    let title = "No private keys or keystores are committed"
    let severity = Severity.critical
    let rationale =
        "A committed private key lets anyone with read access impersonate the server, sign releases or log in over SSH. Revoke it and keep keys in a secret store. Keys in test fixtures (testdata/, tests/…) were made for the tests and are left out."
    let fixedBy: [String] = []
    let effortHours = 2.0

    static let keyNames: Set<String> = ["id_rsa", "id_dsa", "id_ecdsa", "id_ed25519"]
    static let keystoreExtensions: Set<String> = ["p12", "pfx", "jks", "keystore", "ppk"]
    static let keyExtensions: Set<String> = ["pem", "key"]

    func evaluate(_ context: AuditContext) -> CheckOutcome {
        var evidence: [Evidence] = []
        for file in context.includedFiles where !SecretLocation.isTestCode(file.path) {
            let name = file.name.lowercased()
            if Self.keyNames.contains(name) || Self.keystoreExtensions.contains(file.fileExtension) {
                evidence.append(Evidence("\(file.name) is a private key or keystore", path: file.path))
            } else if Self.keyExtensions.contains(file.fileExtension), let text = context.snapshot.text(file) {
                // A .pem may hold only a public certificate; only a private key block counts.
                if let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex(where: { $0.contains("PRIVATE KEY-----") && $0.contains("BEGIN") }) {
                    evidence.append(Evidence("a PEM private key block", path: file.path, line: line + 1))
                }
            }
        }
        return evidence.isEmpty ? .passed : .failed(evidence)
    }

    var examples: [CheckExample] {
        let begin = "-----BEGIN " + "RSA PRIVATE KEY-----"
        return [
            CheckExample("a public certificate only", .pass, files: ["certs/ca.pem": "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"]),
            CheckExample("a private key in a .pem", .fail, files: ["certs/server.pem": "\(begin)\nMIIEow\n-----END RSA PRIVATE KEY-----\n"]),
            CheckExample("an SSH key", .fail, files: ["deploy/id_ed25519": "key material\n"]),
            CheckExample("a Java keystore", .fail, files: ["release.jks": "keystore\n"]),
            CheckExample("a TLS key generated for the tests", .pass, files: ["testdata/key.pem": "\(begin)\nMIIEow\n-----END RSA PRIVATE KEY-----\n"]),
        ]
    }
}
