import Foundation
import GroundworkAuditModel
import GroundworkGit
import GroundworkSecretVerification
import GroundworkSecrets

/// `audit --verify-secrets`: asks the providers about the secrets the tree and history checks found and writes
/// each verdict (live, revoked, unknown) into its evidence.
///
/// Findings keep no secret (caches and reports hold redacted values), so the pass reads each finding's line
/// again, from the tree or from the commit it was found in, and hands the value straight to the verifier. The
/// values and the verdicts live only in memory for this run; nothing is cached.
enum SecretLivenessPass {
    /// The checks whose evidence names a secret.
    static let checkIDs: Set<String> = ["security.secrets-in-tree", "security.secrets-in-history"]

    /// Annotates the secret evidence of `results`; returns the sentence the report shows.
    static func run(
        _ results: inout [CheckResult], snapshot: RepoSnapshot, repository: Repository, scanner: SecretScanner,
        verification: SecretVerification
    ) -> String {
        var texts = FileTexts(snapshot: snapshot, repository: repository)
        var places: [(result: Int, evidence: Int)] = []
        var candidates: [SecretVerification.Candidate] = []
        for (resultIndex, result) in results.enumerated() where checkIDs.contains(result.id) {
            for (evidenceIndex, evidence) in result.evidence.enumerated() {
                guard let path = evidence.path, let line = evidence.line, let ruleID = ruleID(of: evidence),
                    let lines = texts.lines(of: path, at: evidence.commit), line <= lines.count,
                    let secret = scanner.secretValues(of: ruleID, onLine: lines[line - 1]).first
                else {
                    results[resultIndex].evidence[evidenceIndex].liveness = SecretLiveness.unknown.rawValue
                    continue
                }
                let companion = verification.verifier(for: ruleID, secret: secret)?.companionRuleID.flatMap { companionRule in
                    lines.lazy.compactMap { scanner.secretValues(of: companionRule, onLine: $0).first }.first
                }
                places.append((resultIndex, evidenceIndex))
                candidates.append(SecretVerification.Candidate(ruleID: ruleID, secret: secret, companion: companion))
            }
        }
        let outcome = verification.verifyBlocking(candidates)
        for (place, verdict) in zip(places, outcome.verdicts) {
            results[place.result].evidence[place.evidence].liveness = verdict.rawValue
        }
        return summary(outcome, found: results.filter { checkIDs.contains($0.id) }.reduce(0) { $0 + $1.evidence.count })
    }

    /// The rule of a secret finding, from its fingerprint `commit:path:rule:line`.
    static func ruleID(of evidence: Evidence) -> String? {
        guard let parts = evidence.fingerprint?.split(separator: ":", omittingEmptySubsequences: false), parts.count >= 4 else { return nil }
        return String(parts[parts.count - 2])
    }

    /// "Secret verification (--verify-secrets) was on: …", with what was sent where and the verdicts.
    static func summary(_ outcome: SecretVerification.Outcome, found: Int) -> String {
        let asked = outcome.requests.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        let count = { (verdict: SecretLiveness) in outcome.verdicts.filter { $0 == verdict }.count }
        var text = "Secret verification (--verify-secrets) was on: "
        text += asked.isEmpty ? "no finding could be verified, so nothing was sent" : "requests sent to read-only provider endpoints (\(asked))"
        text += "; \(count(.live)) live, \(count(.revoked)) revoked, \(found - count(.live) - count(.revoked)) unknown"
        if !outcome.rateLimited.isEmpty {
            text += "; rate-limited by \(outcome.rateLimited.sorted().joined(separator: ", ")), whose other findings stay unknown"
        }
        return text + "."
    }
}

/// The lines of files in the tree and at commits, read once each during the pass.
private struct FileTexts {
    let snapshot: RepoSnapshot
    let repository: Repository
    private var read: [String: [String]?] = [:]

    init(snapshot: RepoSnapshot, repository: Repository) {
        self.snapshot = snapshot
        self.repository = repository
    }

    /// The lines of `path` in the tree (`commit` nil) or at `commit`; nil when it cannot be read.
    mutating func lines(of path: String, at commit: String?) -> [String]? {
        let key = (commit ?? "") + "\u{1F}" + path
        if let known = read[key] { return known }
        let text: String?
        if let commit {
            text = try? ObjectID(hex: commit).flatMap { id -> String? in
                let tree = try repository.commit(id).tree
                guard let entry = try repository.entry(at: path, inTree: tree) else { return nil }
                return String(decoding: try repository.blob(entry.id).data, as: UTF8.self)
            }
        } else {
            text = snapshot.file(at: path).flatMap { snapshot.data($0) }.map { String(decoding: $0, as: UTF8.self) }
        }
        let lines = text.map { $0.split(separator: "\n", omittingEmptySubsequences: false).map { String($0.hasSuffix("\r") ? $0.dropLast() : $0) } }
        read[key] = lines
        return lines
    }
}
