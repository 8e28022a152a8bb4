import Foundation
import GroundworkAuditModel
import GroundworkGit

/// One history worker's reading of commits, in two passes: `changes(of:)` reads a commit and the files it adds or
/// changes against its first parent; `analyse(_:)` then sizes, classifies and — when the cheap prefilter hits —
/// scans the added lines of each blob a change adds.
///
/// Line diffs are expensive in libgit2, so they run only for blobs whose bytes contain a rule keyword, against the
/// replaced blob, which `recent` usually still holds: the walk hands all the changes of one path to one worker,
/// parents first, so the replaced blob is the one that worker read last for that path.
package struct CommitAnalyzer {
    /// A file a commit adds or changes, with the commit.
    package struct Change: Sendable {
        package var commit: ObjectID
        package var blob: ObjectID
        package var previous: ObjectID?
        package var path: String
    }

    package var repository: Repository
    package var claims: BlobClaims
    package var recent: RecentBlobs
    package var secrets: SecretHooks
    package var largeBlobBytes: Int
    package var maxScanBytes: Int
    package var authors = AuthorInterner()

    /// The record of one commit and the files it adds or changes (not deleted ones, submodules or symlinks);
    /// throws only when the commit itself cannot be read.
    package mutating func changes(of id: ObjectID) throws -> (record: CommitRecord, changes: [Change], missingParent: Bool) {
        let commit = try repository.commit(id)
        let author = authors.intern(name: commit.author.name, email: commit.author.email)
        let record = CommitRecord(id: id, authorName: author.name, authorEmail: author.email, time: commit.author.date.timeIntervalSince1970)
        var missingParent = false
        var parentTree: ObjectID?
        if let parent = commit.parents.first {
            do {
                parentTree = try repository.commit(parent).tree
            } catch {
                // A shallow boundary: its parent is not here, so the commit is compared with nothing.
                missingParent = true
            }
        }
        let changes = try repository.changedFiles(from: parentTree, to: commit.tree).compactMap { change -> Change? in
            guard let blob = change.newID, change.kind == .file || change.kind == .executable else { return nil }
            return Change(commit: id, blob: blob, previous: change.oldID, path: change.newPath)
        }
        return (record, changes, missingParent)
    }

    /// The events of one change: none when another change already claimed its blob; throws when a blob cannot be read.
    package func analyse(_ change: Change) throws -> [HistoryEvent] {
        guard claims.claim(change.blob) else { return [] }
        let (blob, path, commit) = (change.blob, change.path, change.commit.hex)
        var events: [HistoryEvent] = []
        let size = try repository.objectSize(blob)
        if size > largeBlobBytes {
            events.append(HistoryEvent(kind: .largeBlob, commit: commit, path: path, blob: blob.hex, size: size, detail: "\(size) bytes"))
        }
        if let reason = ArtifactClassifier.reason(for: path) {
            events.append(HistoryEvent(kind: .artifact, commit: commit, path: path, blob: blob.hex, size: size, detail: reason))
        }
        guard size <= maxScanBytes else { return events }
        let content = try recent.blob(blob, in: repository)
        guard !content.isBinary, content.withBytes(secrets.mightContainSecret) else { return events }
        let replaced = try change.previous.map { id throws(GitError) in try recent.blob(id, in: repository) }
        let lines = try repository.addedLines(from: replaced, to: content).map { (number: $0.number, text: $0.text) }
        for hit in secrets.scan(lines) {
            events.append(
                HistoryEvent(
                    kind: .secret, commit: commit, path: path, blob: blob.hex, size: size,
                    detail: hit.ruleName, ruleID: hit.ruleID, line: hit.line, redacted: hit.redacted,
                    allowlistsMet: hit.allowlistsMet
                ))
        }
        return events
    }
}
