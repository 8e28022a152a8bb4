#if Enterprise
import Crypto
import Foundation
import GroundworkAudit
import GroundworkBasics
import GroundworkGit

/// Everything a repository's audit report depends on, condensed into one key, so that a fleet run can reuse
/// the report an earlier run stored for an unchanged repository instead of auditing it again.
///
/// The key covers the audited commit and every reference (the history walk reads them all), the work tree's
/// status (untracked files are checked) and its `.mailmap` (it folds authors), the repository's config, the
/// audit options, this build of groundwork, and the UTC day of the run: activity, stale branches and the
/// last-12-months windows are measured from the moment of the run, so a report is reused on the day it was
/// made and never after. The policy is not in the key: it is applied afresh to a reused report.
package struct AuditReuseKey: Sendable, Hashable {
    /// The key, a SHA-256 in hex.
    package var value: String
    /// HEAD's commit when the key was taken; a report of another commit must not be stored under it.
    package var commit: String?

    /// The key of the repository at `location` for an audit with `options`; nil when the audit must not be
    /// reused (`--no-cache`, `--rev`, `--since`) or the repository cannot be opened (the audit then reports why).
    ///
    /// Opening a git URL fetches its mirror, as the audit does.
    package static func read(location: String, options: AuditOptions) -> AuditReuseKey? {
        guard options.useCache, options.revision == nil, options.since == nil else { return nil }
        guard let repository = try? AuditSource.open(location, directories: options.directories) else { return nil }
        return try? make(repository, location: location, options: options)
    }

    /// The key of an open repository.
    static func make(_ repository: Repository, location: String, options: AuditOptions) throws -> AuditReuseKey {
        let commit = try repository.headCommitID()?.hex
        var lines = [
            "groundwork \(GroundworkVersion.current) \(build)",
            "day \(day(of: options.now))",
            "location \(location)",
            "history \(options.includeHistory)",
            "areas \(options.areas.map { $0.map(\.rawValue).sorted().joined(separator: ",") } ?? "all")",
            "checks \(options.checks.map(\.id).joined(separator: ","))",
            "baseline \(options.baseline.sorted().joined(separator: ","))",
            "head \(commit ?? "-") \(repository.headBranchName() ?? "-") bare \(repository.isBare) shallow \(repository.isShallow)",
            "config \(digest(ofFile: repository.gitDirectory + "config"))",
        ]
        for reference in try repository.references() {
            lines.append("ref \(reference.name) \(reference.commit?.hex ?? "-")")
        }
        if let workingDirectory = repository.workingDirectory {
            lines.append("mailmap \(digest(ofFile: workingDirectory + ".mailmap"))")
            for entry in try repository.workTreeStatus().sorted(by: { $0.path < $1.path }) {
                let flags = [entry.isUntracked, entry.isStaged, entry.isModifiedInWorkTree, entry.isConflicted].map { $0 ? "1" : "0" }
                lines.append("status \(flags.joined()) \(entry.path)")
            }
        }
        return AuditReuseKey(value: hex(SHA256.hash(data: Data(lines.joined(separator: "\n").utf8))), commit: commit)
    }

    /// This build of groundwork: the version, and the size and time of the executable, so that a rebuilt
    /// binary with changed checks but the same version number does not reuse the old one's reports.
    static let build: String = {
        guard let path = Bundle.main.executablePath, let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
            return "unknown-build"
        }
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(size)-\(Int64(modified * 1000))"
    }()

    /// `2026-12-03`: the UTC day of `date`.
    static func day(of date: Date) -> String {
        let components = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC") ?? .current, from: date)
        return String(format: "%04d-%02d-%02d", components.year ?? 0, components.month ?? 0, components.day ?? 0)
    }

    /// The SHA-256 of a file's bytes, or `-` when it does not exist.
    static func digest(ofFile path: String) -> String {
        guard let data = FileManager.default.contents(atPath: path) else { return "-" }
        return hex(SHA256.hash(data: data))
    }

    private static func hex(_ digest: SHA256.Digest) -> String {
        digest.map { String(format: "%02x", $0) }.joined()
    }
}
#endif
