import GroundworkAuditModel

/// Each workflow limits its token with `permissions`, and none asks for `write-all`.
struct WorkflowPermissionsSetCheck: Check {
    let id = "actions.permissions"
    let title = "Workflows set least-privilege token permissions"
    let severity = Severity.medium
    let rationale =
        "Without `permissions` the GITHUB_TOKEN gets the repository's default, which on older repositories and organisations is write access to code, packages and releases. One compromised step then can push to main. Declare what each workflow needs, read by default."
    let fixedBy = ["github-actions"]
    let effortHours = 0.5

    func evaluate(_ context: AuditContext) -> CheckOutcome {
        let workflows = WorkflowFile.workflows(in: context)
        guard !workflows.isEmpty else { return .notApplicable("no GitHub Actions workflow") }
        let evidence = workflows.flatMap(Self.problems)
        return evidence.isEmpty ? .passed : .failed(evidence)
    }

    /// What is wrong with one workflow's permissions.
    static func problems(_ workflow: WorkflowFile) -> [Evidence] {
        if let problem = workflow.problem { return [problem] }
        var evidence: [Evidence] = []
        let topLevel = workflow.root?["permissions"]
        if let topLevel, topLevel.text == "write-all" {
            evidence.append(Evidence("\(workflow.path) grants `permissions: write-all` to every job", path: workflow.path, line: topLevel.line))
        }
        var unset: [WorkflowJob] = []
        for job in workflow.jobs {
            guard let permissions = job.node["permissions"] else {
                unset.append(job)
                continue
            }
            if permissions.text == "write-all" {
                evidence.append(Evidence("job `\(job.id)` grants `permissions: write-all`", path: workflow.path, line: permissions.line))
            }
        }
        if topLevel == nil, !unset.isEmpty {
            let names = unset.map { "`\($0.id)`" }.joined(separator: ", ")
            evidence.append(
                Evidence(
                    "\(workflow.path) sets no top-level `permissions` and job\(unset.count == 1 ? "" : "s") \(names) set\(unset.count == 1 ? "s" : "") none: the token gets the repository's default permissions",
                    path: workflow.path, line: unset.first?.line
                ))
        }
        return evidence
    }

    var examples: [CheckExample] {
        [
            CheckExample("top-level read permissions", .pass, files: [".github/workflows/ci.yml": CIExampleFiles.nodeWorkflow]),
            CheckExample(
                "permissions on every job", .pass,
                files: [
                    ".github/workflows/release.yml":
                        "on: push\njobs:\n  test:\n    permissions:\n      contents: read\n    runs-on: ubuntu-latest\n    steps:\n      - run: make test\n  publish:\n    permissions:\n      contents: write\n      id-token: write\n    runs-on: ubuntu-latest\n    steps:\n      - run: make publish\n"
                ]),
            CheckExample("no permissions anywhere", .fail, files: [".github/workflows/ci.yml": "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make test\n"]),
            CheckExample(
                "one job without permissions", .fail,
                files: [
                    ".github/workflows/ci.yml":
                        "on: push\njobs:\n  test:\n    permissions: read-all\n    runs-on: ubuntu-latest\n    steps:\n      - run: make test\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make deploy\n"
                ]),
            CheckExample("write-all", .fail, files: [".github/workflows/ci.yml": "on: push\npermissions: write-all\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make test\n"]),
            CheckExample("malformed workflow", .fail, files: [".github/workflows/ci.yml": "on: push\njobs:\n  test:\n    steps: [\n"]),
            CheckExample("no workflows", .notApplicable, files: ["README.md": ContentExampleTexts.readme]),
        ]
    }
}
