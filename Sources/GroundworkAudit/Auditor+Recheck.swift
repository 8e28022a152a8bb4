import Foundation
import GroundworkAuditModel
import GroundworkGit
import GroundworkStack

extension Auditor {
    /// The ids among `checkIDs` that pass on the audited commit's tree once `changes` (path → new bytes,
    /// nil: removed) are made: how `groundwork plan` learns what a brick's apply would really fix,
    /// before crediting it. History is not walked, so checks that need it never count as passing.
    package static func passing(_ checkIDs: Set<String>, source: String, changes: [String: Data?], options: AuditOptions = AuditOptions()) throws -> Set<String> {
        let repository = try AuditSource.open(source, directories: options.directories)
        let displayed = AuditSource.isURL(source) ? RemoteMirror.redacted(source) : source
        guard let commitID = try auditedCommit(repository, revision: options.revision, source: displayed) else {
            return try passing(checkIDs, in: RepoSnapshot(texts: [:]).applying(changes), options: options)
        }
        return try passing(checkIDs, in: try RepoSnapshot.load(from: repository, commit: commitID).applying(changes), options: options)
    }

    /// The ids among `checkIDs` whose checks pass on `snapshot`.
    static func passing(_ checkIDs: Set<String>, in snapshot: RepoSnapshot, options: AuditOptions) throws -> Set<String> {
        var configuration = AuditConfiguration()
        if let text = snapshot.text(at: ConfigurationLoader.fileName) { configuration = try ConfigurationLoader.parse(text) }
        let context = AuditContext(snapshot: snapshot, stack: StackDetector.detect(snapshot), configuration: configuration, now: options.now)
        var selected = options
        selected.checks = options.checks.filter { checkIDs.contains($0.id) }
        return Set(run(selected.checks, context: context, options: selected).filter { $0.status == .pass }.map(\.id))
    }
}

extension RepoSnapshot {
    /// This tree with `changes` made (path → new bytes, nil: removed), contents of untouched files read from this snapshot.
    func applying(_ changes: [String: Data?]) -> RepoSnapshot {
        var blobs: [ObjectID: Data] = [:]
        var files = self.files.filter { changes[$0.path] == nil }
        for (path, data) in changes {
            guard let data = data else { continue }
            let id = ObjectID.forBlob(data)
            blobs[id] = data
            let kind: TreeEntry.Kind = file(at: path)?.kind == .executable ? .executable : .file
            files.append(SnapshotFile(path: path, id: id, kind: kind, size: data.count))
        }
        let added = blobs
        let original = Dictionary(self.files.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return RepoSnapshot(commit: commit, files: files) { [self] id in
            if let data = added[id] { return data }
            guard let file = original[id], let data = self.data(file) else { throw CocoaError(.fileReadUnknown) }
            return data
        }
    }
}
