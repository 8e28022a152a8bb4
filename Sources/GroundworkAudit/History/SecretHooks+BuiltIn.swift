import Foundation
import GroundworkBasics
import GroundworkChecks
import GroundworkSecrets

extension SecretHooks {
    /// The built-in secret rules, wired into the history walk.
    package static var builtIn: SecretHooks { scanning(with: .shared) }

    /// `scanner`'s rules wired into the history walk; the rules version names every rule, and a digest of what a
    /// custom rule matches, so a changed rule is not answered from the cache.
    package static func scanning(with scanner: SecretScanner) -> SecretHooks {
        let builtIn = Set(SecretRule.builtIn.map(\.id))
        let custom = scanner.rules.filter { !builtIn.contains($0.id) }.map(\.definitionDigest)
        return SecretHooks(
            rulesVersion: "\(GroundworkVersion.current)/" + scanner.rules.map(\.id).joined(separator: ",")
                + (custom.isEmpty ? "" : "/" + custom.joined(separator: ",")),
            mightContainSecret: { scanner.mightContainSecret($0) },
            scan: { lines in
                scanner.scan(lines: lines).map { SecretHit(ruleID: $0.ruleID, ruleName: $0.ruleName, line: $0.line, redacted: $0.redacted) }
            }
        )
    }
}
