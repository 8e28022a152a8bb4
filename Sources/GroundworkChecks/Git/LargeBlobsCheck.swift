import Foundation
import GroundworkAuditModel

/// No blob over 5 MB was ever committed (such files belong in Git LFS or an artefact store).
struct LargeBlobsCheck: Check {
    let id = "git.large-blobs"
    let title = "No large files in history"
    let severity = Severity.medium
    let rationale = "Every clone downloads every version of every large file forever, even after it is deleted. Files over 5 MB are candidates for Git LFS or an artefact store."
    let fixedBy: [String] = []
    let effortHours = 3.0
    let needsHistory = true

    func evaluate(_ context: AuditContext) -> CheckOutcome {
        guard let history = context.history else { return .notApplicable("history was not walked") }
        guard !history.largeBlobs.isEmpty else { return .passed }
        return .failed(
            history.largeBlobs.prefix(50).map {
                let megabytes = String(format: "%.1f", Double($0.size) / 1_048_576)
                return Evidence("\(megabytes) MB\($0.stillPresent ? "" : " (deleted since, still in every clone)"); an LFS candidate", path: $0.path, commit: $0.commit)
            })
    }

    var examples: [CheckExample] {
        [
            CheckExample("small files only", .pass, commits: [ExampleCommit(files: ["a.txt": "a\n"])]),
            CheckExample(
                "a 6 MB video added then deleted", .fail,
                commits: [
                    ExampleCommit(daysAgo: 20, binaryFiles: ["media/demo.mp4": LargeBlobsCheck.bytes(6 * 1_048_576)]),
                    ExampleCommit(daysAgo: 10, removing: ["media/demo.mp4"]),
                ]),
        ]
    }

    /// Incompressible-looking bytes for examples.
    static func bytes(_ count: Int) -> Data {
        var state: UInt64 = 7
        return Data(
            (0..<count).map { _ in
                state = state &* 6_364_136_223_846_793_005 &+ 1
                return UInt8(truncatingIfNeeded: state >> 33)
            })
    }
}
