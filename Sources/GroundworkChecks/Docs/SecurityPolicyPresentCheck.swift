import GroundworkAuditModel

/// A SECURITY policy says how to report a vulnerability privately.
struct SecurityPolicyPresentCheck: Check {
    let id = "docs.security-policy"
    let title = "A SECURITY policy says how to report a vulnerability"
    let severity = Severity.medium
    let rationale =
        "Without a security policy a researcher who finds a vulnerability files a public issue or gives up. SECURITY.md gives a private channel and the versions that get fixes; GitHub links it from the issue form."
    let fixedBy = ["community"]
    let effortHours = 1.0

    func evaluate(_ context: AuditContext) -> CheckOutcome {
        TextCommunityFiles.presence(of: ["security"], called: "SECURITY policy", in: context)
    }

    var examples: [CheckExample] {
        [
            CheckExample("SECURITY.md in .github/", .pass, files: [".github/SECURITY.md": "# Security\n\nReport vulnerabilities to security@acme.example; we answer within two working days.\n"]),
            CheckExample("no policy", .fail, files: ["README.md": ContentExampleTexts.readme]),
        ]
    }
}
