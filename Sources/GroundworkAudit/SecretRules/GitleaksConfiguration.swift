import Foundation
import GroundworkSecrets
import GroundworkStack

/// Imports the `[[rules]]` of a gitleaks TOML configuration (`.gitleaks.toml`), so a team switching to groundwork
/// keeps its own rules: `id`, `description`, `regex`, `keywords`, `secretGroup`, `entropy`, and the `regexes` and
/// `stopwords` of the rule's allowlists and of the global one.
///
/// Rules that match only file paths (`path` without `regex`) are left out: groundwork reports secrets, not file
/// names. A rule with the id of a built-in rule is left to the built-in one. gitleaks' configuration carries no
/// examples, so imported rules are checked for a valid pattern and keywords only.
package enum GitleaksConfiguration {
    /// The rules of the configuration `text`; `path` names the file in errors.
    package static func rules(_ text: String, path: String) throws(AuditError) -> [SecretRule] {
        let root = TOMLReader.parse(text)
        let headers = ruleHeaderLines(text)
        guard let tables = root["rules"]?.array, !tables.isEmpty else {
            throw AuditError(.badConfiguration, "\(path):1: no [[rules]] found; expected a gitleaks configuration with [[rules]] tables (id, regex, keywords)")
        }
        let global = allowlist(root)
        let builtIn = Set(SecretRule.builtIn.map(\.id))
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
            guard !builtIn.contains(id) else { continue }
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
            let allowed = global.merging(allowlist(table))
            rules.append(
                SecretRule(
                    id: id, name: table["description"]?.string ?? id, severity: .high, keywords: keywords,
                    matcher: .pattern(expression, secretGroups: [secretGroup], refine: { allowed.permits($0.value) ? $0 : nil }),
                    minimumEntropy: entropy, truePositives: [], falsePositives: []
                ))
        }
        return rules
    }

    /// The line of every `[[rules]]` header, in order, for errors that name a rule's line.
    static func ruleHeaderLines(_ text: String) -> [Int] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { offset, line in
            line.trimmingCharacters(in: .whitespaces).hasPrefix("[[rules]]") ? offset + 1 : nil
        }
    }

    /// The `allowlist` table (gitleaks before 8.21) and the `allowlists` array of `table`.
    static func allowlist(_ table: TOMLValue) -> GitleaksAllowlist {
        let lists = [table["allowlist"]].compactMap { $0 } + (table["allowlists"]?.array ?? [])
        var result = GitleaksAllowlist()
        for list in lists {
            result.stopwords += list["stopwords"]?.strings.map { $0.lowercased() } ?? []
            result.regexes += (list["regexes"]?.strings ?? []).compactMap { try? NSRegularExpression(pattern: $0) }
        }
        return result
    }
}

/// Values gitleaks is told to accept: a secret holding a stop word, or matched by an allowlist expression.
struct GitleaksAllowlist: Sendable {
    var stopwords: [String] = []
    var regexes: [NSRegularExpression] = []

    /// Both lists together.
    func merging(_ other: GitleaksAllowlist) -> GitleaksAllowlist {
        GitleaksAllowlist(stopwords: stopwords + other.stopwords, regexes: regexes + other.regexes)
    }

    /// False when `secret` is allowed (not to be reported).
    func permits(_ secret: String) -> Bool {
        let lower = secret.lowercased()
        if stopwords.contains(where: { lower.contains($0) }) { return false }
        let range = NSRange(location: 0, length: (secret as NSString).length)
        return !regexes.contains { $0.firstMatch(in: secret, range: range) != nil }
    }
}
