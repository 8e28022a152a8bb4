import Foundation
import GroundworkAuditModel
import GroundworkGit
import Testing

@testable import GroundworkChecks

@Suite struct ActionsChecksTests {
    // MARK: actions.pinned

    @Test(arguments: [
        "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683",
        "actions/checkout@11BD71901BBE5B1630CEEA73D27597364C9AF683",
        "./.github/actions/setup",
        "./.github/workflows/reusable.yml",
        "docker://alpine@sha256:beefdbd8a1da6d2915566fde36db9db0b524eb737fc57cd1367effd16dc0d06d",
        "acme/workflows/.github/workflows/release.yml@0123456789abcdef0123456789abcdef01234567",
    ])
    func pinnedReferencesPass(_ uses: String) {
        #expect(ActionsPinnedToCommitCheck.problem(with: uses) == nil)
    }

    @Test(arguments: [
        ("actions/checkout@v4", "tag or branch"),
        ("actions/checkout@v4.2.2", "tag or branch"),
        ("some/action@main", "`main`"),
        ("actions/checkout@11bd719", "abbreviated"),
        ("actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af68", "abbreviated"),
        ("actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683z", "tag or branch"),
        ("actions/checkout", "no version"),
        ("docker://alpine:3.20", "without a sha256 digest"),
        ("docker://alpine@sha256:1234", "malformed"),
    ])
    func unpinnedReferencesFail(_ uses: String, _ reason: String) throws {
        let problem = try #require(ActionsPinnedToCommitCheck.problem(with: uses))
        #expect(problem.contains(reason))
    }

    @Test func pinnedEvidencePointsAtEachUsesLine() {
        let workflow = """
            name: ci
            on: push
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
                  - name: node
                    uses: actions/setup-node@v4
                  - run: npm test
              release:
                uses: acme/shared/.github/workflows/release.yml@main
            """
        let evidence = failureEvidence(ActionsPinnedToCommitCheck().evaluate(contentContext([".github/workflows/ci.yml": workflow])))
        #expect(evidence.map(\.line) == [9, 12])
        #expect(evidence.allSatisfy { $0.path == ".github/workflows/ci.yml" })
        #expect(evidence.first?.message.contains("actions/setup-node@v4") == true)
    }

    @Test func excludedWorkflowsAreNotRead() {
        let context = contentContext(
            [".github/workflows/vendored.yml": "on: push\njobs:\n  a:\n    steps:\n      - uses: x/y@v1\n"],
            exclude: [".github/workflows/vendored.yml"]
        )
        #expect(isNotApplicable(ActionsPinnedToCommitCheck().evaluate(context)))
    }

    // MARK: Malformed input

    @Test func malformedYAMLFailsWithTheParsersLine() throws {
        let broken = "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: \"echo unterminated\n"
        let context = contentContext([".github/workflows/ci.yml": broken])
        for check in [ActionsPinnedToCommitCheck(), WorkflowPermissionsSetCheck(), PullRequestTargetSafeCheck(), RunScriptsFreeOfInjectionCheck()] as [any Check] {
            let evidence = failureEvidence(check.evaluate(context))
            let first = try #require(evidence.first, "\(check.id) must fail on malformed YAML")
            #expect(first.path == ".github/workflows/ci.yml")
            #expect(first.message.contains("not valid YAML"))
            #expect((first.line ?? 0) >= 6)
        }
    }

    @Test func badIndentationIsReportedAtItsLine() throws {
        let broken = "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n   steps: []\n"
        let file = WorkflowFile(path: "w.yml", text: broken)
        let problem = try #require(file.problem)
        #expect(problem.line == 5)
    }

    @Test func duplicateKeysAreAProblemNotACrash() throws {
        let file = WorkflowFile(path: "w.yml", text: "on: push\non: pull_request\njobs: {}\n")
        #expect(file.root == nil)
        #expect(try #require(file.problem).message.contains("duplicate"))
    }

    @Test func hostileNestingIsRefusedBeforeParsing() throws {
        let brackets = WorkflowFile(path: "w.yml", text: "on: push\njobs: " + String(repeating: "[", count: 200_000) + "\n")
        #expect(try #require(brackets.problem).line == 2)
        let indented = (0..<500).map { String(repeating: " ", count: $0) + "k\($0):" }.joined(separator: "\n")
        #expect(WorkflowFile(path: "w.yml", text: indented).problem?.message.contains("nests deeper") == true)
        #expect(WorkflowFile(path: "w.yml", text: "on: push\njobs: {a: {runs-on: [x, [y]]}}\n").problem == nil)
    }

