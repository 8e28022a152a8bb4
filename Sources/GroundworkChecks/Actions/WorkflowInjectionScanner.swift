import Foundation
import GroundworkAuditModel

/// Finds `${{ }}` expressions in the scripts of a workflow or action that paste in attacker-controlled text.
struct WorkflowInjectionScanner {
    let file: WorkflowFile

    /// Event fields anyone can write — titles, bodies, branch names, commit messages, author names —
    /// after GitHub Security Lab's list. Expression contexts are case-insensitive, so are these.
    static let untrustedContexts: [TextPattern] = [
        #"github\.head_ref\b"#,
        #"github\.event\.(issue|pull_request|discussion)\.(title|body)\b"#,
        #"github\.event\.(comment|review|review_comment|discussion_comment)\.body\b"#,
        #"github\.event\.pages(\[[^\]]*\]|\.\*)\.page_name\b"#,
        #"github\.event\.(commits(\[[^\]]*\]|\.\*)|head_commit)\.(message|author\.(email|name)|committer\.(email|name))\b"#,
        #"github\.event\.pull_request\.head\.(ref|label|repo\.default_branch)\b"#,
        #"github\.event\.workflow_run\.(head_branch|display_title|head_commit\.(message|author\.(email|name)|committer\.(email|name)))\b"#,
        #"github\.event\.workflow_run\.pull_requests(\[[^\]]*\]|\.\*)\.head\.ref\b"#,
    ].map { TextPattern("untrusted context", "(?i)" + $0) }

    /// Evidence for every untrusted expression in a `run:` script or an `actions/github-script` script.
    func findings() -> [Evidence] {
        let tainted = taintedEnvironmentNames()
        var evidence: [Evidence] = []
        for step in file.steps {
            var scripts: [(kind: String, node: WorkflowNode)] = []
            if let run = step.node["run"] { scripts.append(("run:", run)) }
            if step.usesAction("actions/github-script"), let script = step.node["with"]?["script"] {
                scripts.append(("github-script", script))
            }
            let owner = step.jobID.map { " of job `\($0)`" } ?? ""
            for (kind, node) in scripts {
                guard let text = node.text else { continue }
                var occurrences: [String: Int] = [:]
                for expression in Self.expressions(in: text) {
                    let occurrence = occurrences[expression, default: 0]
                    occurrences[expression] = occurrence + 1
                    guard isUntrusted(expression, taintedEnvironment: tainted) else { continue }
                    let line = file.lines.line(ofOccurrence: occurrence, of: expression, from: node.line ?? 1) ?? node.line
                    evidence.append(
                        Evidence(
                            "`\(expression)` is pasted into the \(kind) script\(owner): whoever writes that text can run commands; pass it through `env:` and quote the variable",
                            path: file.path, line: line
                        ))
                }
            }
        }
        return evidence
    }

    /// True when the expression names an untrusted field, or an env variable that holds one.
    func isUntrusted(_ expression: String, taintedEnvironment: Set<String>) -> Bool {
        if Self.untrustedContexts.contains(where: { $0.matches(expression) }) { return true }
        let lowered = expression.lowercased()
        return taintedEnvironment.contains { name in
            TextPattern("env", #"\benv\.\#(NSRegularExpression.escapedPattern(for: name.lowercased()))\b"#).matches(lowered)
        }
    }

    /// Names of `env:` variables (workflow, job or step) whose value is an untrusted field: safe to read
    /// as `$NAME` in the shell, an injection again when pasted as `${{ env.NAME }}`.
    func taintedEnvironmentNames() -> Set<String> {
        let scopes = [file.root] + file.jobs.map(\.node) + file.steps.map(\.node)
        var names = Set<String>()
        for scope in scopes.compactMap({ $0 }) {
            for entry in scope["env"]?.entries ?? [] {
                guard let value = entry.value.text else { continue }
                if Self.expressions(in: value).contains(where: { expression in Self.untrustedContexts.contains { $0.matches(expression) } }) {
                    names.insert(entry.key)
                }
            }
        }
        return names
    }

    /// Every `${{ … }}` in a script, as written.
    static func expressions(in text: String) -> [String] {
        var found: [String] = []
        var rest = text[...]
        while let open = rest.range(of: "${{") {
            guard let close = rest[open.upperBound...].range(of: "}}") else { break }
            found.append(String(rest[open.lowerBound..<close.upperBound]))
            rest = rest[close.upperBound...]
        }
        return found
    }
}
