import Foundation

/// What the tree's secret check needs from one blob, already redacted: a pure function of the blob's
/// content (and the rule set), so the audit engine can cache it by blob id and skip the read next time.
package struct BlobSecretScan: Sendable, Hashable, Codable {
    /// One rule's match in the blob; the secret itself is never kept, only its redacted form.
    package struct Hit: Sendable, Hashable, Codable {
        package var ruleID: String
        package var ruleName: String
        package var line: Int
        package var redacted: String
        /// The rule's allowlists whose content side the secret met (judged with the path later); left out of
        /// the cached encoding when empty, as it almost always is.
        package var allowlistsMet: [Int] { met ?? [] }
        private var met: [Int]?

        package init(ruleID: String, ruleName: String, line: Int, redacted: String, allowlistsMet: [Int] = []) {
            self.ruleID = ruleID
            self.ruleName = ruleName
            self.line = line
            self.redacted = redacted
            self.met = allowlistsMet.isEmpty ? nil : allowlistsMet
        }
    }

    /// Every match of every rule, whatever the path (test-code rules are applied by path later).
    package var hits: [Hit]
    /// True when a line over the scanner's length limit was scanned only by the long-line rules.
    package var skipsPartOfLongLines: Bool

    package init(hits: [Hit] = [], skipsPartOfLongLines: Bool = false) {
        self.hits = hits
        self.skipsPartOfLongLines = skipsPartOfLongLines
    }

    /// A binary blob, or one no rule can match: nothing to report.
    package static let empty = BlobSecretScan()
}
