import GroundworkAuditModel

/// Some CI system builds every change.
struct CIConfiguredCheck: Check {
    let id = "ci.configured"
    let title = "Continuous integration checks every change"
    let severity = Severity.high
    let rationale = "Without CI nothing stops a change that does not build or breaks the tests from reaching the main branch; each developer's machine becomes the only judge."
    let fixedBy = ["github-actions", "gitlab-ci"]
    let effortHours = 4.0

    func evaluate(_ context: AuditContext) -> CheckOutcome {
        guard WorkflowCIConfigs.files(in: context).isEmpty else { return .passed }
        return .failed([Evidence("no CI configuration (looked for \(WorkflowCIConfigs.lookedAt))")])
    }

    var examples: [CheckExample] {
        [
            CheckExample("a GitHub Actions workflow", .pass, files: [".github/workflows/ci.yml": CIExampleFiles.nodeWorkflow, "package.json": ContentExampleTexts.packageJSON]),
            CheckExample("a GitLab pipeline", .pass, files: [".gitlab-ci.yml": CIExampleFiles.goGitLabPipeline].merging(CIExampleFiles.goModule) { $1 }),
            CheckExample("a Jenkinsfile", .pass, files: ["Jenkinsfile": "pipeline { agent any\n stages { stage('test') { steps { sh 'mvn -B verify' } } } }\n"]),
            CheckExample("no CI", .fail, files: ["package.json": ContentExampleTexts.packageJSON, "src/index.js": "console.log('hi')\n"]),
        ]
    }
}
