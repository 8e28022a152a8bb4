import Foundation

extension SecretRule {
    /// Values in Kubernetes Secret manifests: the `data:` entries (base64) and `stringData:` entries (plain) of a
    /// YAML document whose `kind` is `Secret`, wherever in the document the `kind:` line sits (`kubectl get -o
    /// yaml` writes `data:` before it). Certificates (`tls.crt`, `ca.crt`) are public and left alone, and so are
    /// Helm and Kustomize templates, whose values are filled in at deploy time.
    static let kubernetesSecretManifest = SecretRule(
        id: "kubernetes-secret-manifest",
        name: "Value in a Kubernetes Secret manifest",
        provider: "Kubernetes",
        severity: .high,
        keywords: ["kind: secret", "kind: \"secret\"", "kind: 'secret'"],
        matcher: .document(
            anchor: compile(#"^kind:[ \t]*["']?Secret["']?[ \t]*(?:#.*)?$"#, rule: "kubernetes-secret-manifest"),
            read: { lines, anchor in KubernetesSecretManifest.values(lines, anchor: anchor) }
        ),
        minimumLength: 4,
        remediation: "https://kubernetes.io/docs/concepts/security/secrets-good-practices/",
        truePositives: [
            [
                "apiVersion: v1", "kind: Secret", "metadata:", "  name: api-credentials", "type: Opaque", "data:",
                "  DATABASE_PASSWORD: " + Data(ExampleSecret.base62(18, "kubernetes-secret-manifest/0").utf8).base64EncodedString(),
            ].joined(separator: "\n"),
            [
                "apiVersion: v1", "data:",
                "  api-key: " + Data(ExampleSecret.base62(32, "kubernetes-secret-manifest/1").utf8).base64EncodedString(),
                "kind: Secret", "metadata:", "  name: payments",
            ].joined(separator: "\n"),
            [
                "apiVersion: v1", "kind: Secret", "metadata:", "  name: smtp", "stringData:",
                "  SMTP_PASSWORD: \"" + ExampleSecret.base62(20, "kubernetes-secret-manifest/2") + "\"",
            ].joined(separator: "\n"),
        ],
        falsePositives: [
            "apiVersion: v1\nkind: ConfigMap\ndata:\n  LOG_LEVEL: ZGVidWc=\n  REGION: ZXUtd2VzdC0x",
            "apiVersion: v1\nkind: Secret\ndata:\n  password: {{ .Values.db.password | b64enc }}",
            "apiVersion: v1\nkind: Secret\nstringData:\n  password: changeme\n  token: <your token>",
            "apiVersion: v1\nkind: Secret\ntype: kubernetes.io/tls\ndata:\n  tls.crt: "
                + Data("-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUe".utf8).base64EncodedString(),
        ]
    )
}

/// Reads the values out of a Kubernetes Secret manifest.
enum KubernetesSecretManifest {
    /// The values under the top-level `data:` and `stringData:` keys of the document in `lines`.
    static func values(_ lines: [String], anchor: Int) -> [SecretRule.DocumentSecret] {
        var found: [SecretRule.DocumentSecret] = []
        var section: Section?
        for (index, line) in lines.enumerated() {
            let indented = line.first == " " || line.first == "\t"
            if !indented {
                section = line.hasPrefix("data:") ? .data : line.hasPrefix("stringData:") ? .stringData : nil
                continue
            }
            guard let current = section, let entry = entry(in: line) else { continue }
            guard !entry.key.hasSuffix(".crt"), !entry.key.hasSuffix(".pem") || entry.key.contains("key") else { continue }
            guard let plain = current == .data ? decoded(entry.value) : entry.value,
                !plain.isEmpty, !SecretPlaceholder.isPlaceholder(plain), !plain.contains("BEGIN CERTIFICATE")
            else { continue }
            found.append(.init(line: index, column: entry.column, value: entry.value))
        }
        return found
    }

    private enum Section { case data, stringData }

    /// `key: value` on an indented line, the value unquoted, with its 1-based UTF-16 column.
    private static func entry(in line: String) -> (key: String, value: String, column: Int)? {
        guard let colon = line.range(of: ": ") else { return nil }
        let key = line[..<colon.lowerBound].trimmingCharacters(in: .whitespaces)
        guard !key.isEmpty, !key.hasPrefix("#"), !key.hasPrefix("-") else { return nil }
        var value = line[colon.upperBound...].trimmingCharacters(in: .whitespaces)
        if let quote = value.first, quote == "\"" || quote == "'", value.count >= 2, value.last == quote {
            value = String(value.dropFirst().dropLast())
        }
        guard !value.isEmpty, !value.hasPrefix("|"), !value.hasPrefix(">") else { return nil }
        let start = line.range(of: value, range: colon.upperBound..<line.endIndex)?.lowerBound ?? colon.upperBound
        return (key, value, line.utf16.distance(from: line.startIndex, to: start) + 1)
    }

    /// The text a base64 value holds; nil when it is not base64 of UTF-8 text.
    private static func decoded(_ value: String) -> String? {
        guard let data = Data(base64Encoded: value) else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
