import Foundation
import GroundworkAuditModel

/// No build output, dependency folders, binaries or OS noise are committed, now or in history.
struct CommittedArtifactsCheck: Check {
    let id = "git.artifacts"
    let title = "No build artefacts or binaries are committed"
    let severity = Severity.medium
    let rationale =
        "node_modules, dist, compiled objects and .DS_Store files bloat every clone, drift from the sources they were built from and hide real changes in reviews. Build them in CI and ignore them."
    let fixedBy: [String] = []
    let effortHours = 1.0

    func evaluate(_ context: AuditContext) -> CheckOutcome {
        var evidence: [Evidence] = []
        var seen = Set<String>()
        for file in context.snapshot.files where file.kind != .submodule && !context.configuration.isExcluded(file.path) {
            guard let reason = ArtifactClassifier.reason(for: file.path) else { continue }
            seen.insert(file.path)
            evidence.append(Evidence(reason, path: file.path))
        }
        for blob in context.history?.artifacts ?? [] where !seen.contains(blob.path) && !context.configuration.isExcluded(blob.path) {
            evidence.append(Evidence("\(ArtifactClassifier.reason(for: blob.path) ?? "an artefact") (deleted since, still in history)", path: blob.path, commit: blob.commit))
        }
        guard !evidence.isEmpty else { return .passed }
        // A committed node_modules has thousands of files: keep the report readable.
        return .failed(Array(evidence.prefix(50)))
    }

    var examples: [CheckExample] {
        [
            CheckExample("sources only, gradle wrapper allowed", .pass, files: ["src/main.c": "int main(void) { return 0; }\n", "gradle/wrapper/gradle-wrapper.jar": "PK"]),
            CheckExample("node_modules committed", .fail, files: ["index.js": "require('x')\n", "node_modules/x/index.js": "module.exports = 1\n"]),
            CheckExample("a .DS_Store committed", .fail, files: ["docs/.DS_Store": "\u{0}\u{0}\u{0}\u{1}Bud1"]),
            CheckExample(
                "a compiled object added then deleted", .fail,
                commits: [
                    ExampleCommit(daysAgo: 9, files: ["main.c": "int main(void) { return 0; }\n"], binaryFiles: ["main.o": Data([0x7f, 0x45, 0x4c, 0x46, 0, 1])]),
                    ExampleCommit(daysAgo: 3, removing: ["main.o"]),
                ]),
        ]
    }
}
