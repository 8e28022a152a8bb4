import GroundworkAuditModel

/// A CONTRIBUTING guide says how to propose a change.
struct ContributingGuidePresentCheck: Check {
    let id = "docs.contributing"
    let title = "A CONTRIBUTING guide says how to propose changes"
    let severity = Severity.low
    let rationale =
        "A contributing guide tells a new developer how to set up, which branch to start from, how to run the checks and what a good pull request looks like, so reviews are about the change and not about the process."
    let fixedBy = ["community"]
    let effortHours = 1.0

    func evaluate(_ context: AuditContext) -> CheckOutcome {
        TextCommunityFiles.presence(of: ["contributing"], called: "CONTRIBUTING guide", in: context)
    }

    var examples: [CheckExample] {
        [
            CheckExample("CONTRIBUTING.md at the root", .pass, files: ["CONTRIBUTING.md": "# Contributing\n\nFork, branch from main, run `make test`, open a pull request.\n"]),
            CheckExample("a lower-case guide in .github/", .pass, files: [".github/contributing.rst": "Contributing\n============\n\nRun tox before you push.\n"]),
            CheckExample("no guide", .fail, files: ["README.md": ContentExampleTexts.readme]),
            CheckExample("an empty guide", .fail, files: ["CONTRIBUTING.md": "\n  \n"]),
        ]
    }
}
