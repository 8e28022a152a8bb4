import Foundation
import GroundworkGit
import GroundworkSecrets

/// One walked commit, as the cache stores it: who and when (mailmap is applied later).
///
/// A big history holds hundreds of thousands of these, so the id stays 20 raw bytes and a worker
/// hands every commit of one author the same name and email strings (see `AuthorInterner`).
package struct CommitRecord: Sendable, Hashable {
    package var id: ObjectID
    package var authorName: String
    package var authorEmail: String
    package var time: Double

    package init(id: ObjectID, authorName: String, authorEmail: String, time: Double) {
        self.id = id
        self.authorName = authorName
        self.authorEmail = authorEmail
        self.time = time
    }
}

/// A name and email exactly as a commit spells them (the mailmap is applied later).
package struct AuthorIdentity: Hashable, Sendable {
    package var name: String
    package var email: String

    package init(name: String, email: String) {
        self.name = name
        self.email = email
    }
}

/// Gives every commit of one author the same `String` storage instead of a copy per commit.
package struct AuthorInterner {
    private var known: Set<AuthorIdentity> = []

    package init() {}

    package mutating func intern(name: String, email: String) -> AuthorIdentity {
        known.insert(AuthorIdentity(name: name, email: email)).memberAfterInsert
    }
}

/// Something the walk found in a blob that a commit added.
package struct HistoryEvent: Sendable, Hashable {
    /// What was found.
    package enum Kind: String, Sendable {
        case largeBlob = "large", artifact, secret
    }

    package var kind: Kind
    package var commit: String
    package var path: String
    package var blob: String
    package var size: Int
    /// For artefacts, why; for secrets, the rule's name.
    package var detail: String
    /// For secrets: the rule id, the line and the redacted value.
    package var ruleID: String?
    package var line: Int?
    package var redacted: String?
    /// For secrets: the rule's allowlists whose content side the secret met (see `SecretMatch.allowlistsMet`).
    package var allowlistsMet: [Int] = []
}

/// A secret match reported by the scanner hook, already redacted.
package struct SecretHit: Sendable, Hashable {
    package var ruleID: String
    package var ruleName: String
    package var line: Int
    package var redacted: String
    package var allowlistsMet: [Int]

    package init(ruleID: String, ruleName: String, line: Int, redacted: String, allowlistsMet: [Int] = []) {
        self.ruleID = ruleID
        self.ruleName = ruleName
        self.line = line
        self.redacted = redacted
        self.allowlistsMet = allowlistsMet
    }
}

/// How the walk looks for secrets: prefilters over a blob's bytes, then a scan of the lines a change added.
package struct SecretHooks: Sendable {
    /// False when no rule's keyword occurs in the blob: a quick test that stops at the first keyword.
    package var mightContainSecret: @Sendable (UnsafeRawBufferPointer) -> Bool
    /// False when none of the blob's lines can lead the scan to a secret: then the lines a change adds to it hold
    /// none either, whichever they are, and the walk need not diff it.
    package var readsSomeLine: @Sendable (UnsafeRawBufferPointer) -> Bool
    package var scan: @Sendable (NumberedLines) -> [SecretHit]
    /// Changes whenever the rules change, so cached scan results are not reused across rule sets.
    package var rulesVersion: String

    package init(
        rulesVersion: String, mightContainSecret: @escaping @Sendable (UnsafeRawBufferPointer) -> Bool,
        readsSomeLine: @escaping @Sendable (UnsafeRawBufferPointer) -> Bool, scan: @escaping @Sendable (NumberedLines) -> [SecretHit]
    ) {
        self.rulesVersion = rulesVersion
        self.mightContainSecret = mightContainSecret
        self.readsSomeLine = readsSomeLine
        self.scan = scan
    }
}
