import Foundation
import GroundworkAuditModel

/// Every remote action and reusable workflow is pinned to a full commit SHA.
struct ActionsPinnedToCommitCheck: Check {
    let id = "actions.pinned"
    let title = "Actions are pinned to a full commit SHA"
    let severity = Severity.high
    let rationale =
        "A tag or branch of an action can be moved by its owner or by whoever steals their account, and the next run executes the new code with your secrets (tj-actions/changed-files, 2025). Only a full commit SHA is immutable; keep the version in a comment for Dependabot."
    let fixedBy = ["github-actions"]
    let effortHours = 1.0

    func evaluate(_ context: AuditContext) -> CheckOutcome {
        let files = WorkflowFile.workflows(in: context) + WorkflowFile.actions(in: context)
        guard !files.isEmpty else { return .notApplicable("no GitHub Actions workflow") }
        var evidence = files.compactMap(\.problem)
        for file in files {
            for reference in file.usesReferences {
                if let why = Self.problem(with: reference.value) {
                    evidence.append(Evidence("`\(reference.value)` \(why)", path: file.path, line: reference.line))
                }
            }
        }
        return evidence.isEmpty ? .passed : .failed(evidence)
    }

    /// Why a `uses:` value is not immutably pinned; nil when it is (or is local).
    static func problem(with uses: String) -> String? {
        let value = uses.trimmingCharacters(in: .whitespaces)
        if value.hasPrefix("./") { return nil }
        if value.hasPrefix("docker://") {
            guard let digest = value.range(of: "@sha256:") else {
                return "is a container image without a sha256 digest; pin it as image@sha256:<digest>"
            }
            let hex = value[digest.upperBound...]
            return hex.count == 64 && hex.allSatisfy(\.isHexDigit) ? nil : "has a malformed sha256 digest"
        }
        guard let at = value.lastIndex(of: "@") else {
            return "names no version at all; pin it to a full commit SHA"
        }
        let ref = value[value.index(after: at)...]
        if ref.count == 40, ref.allSatisfy(\.isHexDigit) { return nil }
        if ref.count >= 7, ref.count < 40, ref.allSatisfy(\.isHexDigit) {
            return "is pinned to an abbreviated SHA, which can become ambiguous; use the full 40-character commit SHA"
        }
        return "follows `\(ref)`, a tag or branch its owner can move; pin it to a full commit SHA"
    }

    var examples: [CheckExample] {
        [
            CheckExample(
                "actions pinned to SHAs, a local action, an image by digest", .pass,
                files: [
                    ".github/workflows/ci.yml": """
                    on: push
                    permissions: {}
                    jobs:
                      build:
                        runs-on: ubuntu-latest
                        steps:
                          - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                          - uses: ./.github/actions/setup
                          - uses: docker://alpine@sha256:beefdbd8a1da6d2915566fde36db9db0b524eb737fc57cd1367effd16dc0d06d
                    """,
                    ".github/actions/setup/action.yml": """
                    name: setup
                    runs:
                      using: composite
                      steps:
                        - uses: actions/setup-node@39370e3970a6d050c480ffad4ff0ed4d3fdee5af # v4.1.0
                    """,
                ]),
            CheckExample(
                "actions on tags and a branch", .fail,
                files: [
                    ".github/workflows/ci.yml": "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: some/action@main\n"
                ]),
            CheckExample(
                "a reusable workflow on a tag", .fail,
                files: [
                    ".github/workflows/release.yml": "on: push\njobs:\n  release:\n    uses: acme/workflows/.github/workflows/release.yml@v1\n"
                ]),
            CheckExample(
                "a composite action with an unpinned step", .fail,
                files: [
                    ".github/actions/setup/action.yml": "runs:\n  using: composite\n  steps:\n    - uses: actions/setup-go@v5\n"
                ]),
            CheckExample("no workflows", .notApplicable, files: ["README.md": ContentExampleTexts.readme]),
        ]
    }
}
