import Foundation
import GroundworkSecrets
import GroundworkStack

/// Imports the `[[rules]]` of a gitleaks TOML configuration (`.gitleaks.toml`), so a team switching to groundwork
/// keeps its own rules: `id`, `description`, `regex`, `keywords`, `secretGroup`, `entropy`, `path` (the rule
/// reports only in matching files), the rule's allowlists and the global one (`regexes` with their
/// `regexTarget` — the secret, the whole match or the line —, `stopwords`, `paths`, `commits`, and `condition`,
/// `AND` included: over what the file holds and where it is, the content side is judged during the scan and
/// the rest with the finding's path and commit), and `[extend] path`
/// (another configuration whose rules come first; `disabledRules` leaves some of them out).
///
/// Rules that match only file paths (`path` without `regex`) are left out: groundwork reports secrets, not file
/// names. A rule with the id of a built-in rule is left to the built-in one; `[extend] useDefault` changes
/// nothing, as groundwork's own rules always run. gitleaks' configuration carries no examples, so imported rules
/// are checked for a valid pattern and keywords only.
package enum GitleaksConfiguration {
    /// How deep `[extend] path` chains may go before they are taken for a loop.
    static let extendLimit = 4

    /// The rules of the configuration `text`; `path` names the file in errors, and `read` gives the text of
    /// an extended configuration by its path (relative to `path`'s folder, as gitleaks resolves it), or nil.
    package static func rules(_ text: String, path: String, read: (String) -> String? = { try? String(contentsOfFile: $0, encoding: .utf8) }) throws(AuditError) -> [SecretRule] {
        let builtIn = Set(SecretRule.builtIn.map(\.id))
        return try rules(text, path: path, read: read, depth: 0).filter { !builtIn.contains($0.id) }
    }

    private static func rules(_ text: String, path: String, read: (String) -> String?, depth: Int) throws(AuditError) -> [SecretRule] {
        let root = TOMLReader.parse(text)
        var inherited: [SecretRule] = []
        if let extend = root["extend"], let base = extend["path"]?.string {
            let line = lineOf("[extend]", in: text)
            guard depth < extendLimit else {
                throw AuditError(.badConfiguration, "\(path):\(line): [extend] chains more than \(extendLimit) files deep; expected no loop of extended configurations")
            }
            let basePath = base.hasPrefix("/") ? base : ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent(base)
            guard let baseText = read(basePath) else {
                throw AuditError(.badConfiguration, "\(path):\(line): [extend] path = \"\(base)\" cannot be read; expected a gitleaks configuration at \(basePath)")
            }
            let disabled = Set(extend["disabledRules"]?.strings ?? [])
            inherited = try rules(baseText, path: basePath, read: read, depth: depth + 1).filter { !disabled.contains($0.id) }
        }
        let own = try ownRules(root, text: text, path: path)
        // A rule of this file replaces the extended file's rule of the same id, as in gitleaks.
        let ownIDs = Set(own.map(\.id))
        return inherited.filter { !ownIDs.contains($0.id) } + own
    }

    private static func ownRules(_ root: TOMLValue, text: String, path: String) throws(AuditError) -> [SecretRule] {
        let headers = ruleHeaderLines(text)
        let tables = root["rules"]?.array ?? []
        guard !tables.isEmpty || root["extend"] != nil else {
            throw AuditError(.badConfiguration, "\(path):1: no [[rules]] found; expected a gitleaks configuration with [[rules]] tables (id, regex, keywords)")
        }
        let global = try allowlists(root, path: path, line: lineOf("[allowlist]", in: text))
        var seen: Set<String> = []
        var rules: [SecretRule] = []
        for (index, table) in tables.enumerated() {
            let line = index < headers.count ? headers[index] : 1
            func fail(_ problem: String) -> AuditError { AuditError(.badConfiguration, "\(path):\(line): \(problem)") }
            guard let id = table["id"]?.string, !id.isEmpty else { throw fail("[[rules]] number \(index + 1) has no `id`; expected id = \"…\"") }
            guard let pattern = table["regex"]?.string else {
                if table["path"] != nil { continue }
                throw fail("rule \(id) has no `regex`; expected regex = '''…'''")
            }
            guard seen.insert(id).inserted else { throw fail("rule id `\(id)` appears twice; expected each [[rules]] id once") }
            let expression: NSRegularExpression
            do {
                expression = try NSRegularExpression(pattern: pattern)
            } catch {
                throw fail("rule \(id): `\(pattern)` is not a regular expression groundwork can read (ICU syntax; gitleaks' Go syntax mostly carries over)")
            }
            let keywords = (table["keywords"]?.strings ?? []).map { $0.lowercased() }.filter { !$0.isEmpty }
            guard !keywords.isEmpty, keywords.allSatisfy({ $0.allSatisfy(\.isASCII) }) else {
                throw fail("rule \(id) has no ASCII `keywords`; groundwork needs at least one literal every match holds (its prefilter), e.g. keywords = [\"acme_\"]")
            }
            let groups = expression.numberOfCaptureGroups
            let secretGroup = table["secretGroup"]?.string.flatMap { Int($0) } ?? (groups > 0 ? 1 : 0)
            guard (0...groups).contains(secretGroup) else {
                throw fail("rule \(id): secretGroup = \(secretGroup) but the regex has \(groups) capture group(s); expected 0…\(groups)")
            }
            let entropy = table["entropy"]?.string.flatMap { Double($0) }
            let allowed = global + (try allowlists(table, path: path, line: line))
            var rule = SecretRule(
                id: id, name: table["description"]?.string ?? id, severity: .high, keywords: keywords,
                matcher: .pattern(expression, secretGroups: [secretGroup], refine: { GitleaksAllowlist.judge($0, by: allowed) }),
                minimumEntropy: entropy, truePositives: [], falsePositives: []
            )
            rule.refinementDefinition = allowed.map(\.definition)
            var scope = SecretPathScope(exceptions: allowed.enumerated().compactMap { $1.exception(index: $0) })
            if let only = table["path"]?.string {
                do {
                    scope.only = try NSRegularExpression(pattern: only)
                } catch {
                    throw fail("rule \(id): path = '\(only)' is not a regular expression groundwork can read")
                }
            }
            if scope.only != nil || !scope.exceptions.isEmpty { rule.pathScope = scope }
            rules.append(rule)
        }
        return rules
    }

    /// The line of every `[[rules]]` header, in order, for errors that name a rule's line.
    static func ruleHeaderLines(_ text: String) -> [Int] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { offset, line in
            line.trimmingCharacters(in: .whitespaces).hasPrefix("[[rules]]") ? offset + 1 : nil
        }
    }

    /// The line of the first header starting with `header`, else 1.
    static func lineOf(_ header: String, in text: String) -> Int {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return (lines.firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix(header) } ?? 0) + 1
    }

    /// The `allowlist` table (gitleaks before 8.21) and the `allowlists` array of `table`.
    static func allowlists(_ table: TOMLValue, path: String, line: Int) throws(AuditError) -> [GitleaksAllowlist] {
        let lists = [table["allowlist"]].compactMap { $0 } + (table["allowlists"]?.array ?? [])
        return try lists.map { list throws(AuditError) in
            func fail(_ problem: String) -> AuditError { AuditError(.badConfiguration, "\(path):\(line): \(problem)") }
            func expressions(_ key: String) throws(AuditError) -> [NSRegularExpression] {
                var result: [NSRegularExpression] = []
                for pattern in list[key]?.strings ?? [] {
                    do {
                        result.append(try NSRegularExpression(pattern: pattern))
                    } catch {
                        throw fail("allowlist \(key): `\(pattern)` is not a regular expression groundwork can read (ICU syntax)")
                    }
                }
                return result
            }
            let target = list["regexTarget"]?.string ?? "secret"
            guard let regexTarget = GitleaksAllowlist.Target(rawValue: target) else {
                throw fail("regexTarget = \"\(target)\"; expected secret, match or line")
            }
            let condition = list["condition"]?.string?.uppercased() ?? "OR"
            guard condition == "OR" || condition == "AND" else { throw fail("condition = \"\(condition)\"; expected OR or AND") }
            let allowlist = GitleaksAllowlist(
                stopwords: list["stopwords"]?.strings.map { $0.lowercased() } ?? [],
                regexes: try expressions("regexes").map { (expression: $0, target: regexTarget) },
                paths: try expressions("paths"), commits: list["commits"]?.strings ?? [], requiresAll: condition == "AND")
            return allowlist
        }
    }
}

