import Foundation
import GroundworkAuditModel
import GroundworkGit

/// Analyses the commits of one worker: for each, the blobs it adds (diffed against its first
/// parent) are sized, classified and — when the cheap prefilter hits — their added lines scanned.
///
/// Line diffs are expensive in libgit2, so they run only for blobs whose bytes contain a rule keyword, against the
/// replaced blob's content, which `recent` usually still holds from the older commit that added it.
package struct CommitAnalyzer {
    package var repository: Repository
    package var claims: BlobClaims
    package var recent: RecentBlobContents
    package var secrets: SecretHooks
    package var largeBlobBytes: Int
    package var maxScanBytes: Int
    package var authors = AuthorInterner()

    /// Records and events of one commit; throws only when the commit itself cannot be read.
    package mutating func analyse(_ id: ObjectID) throws -> (record: CommitRecord, events: [HistoryEvent], missingParent: Bool) {
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
        var events: [HistoryEvent] = []
        for change in try repository.changedFiles(from: parentTree, to: commit.tree) {
            guard let blob = change.newID, change.kind == .file || change.kind == .executable, claims.claim(blob) else { continue }
            events += try analyse(blob: blob, previous: change.oldID, path: change.newPath, commit: id.hex)
        }
        return (record, events, missingParent)
    }

    private func analyse(blob: ObjectID, previous: ObjectID?, path: String, commit: String) throws -> [HistoryEvent] {
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
        guard !content.isBinary, secrets.mightContainSecret(content.data) else { return events }
        let replaced = try previous.map { id throws(GitError) in try recent.blob(id, in: repository) }
        let lines = try Repository.addedLines(from: replaced?.data, to: content.data).map { (number: $0.number, text: $0.text) }
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
