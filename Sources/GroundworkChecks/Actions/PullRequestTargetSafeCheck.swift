import GroundworkAuditModel

/// Workflows that run with secrets on pull requests from forks never check out the pull request's code.
struct PullRequestTargetSafeCheck: Check {
    let id = "actions.pull-request-target"
    let title = "Privileged pull request workflows never run the pull request's code"
    let severity = Severity.critical
    let rationale =
        "`pull_request_target` and `workflow_run` run in the base repository with its secrets and a write token, even for a fork's pull request. Checking out the pull request's head there and building it lets any stranger run code with those secrets (a \"pwn request\"). Use `pull_request` for untrusted code, and pass results between workflows as artifacts."
    let fixedBy: [String] = []
    let effortHours = 2.0

    /// Triggers that run with the base repository's secrets although a stranger can cause them.
    static let privilegedEvents: Set<String> = ["pull_request_target", "workflow_run"]

    /// Expressions and refs that name the untrusted code of a pull request.
    static let untrustedRefs = [
        "github.event.pull_request.head", "github.head_ref", "github.event.pull_request.merge_commit_sha",
        "github.event.workflow_run.head", "refs/pull/",
    ]

    /// Shell commands that fetch or check out a pull request's code.
    static let checkoutCommands = ["gh pr checkout", "git fetch origin pull/", "git fetch origin refs/pull/", "git checkout ${{ github.head_ref"]

    func evaluate(_ context: AuditContext) -> CheckOutcome {
        let workflows = WorkflowFile.workflows(in: context)
        guard !workflows.isEmpty else { return .notApplicable("no GitHub Actions workflow") }
        var evidence = workflows.compactMap(\.problem)
        let privileged = workflows.filter { !$0.events.isDisjoint(with: Self.privilegedEvents) }
        guard !privileged.isEmpty || !evidence.isEmpty else {
            return .notApplicable("no workflow is triggered by pull_request_target or workflow_run")
        }
        for workflow in privileged {
            evidence += Self.untrustedCheckouts(in: workflow)
        }
        return evidence.isEmpty ? .passed : .failed(evidence)
    }

    /// Steps of a privileged workflow that check out or fetch the pull request's code.
    static func untrustedCheckouts(in workflow: WorkflowFile) -> [Evidence] {
        let trigger = workflow.events.intersection(privilegedEvents).sorted().joined(separator: " and ")
        var evidence: [Evidence] = []
        for step in workflow.steps {
            if step.usesAction("actions/checkout"), let ref = step.node["with"]?["ref"], let value = ref.text,
                untrustedRefs.contains(where: { value.contains($0) })
            {
                evidence.append(
                    Evidence(
                        "triggered by \(trigger), this workflow checks out the pull request's code (`ref: \(value)`) and runs it with the repository's secrets",
                        path: workflow.path, line: ref.line
                    ))
            }
            if let run = step.node["run"], let script = run.text,
                let command = checkoutCommands.first(where: { script.contains($0) })
            {
                evidence.append(
                    Evidence(
                        "triggered by \(trigger), this workflow fetches the pull request's code (`\(command)`) and runs it with the repository's secrets",
                        path: workflow.path, line: workflow.lines.firstLine(containing: command, from: run.line ?? 1) ?? run.line
                    ))
            }
        }
        return evidence
    }

    var examples: [CheckExample] {
        [
            CheckExample(
                "pull_request_target that only labels", .pass,
                files: [
                    ".github/workflows/label.yml": """
                    on: pull_request_target
                    permissions:
                      pull-requests: write
                    jobs:
                      label:
                        runs-on: ubuntu-latest
                        steps:
                          - uses: actions/labeler@8558fd74291d67161a8a78ce36a881fa63b766a9 # v5.0.0
                    """
                ]),
            CheckExample(
                "pull_request_target building the pull request's head", .fail,
                files: [
                    ".github/workflows/preview.yml": """
                    on:
                      pull_request_target:
                        types: [opened, synchronize]
                    jobs:
                      preview:
                        runs-on: ubuntu-latest
                        steps:
                          - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
                            with:
                              ref: ${{ github.event.pull_request.head.sha }}
                          - run: npm ci && npm run build
                            env:
                              DEPLOY_TOKEN: ${{ secrets.DEPLOY_TOKEN }}
                    """
                ]),
            CheckExample(
                "workflow_run fetching the pull request with gh", .fail,
                files: [
                    ".github/workflows/report.yml":
                        "on:\n  workflow_run:\n    workflows: [ci]\n    types: [completed]\njobs:\n  report:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          gh pr checkout ${{ github.event.workflow_run.pull_requests[0].number }}\n          make report\n"
                ]),
            CheckExample("only pull_request workflows", .notApplicable, files: [".github/workflows/ci.yml": CIExampleFiles.nodeWorkflow]),
        ]
    }
}
