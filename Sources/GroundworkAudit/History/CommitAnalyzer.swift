import Foundation
import GroundworkAuditModel
import GroundworkGit
import GroundworkSecrets

/// The second pass of the history walk on one worker: for each change `CommitReader` found, the blob it adds is
/// sized, classified and — when the cheap prefilter hits — its added lines scanned.
///
/// Line diffs are expensive in libgit2, so they run only for blobs with a line that some rule reads, against the
/// replaced blob, which `recent` usually still holds: the walk hands all the changes of one path to one worker,
/// parents first, so the replaced blob is the one that worker read last for that path.
///
/// Finding that line can cost as much as the diff when it comes late in a big file, and a path whose blob had
/// one usually keeps it: such a path's later blobs go straight to the diff (measured on git/git: testing every
/// blob cost 4% more time, almost all of its blobs having such a line; on keyword-dense code where none has,
/// skipping the diffs saves a third).
package struct CommitAnalyzer {
    package var repository: Repository
    package var claims: BlobClaims
    package var recent: RecentBlobs
    package var secrets: SecretHooks
    package var largeBlobBytes: Int
    package var maxScanBytes: Int
    /// `ArtifactClassifier`'s verdict by path: a path changes many times, and the verdict splits and lowercases it.
    private var artifactReasons: [String: String?] = [:]
    /// The paths where an earlier blob had a line that a rule reads (see above).
    private var pathsWithReadLines: Set<String> = []

    /// Changes whenever what the walk reports of the same blobs changes, so that a history cache written before is
    /// not reused. 2: text that replaces a blob too large to scan has every line counted as added.
    package static let resultsVersion = 2

    package init(repository: Repository, claims: BlobClaims, recent: RecentBlobs, secrets: SecretHooks, largeBlobBytes: Int, maxScanBytes: Int) {
        self.repository = repository
        self.claims = claims
        self.recent = recent
        self.secrets = secrets
        self.largeBlobBytes = largeBlobBytes
        self.maxScanBytes = maxScanBytes
    }

    /// The events of one change: none when another change already claimed its blob; throws when a blob cannot be read.
    package mutating func analyse(_ change: CommitReader.Change) throws -> [HistoryEvent] {
        guard claims.claim(change.blob) else { return [] }
        let (blob, path, commit) = (change.blob, change.path, change.commit.hex)
        var events: [HistoryEvent] = []
        let size = try repository.objectSize(blob)
        if size > largeBlobBytes {
            events.append(HistoryEvent(kind: .largeBlob, commit: commit, path: path, blob: blob.hex, size: size, detail: "\(size) bytes"))
        }
        let artifactReason: String?
        if let known = artifactReasons[path] {
            artifactReason = known
        } else {
            artifactReason = ArtifactClassifier.reason(for: path)
            artifactReasons[path] = .some(artifactReason)
        }
        if let reason = artifactReason {
            events.append(HistoryEvent(kind: .artifact, commit: commit, path: path, blob: blob.hex, size: size, detail: reason))
        }
        guard size <= maxScanBytes else { return events }
        let content = try recent.blob(blob, in: repository)
        guard !content.isBinary, content.withBytes(secrets.mightContainSecret) else { return events }
        if !pathsWithReadLines.contains(path) {
            guard content.withBytes(secrets.readsSomeLine) else { return events }
            pathsWithReadLines.insert(path)
        }
        // libgit2 treats a pair as binary when either side is, and a binary pair adds no lines; a blob too large to
        // scan was never scanned. Text that replaces either is compared with nothing, so every line of it is scanned.
        let replaced = try change.previous.flatMap { id throws(GitError) in try blobToCompare(id) }
        let comparedWith = replaced?.isBinary == true ? nil : replaced
        var lines = NumberedLines()
        try repository.forEachAddedLine(from: comparedWith, to: content) { number, bytes in lines.append(number: number, bytes: bytes) }
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

    /// The replaced blob `id`, to diff against; nil, without reading it, when it is too large to scan.
    private func blobToCompare(_ id: ObjectID) throws(GitError) -> LoadedBlob? {
        if let kept = recent.kept(id) { return kept }
        guard try repository.objectSize(id) <= maxScanBytes else { return nil }
        return try recent.blob(id, in: repository)
    }
}