/// Values gitleaks is told to accept: a secret holding a stop word, a secret, match or line an allowlist
/// expression matches, a file under an allowed path, or a commit it names — any of these, or with
/// `condition = "AND"` every kind the allowlist lists.
///
/// What the secret holds is judged during the scan, where and when it was added after it (the scan caches are
/// per blob, and one blob can sit at many paths). An `AND` over both therefore works in two steps: the scan
/// keeps a secret meeting the content side and marks it with the allowlist's index (`allowlistsMet`), and the
/// exception built from the paths and commits covers only marked findings.
struct GitleaksAllowlist: Sendable {
    /// What an allowlist expression is run on.
    enum Target: String, Sendable {
        case secret, match, line
    }

    var stopwords: [String] = []
    var regexes: [(expression: NSRegularExpression, target: Target)] = []
    var paths: [NSRegularExpression] = []
    var commits: [String] = []
    var requiresAll = false

    /// True when the allowlist looks at the secret or its line (judged during the scan).
    var judgesContent: Bool { !stopwords.isEmpty || !regexes.isEmpty }

    /// True when the allowlist looks at where the secret is (judged after the scan).
    var judgesLocation: Bool { !paths.isEmpty || !commits.isEmpty }

    /// True for `AND` over both: content met during the scan only marks the secret.
    var judgesBoth: Bool { requiresAll && judgesContent && judgesLocation }

