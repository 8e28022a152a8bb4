import Foundation
import GroundworkAuditModel
import GroundworkBasics

/// No `.env` file with credentials or machine-local settings is tracked (an untracked one is fine;
/// templates are fine, and so are the public defaults Next.js and Vite ask to be committed).
struct EnvFileCommittedCheck: Check {
    let id = "security.env-file"
    let title = "No .env file is committed"
    let severity = Severity.high
    let rationale =
        ".env files hold local settings and credentials. Commit a template (.env.example) and ignore the real one. Defaults without credentials, which Next.js and Vite load from a committed .env, are fine; `.local` files never are."
    let fixedBy: [String] = []
    let effortHours = 0.5

    /// Suffixes that mark a template meant to be committed, written out (`.example`) or rendered by a tool (`.erb`).
    static let templateSuffixes = ["example", "sample", "template", "dist", "defaults", "schema", "erb", "tmpl", "tpl", "j2", "jinja", "mustache"]
    /// Words in a variable's name that say it holds a credential.
    static let credentialWords = ["PASSWORD", "PASSWD", "PASS", "PWD", "SECRET", "TOKEN", "KEY", "CREDENTIAL", "AUTH", "PRIVATE", "DSN", "SALT", "CERT"]
    /// Prefixes of variables that frameworks inline into the browser bundle: public by definition.
    static let publicPrefixes = ["NEXT_PUBLIC_", "VITE_", "PUBLIC_", "REACT_APP_", "EXPO_PUBLIC_", "NUXT_PUBLIC_", "GATSBY_", "VUE_APP_"]

    /// True for `.env`, `.env.production`, `app.env`…, but not for templates such as `.env.example`.
    static func isEnvFile(_ name: String) -> Bool {
        let lowered = name.lowercased()
        guard lowered == ".env" || lowered.hasPrefix(".env.") || lowered.hasSuffix(".env") else { return false }
        return !templateSuffixes.contains { lowered.hasSuffix("." + $0) || lowered.hasSuffix("-" + $0) }
    }

    func evaluate(_ context: AuditContext) -> CheckOutcome {
        let committed = context.snapshot.files.filter { ($0.kind == .file || $0.kind == .executable) && Self.isEnvFile($0.name) }
        let evidence = committed.compactMap { file -> Evidence? in
            if file.name.lowercased().hasSuffix(".local") {
                return Evidence("\(file.name) holds this machine's settings; remove it from git and add it to .gitignore", path: file.path)
            }
            // A file that cannot be read as text is reported: what it holds is unknown.
            guard let text = context.snapshot.text(file) else {
                return Evidence("\(file.name) is tracked; commit a template and add it to .gitignore", path: file.path)
            }
            guard let (line, name) = Self.firstCredential(in: text) else { return nil }
            return Evidence("\(file.name) is tracked and sets \(name); commit a template without values and add it to .gitignore", path: file.path, line: line)
        }
        return evidence.isEmpty ? .passed : .failed(evidence)
    }

    /// The first line that gives a credential a value: a variable named like one (`DB_PASSWORD`, `API_KEY`)
    /// that is not public, or a URL with a password in it. Nil when the file holds only settings.
    static func firstCredential(in text: String) -> (line: Int, name: String)? {
        for (index, rawLine) in TextLines(text).lines.enumerated() {
            var line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("export ") { line.removeFirst("export ".count) }
            guard !line.hasPrefix("#"), let separator = line.firstIndex(of: "=") else { continue }
            let name = line[..<separator].trimmingCharacters(in: .whitespaces)
            var value = line[line.index(after: separator)...].trimmingCharacters(in: .whitespaces)
            if let comment = value.range(of: " #") { value = String(value[..<comment.lowerBound]) }
            value = value.trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
            guard !value.isEmpty, !name.isEmpty else { continue }
            let upper = name.uppercased()
            if publicPrefixes.contains(where: upper.hasPrefix) { continue }
            if credentialWords.contains(where: upper.contains) || hasPasswordInURL(value) { return (index + 1, name) }
        }
        return nil
    }

    /// True for `scheme://user:password@host…`.
    private static func hasPasswordInURL(_ value: String) -> Bool { URLRedaction.hasPassword(value) }

    var examples: [CheckExample] {
        [
            CheckExample("only a template", .pass, files: [".env.example": "DATABASE_URL=\n", "README.md": "# app\n"]),
            CheckExample("a template rendered by a deploy tool", .pass, files: [".env.erb": "RAILS_MASTER_KEY=<%= `op read op://app/key` %>\n"]),
            CheckExample("an untracked .env", .pass, commits: [ExampleCommit(files: ["README.md": "# app\n"])], untracked: [".env": "DATABASE_URL=postgres://u:p@db/app\n"]),
            CheckExample("a Vite app's public defaults", .pass, files: ["frontend/.env": "VITE_API_URL=http://localhost:8000\nMAILPIT_HOST=http://localhost:8025\n"]),
            CheckExample("a committed .env with a database password", .fail, files: [".env": "DATABASE_URL=postgres://u:p@db/app\n"]),
            CheckExample("a committed production env file", .fail, files: ["deploy/.env.production": "SECRET_KEY_BASE=abc\n"]),
            CheckExample("a committed .env.local", .fail, files: [".env.local": "API_URL=http://localhost:3000\n"]),
        ]
    }
}