    @Test func emptyAndScalarWorkflowsAreProblems() {
        #expect(WorkflowFile(path: "w.yml", text: "").problem != nil)
        #expect(WorkflowFile(path: "w.yml", text: "# only a comment\n").problem != nil)
        #expect(WorkflowFile(path: "w.yml", text: "just text\n").problem?.message.contains("mapping") == true)
    }

    @Test func nonUTF8WorkflowIsReportedNotSkipped() throws {
        let data = Data([0x6F, 0x6E, 0x3A, 0x20, 0xFF, 0xFE, 0x0A])
        let file = SnapshotFile(path: ".github/workflows/ci.yml", id: .forBlob(data), kind: .file, size: data.count)
        let snapshot = RepoSnapshot(commit: nil, files: [file]) { _ in data }
        let outcome = WorkflowPermissionsSetCheck().evaluate(AuditContext(snapshot: snapshot, stack: Stack()))
        #expect(failureEvidence(outcome).first?.message.contains("not UTF-8") == true)
    }

    // MARK: Triggers

    @Test(arguments: [
        ("on: pull_request_target\n", true),
        ("on: [push, pull_request_target]\n", true),
        ("on:\n  pull_request_target:\n    types: [opened]\n", true),
        ("'on': workflow_run\n", true),
        ("on: [push, pull_request]\n", false),
    ])
    func triggersAreReadInEveryForm(_ trigger: String, _ privileged: Bool) {
        let file = WorkflowFile(path: "w.yml", text: trigger + "jobs: {}\n")
        #expect(!file.events.isDisjoint(with: PullRequestTargetSafeCheck.privilegedEvents) == privileged)
    }

    // MARK: actions.permissions

    @Test func permissionsOnEveryJobPassButOneMissingJobFails() {
        let allJobs = "on: push\njobs:\n  a:\n    permissions: {}\n    runs-on: x\n  b:\n    permissions:\n      contents: read\n    runs-on: x\n"
        #expect(WorkflowPermissionsSetCheck().evaluate(contentContext([".github/workflows/a.yml": allJobs])) == .passed)

        let oneMissing = "on: push\njobs:\n  a:\n    permissions: {}\n    runs-on: x\n  b:\n    runs-on: x\n"
        let evidence = failureEvidence(WorkflowPermissionsSetCheck().evaluate(contentContext([".github/workflows/a.yml": oneMissing])))
        #expect(evidence.count == 1)
        #expect(evidence.first?.line == 6)
        #expect(evidence.first?.message.contains("`b`") == true)
        #expect(evidence.first?.message.contains("`a`") == false)
    }

    @Test func topLevelPermissionsCoverJobsButWriteAllOnAJobFails() {
        let workflow = "on: push\npermissions:\n  contents: read\njobs:\n  a:\n    runs-on: x\n  b:\n    permissions: write-all\n    runs-on: x\n"
        let evidence = failureEvidence(WorkflowPermissionsSetCheck().evaluate(contentContext([".github/workflows/a.yml": workflow])))
        #expect(evidence.count == 1)
        #expect(evidence.first?.line == 8)
        #expect(evidence.first?.message.contains("write-all") == true)
    }

    @Test func evidenceIsGivenPerWorkflow() {
        let missing = "on: push\njobs:\n  a:\n    runs-on: x\n"
        let context = contentContext([
            ".github/workflows/a.yml": missing, ".github/workflows/b.yaml": missing, ".github/workflows/ok.yml": "on: push\npermissions: read-all\njobs:\n  a:\n    runs-on: x\n",
        ])
        let evidence = failureEvidence(WorkflowPermissionsSetCheck().evaluate(context))
        #expect(evidence.compactMap(\.path).sorted() == [".github/workflows/a.yml", ".github/workflows/b.yaml"])
    }

    // MARK: actions.pull-request-target

    @Test(arguments: [
        "${{ github.event.pull_request.head.sha }}",
        "${{ github.event.pull_request.head.ref }}",
        "${{ github.head_ref }}",
        "refs/pull/${{ github.event.number }}/merge",
    ])
    func checkingOutTheHeadIsCritical(_ ref: String) {
        let workflow = "on: pull_request_target\njobs:\n  build:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          ref: \(ref)\n      - run: make\n"
        let evidence = failureEvidence(PullRequestTargetSafeCheck().evaluate(contentContext([".github/workflows/p.yml": workflow])))
        #expect(evidence.count == 1)
        #expect(evidence.first?.line == 8)
    }