    /// The part judged after the scan, from the finding's path and commit, for the allowlist at `index` among its
    /// rule's; nil when the allowlist has none.
    func exception(index: Int) -> SecretPathScope.Exception? {
        guard judgesLocation else { return nil }
        return SecretPathScope.Exception(paths: paths, commits: commits, requiresAll: requiresAll, contentAllowlist: judgesBoth ? index : nil)
    }

    /// Everything the allowlist judges, as text: part of its rule's definition digest, so the per-blob scan
    /// caches notice an edited allowlist.
    var definition: String {
        let expressions = regexes.map { "\($0.target.rawValue):\($0.expression.pattern)" }
        return ([requiresAll ? "AND" : "OR"] + stopwords + expressions + paths.map(\.pattern) + commits).joined(separator: "\u{1F}")
    }

    /// `candidate` as the scan keeps it under `allowlists`: nil when one ignores it for what it holds, marked
    /// with the indices of those whose content side it meets when they judge its location too.
    static func judge(_ candidate: SecretCandidate, by allowlists: [GitleaksAllowlist]) -> SecretCandidate? {
        var kept = candidate
        for (index, allowlist) in allowlists.enumerated() where allowlist.meetsContentSide(candidate) {
            guard allowlist.judgesBoth else { return nil }
            kept.allowlistsMet.append(index)
        }
        return kept
    }

    /// True when what `candidate` holds meets the allowlist's stop words and expressions (any of the two kinds,
    /// or with `condition = "AND"` both that it lists); false for an allowlist that judges no content.
    func meetsContentSide(_ candidate: SecretCandidate) -> Bool {
        guard judgesContent else { return false }
        let secret = candidate.value
        let lower = secret.lowercased()
        var kinds: [Bool] = []
        if !stopwords.isEmpty { kinds.append(stopwords.contains { lower.contains($0) }) }
        if !regexes.isEmpty {
            kinds.append(
                regexes.contains { expression, target in
                    let text: String
                    switch target {
                    case .secret: text = secret
                    case .match: text = candidate.line.flatMap { line in candidate.match.map { (line as NSString).substring(with: $0) } } ?? secret
                    case .line: text = candidate.line ?? secret
                    }
                    return expression.firstMatch(in: text, range: NSRange(location: 0, length: (text as NSString).length)) != nil
                })
        }
        return requiresAll ? kinds.allSatisfy { $0 } : kinds.contains(true)
    }
}
