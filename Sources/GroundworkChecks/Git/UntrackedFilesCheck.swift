import GroundworkAuditModel

/// Files the audit cares about are not left untracked and unignored in the work tree.
struct UntrackedFilesCheck: Check {
    let id = "git.untracked-files"
    let title = "No important files are left untracked"
    let severity = Severity.low
    let rationale =
        "An untracked manifest, Dockerfile or CI file means the work tree differs from what everyone else builds; an untracked .env that is not ignored is one `git add .` away from a leak. Commit or ignore them."
    let fixedBy = ["gitignore"]
    let effortHours = 0.25

    static let importantNames: Set<String> = [
        "package.json", "go.mod", "cargo.toml", "pom.xml", "build.gradle", "build.gradle.kts", "pyproject.toml",
        "requirements.txt", "package.swift", "gemfile", "composer.json", "dockerfile", "docker-compose.yml",
        "compose.yaml", ".gitlab-ci.yml", "makefile",
    ]

    func evaluate(_ context: AuditContext) -> CheckOutcome {
        guard let untracked = context.untrackedPaths else { return .notApplicable("no work tree (bare repository or URL)") }
        let evidence = untracked.compactMap { path -> Evidence? in
            let name = (path.split(separator: "/").last.map(String.init) ?? path).lowercased()
            if EnvFileCommittedCheck.isEnvFile(name) { return Evidence("untracked and not ignored: add it to .gitignore before it gets committed", path: path) }
            if Self.importantNames.contains(name) || path.hasPrefix(".github/workflows/") { return Evidence("untracked: commit it, or the audit and CI do not see it", path: path) }
            return nil
        }
        return evidence.isEmpty ? .passed : .failed(evidence)
    }

    var examples: [CheckExample] {
        [
            CheckExample("clean work tree", .pass, commits: [ExampleCommit(files: ["README.md": "# x\n"])]),
            CheckExample("an untracked, unignored .env", .fail, commits: [ExampleCommit(files: ["README.md": "# x\n"])], untracked: [".env": "A=1\n"]),
            CheckExample("an ignored .env", .pass, commits: [ExampleCommit(files: ["README.md": "# x\n", ".gitignore": ".env\n"])], untracked: [".env": "A=1\n"]),
        ]
    }
}
