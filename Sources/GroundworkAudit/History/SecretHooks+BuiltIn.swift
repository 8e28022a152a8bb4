import Foundation
import GroundworkBasics
import GroundworkChecks
import GroundworkSecrets

extension SecretHooks {
    /// The built-in secret rules, wired into the history walk.
    package static var builtIn: SecretHooks {
        let scanner = SecretScanner.shared
        return SecretHooks(
            rulesVersion: "\(GroundworkVersion.current)/" + SecretRule.builtIn.map(\.id).joined(separator: ","),
            mightContainSecret: { scanner.mightContainSecret($0) },
            scan: { lines in
                scanner.scan(lines: lines).map { SecretHit(ruleID: $0.ruleID, ruleName: $0.ruleName, line: $0.line, redacted: $0.redacted) }
            }
        )
    }
}
