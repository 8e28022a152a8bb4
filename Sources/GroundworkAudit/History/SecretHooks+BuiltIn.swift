import Foundation
import GroundworkBasics
import GroundworkChecks
import GroundworkSecrets

extension SecretHooks {
    /// The built-in secret rules, wired into the history walk.
    package static var builtIn: SecretHooks { scanning(with: .shared) }

    /// `scanner`'s rules wired into the history walk; the rules version is the groundwork version, the walk's
    /// results version and a digest of every rule's definition, so a changed rule or walk is not answered from the
    /// cache.
    package static func scanning(with scanner: SecretScanner) -> SecretHooks {
        SecretHooks(
            rulesVersion: "\(GroundworkVersion.current)/walk \(CommitAnalyzer.resultsVersion)/\(scanner.rules.count) rules/" + scanner.rulesDigest,
            mightContainSecret: { scanner.mightContainSecret($0) },
            readsSomeLine: { scanner.readsSomeLine(of: $0) },
            scan: { lines in
                scanner.scan(lines).map {
                    SecretHit(ruleID: $0.ruleID, ruleName: $0.ruleName, line: $0.line, redacted: $0.redacted, allowlistsMet: $0.allowlistsMet)
                }
            }
        )
    }
}