    @Test func checkingOutTheBaseIsSafe() {
        let workflow =
            "on: pull_request_target\njobs:\n  build:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.event.pull_request.base.sha }}\n"
        #expect(PullRequestTargetSafeCheck().evaluate(contentContext([".github/workflows/p.yml": workflow])) == .passed)
    }

    @Test func headCheckoutInAPlainPullRequestWorkflowIsNotThisChecksConcern() {
        let workflow = "on: pull_request\njobs:\n  build:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n"
        #expect(isNotApplicable(PullRequestTargetSafeCheck().evaluate(contentContext([".github/workflows/p.yml": workflow]))))
    }

    // MARK: actions.script-injection

    @Test(arguments: [
        "github.event.issue.title", "github.event.issue.body", "github.event.pull_request.title",
        "github.event.pull_request.body", "github.event.comment.body", "github.event.review.body",
        "github.event.review_comment.body", "github.event.pages[0].page_name", "github.event.pages.*.page_name",
        "github.event.commits[0].message", "github.event.head_commit.message", "github.event.head_commit.author.email",
        "github.event.head_commit.author.name", "github.event.commits.*.author.name", "github.event.pull_request.head.ref",
        "github.event.pull_request.head.label", "github.event.pull_request.head.repo.default_branch", "github.head_ref",
        "github.event.workflow_run.head_branch", "github.event.discussion.title", "GitHub.Event.Issue.Title",
    ])
    func untrustedContextsAreFlagged(_ context: String) {
        let scanner = WorkflowInjectionScanner(file: WorkflowFile(path: "w.yml", text: "on: push\n"))
        #expect(scanner.isUntrusted("${{ \(context) }}", taintedEnvironment: []))
    }

    @Test(arguments: [
        "github.event.issue.number", "github.sha", "github.ref", "github.event.pull_request.head.sha",
        "secrets.TOKEN", "inputs.name", "github.event.pull_request.title_length", "matrix.os",
    ])
    func trustedContextsAreNot(_ context: String) {
        let scanner = WorkflowInjectionScanner(file: WorkflowFile(path: "w.yml", text: "on: push\n"))
        #expect(!scanner.isUntrusted("${{ \(context) }}", taintedEnvironment: []))
    }

    @Test func injectionEvidencePointsAtTheLineInsideABlockScript() {
        let workflow = """
            on: issue_comment
            jobs:
              reply:
                runs-on: ubuntu-latest
                steps:
                  - run: |
                      echo "start"
                      echo "${{ github.event.comment.body }}"
                      echo "again ${{ github.event.comment.body }}"
                  - uses: actions/github-script@v7
                    with:
                      script: |
                        const title = "${{ github.event.issue.title }}"
            """
        let evidence = failureEvidence(RunScriptsFreeOfInjectionCheck().evaluate(contentContext([".github/workflows/r.yml": workflow])))
        #expect(evidence.map(\.line) == [8, 9, 13])
        #expect(evidence.first?.message.contains("job `reply`") == true)
        #expect(evidence.last?.message.contains("github-script") == true)
    }

    @Test func taintedEnvironmentIsSafeAsAShellVariableOnly() {
        let safe = "on: issues\njobs:\n  a:\n    runs-on: x\n    steps:\n      - env:\n          TITLE: ${{ github.event.issue.title }}\n        run: echo \"$TITLE\"\n"
        #expect(RunScriptsFreeOfInjectionCheck().evaluate(contentContext([".github/workflows/a.yml": safe])) == .passed)
        let unsafe = "on: issues\njobs:\n  a:\n    runs-on: x\n    env:\n      TITLE: ${{ github.event.issue.title }}\n    steps:\n      - run: echo \"${{ env.TITLE }}\"\n"
        let evidence = failureEvidence(RunScriptsFreeOfInjectionCheck().evaluate(contentContext([".github/workflows/a.yml": unsafe])))
        #expect(evidence.map(\.line) == [8])
    }

    @Test func expressionsAreSplitAsWritten() {
        #expect(WorkflowInjectionScanner.expressions(in: "a ${{ x }} b ${{y}} ${{ unterminated") == ["${{ x }}", "${{y}}"])
    }
}
