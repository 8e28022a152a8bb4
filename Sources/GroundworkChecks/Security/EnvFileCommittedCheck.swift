import GroundworkAuditModel

/// No `.env` file with real settings is tracked (an untracked one is fine; templates are fine).
struct EnvFileCommittedCheck: Check {
    let id = "security.env-file"
    let title = "No .env file is committed"
    let severity = Severity.high
    let rationale = ".env files hold local settings and credentials. Commit a template (.env.example) and ignore the real one."
    let fixedBy: [String] = []
    let effortHours = 0.5

    /// Suffixes that mark a template meant to be committed.
    static let templateSuffixes = ["example", "sample", "template", "dist", "defaults", "schema"]

    static func isEnvFile(_ name: String) -> Bool {
        let lowered = name.lowercased()
        guard lowered == ".env" || lowered.hasPrefix(".env.") || lowered.hasSuffix(".env") else { return false }
        return !templateSuffixes.contains { lowered.hasSuffix("." + $0) || lowered.hasSuffix("-" + $0) }
    }

    func evaluate(_ context: AuditContext) -> CheckOutcome {
        let committed = context.snapshot.files.filter { ($0.kind == .file || $0.kind == .executable) && Self.isEnvFile($0.name) }
        guard !committed.isEmpty else { return .passed }
        return .failed(committed.map { Evidence("\($0.name) is tracked; commit a template and add it to .gitignore", path: $0.path) })
    }

    var examples: [CheckExample] {
        [
            CheckExample("only a template", .pass, files: [".env.example": "DATABASE_URL=\n", "README.md": "# app\n"]),
            CheckExample("an untracked .env", .pass, commits: [ExampleCommit(files: ["README.md": "# app\n"])], untracked: [".env": "DATABASE_URL=postgres://u:p@db/app\n"]),
            CheckExample("a committed .env", .fail, files: [".env": "DATABASE_URL=postgres://u:p@db/app\n"]),
            CheckExample("a committed production env file", .fail, files: ["deploy/.env.production": "SECRET_KEY_BASE=abc\n"]),
        ]
    }
}
