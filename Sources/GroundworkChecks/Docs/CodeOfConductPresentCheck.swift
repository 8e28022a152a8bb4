import GroundworkAuditModel

/// A code of conduct sets the rules for how people treat each other in the project.
struct CodeOfConductPresentCheck: Check {
    let id = "docs.code-of-conduct"
    let title = "A code of conduct sets expectations for contributors"
    let severity = Severity.low
    let rationale = "A code of conduct says what behaviour is expected and whom to contact when it is not, which makes a project safer to join; GitHub shows it in the community profile."
    let fixedBy = ["community"]
    let effortHours = 0.5

    func evaluate(_ context: AuditContext) -> CheckOutcome {
        TextCommunityFiles.presence(of: ["code_of_conduct", "code-of-conduct"], called: "CODE_OF_CONDUCT", in: context)
    }

    var examples: [CheckExample] {
        [
            CheckExample("CODE_OF_CONDUCT.md in docs/", .pass, files: ["docs/CODE_OF_CONDUCT.md": "# Code of conduct\n\nWe follow the Contributor Covenant 2.1. Contact conduct@acme.example.\n"]),
            CheckExample("no code of conduct", .fail, files: ["README.md": ContentExampleTexts.readme]),
        ]
    }
}
