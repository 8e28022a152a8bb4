import Foundation

extension SecretScanner {
    /// The secrets rule `ruleID` reports on one line, in full, for asking their provider whether they are live
    /// (`audit --verify-secrets`). The values are for the request only: never store, log or print them.
    package func secretValues(of ruleID: String, onLine text: String) -> [String] {
        guard let rule = rules.first(where: { $0.id == ruleID }), case let .pattern(expression, secretGroups, refine) = rule.matcher,
            !Self.isAllowed(text)
        else { return [] }
        return Self.candidates(expression, secretGroups, refine, in: text, NSString(string: text), range: nil)
            .filter { !$0.isPublic && Self.isReportable($0.value, by: rule) }
            .map(\.value)
    }
}
