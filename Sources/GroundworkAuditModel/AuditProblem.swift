/// Something that kept the audit from seeing everything, with a kind that decides what it means (is the
/// audit incomplete?) and a message for people. Renderers print the message; code reads the kind.
package struct AuditProblem: Sendable, Hashable, CustomStringConvertible {
    /// What kind of limit the audit met.
    package enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The repository has no commits: there was nothing to audit.
        case noCommits = "no-commits"
        /// A file's object could not be read; the rest of the tree was audited.
        case unreadableFile = "unreadable-file"
        /// Files over the size limit were not read by content checks.
        case oversizedFiles = "oversized-files"
        /// The clone is shallow: history before its depth is missing.
        case shallowHistory = "shallow-history"
        /// The history walk stopped before the end.
        case historyStopped = "history-stopped"
        /// A commit could not be read during the history walk.
        case unreadableCommit = "unreadable-commit"
        /// The result cache could not be used; the audit ran without it.
        case cacheUnavailable = "cache-unavailable"
        /// HEAD names a branch that does not exist while other branches hold commits: nothing was audited.
        case unbornHead = "unborn-head"
        /// Lines over the scanner's length limit were scanned only for anchored provider tokens.
        case longLinesPartlyScanned = "long-lines-partly-scanned"
        /// Anything else (problems read back from a stored report carry this kind).
        case other

        /// Whether a problem of this kind means part of the repository went unaudited. A shallow clone
        /// is a limit of the clone, not of the audit; an unusable cache only costs time.
        package var leavesAuditIncomplete: Bool {
            switch self {
            case .unreadableFile, .historyStopped, .unreadableCommit, .unbornHead: true
            case .noCommits, .oversizedFiles, .shallowHistory, .cacheUnavailable, .longLinesPartlyScanned, .other: false
            }
        }
    }

    package var kind: Kind
    /// What happened, for people.
    package var message: String

    package init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    package var description: String { message }
}

extension AuditProblem: ExpressibleByStringLiteral {
    /// A problem of kind `other`, for fixtures.
    package init(stringLiteral message: String) {
        self.init(.other, message)
    }
}

extension AuditProblem: Codable {
    /// Encoded as its message, so the report's JSON keeps its shape (`problems` is a list of strings).
    package init(from decoder: any Decoder) throws {
        self.init(.other, try decoder.singleValueContainer().decode(String.self))
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(message)
    }
}
