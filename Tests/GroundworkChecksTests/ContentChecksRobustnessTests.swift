import Foundation
import GroundworkAuditModel
import GroundworkGit
import Testing

@testable import GroundworkChecks

/// Bad input — binary files where text is expected, garbage, huge trees — never crashes a check.
@Suite struct ContentChecksRobustnessTests {
    /// Every path some docs, CI, Actions or code check reads.
    static let readPaths = [
        "README.md", "LICENSE", "CONTRIBUTING.md", "SECURITY.md", "CODE_OF_CONDUCT.md", "CHANGELOG.md", ".github/CODEOWNERS",
        ".github/workflows/ci.yml", ".github/actions/setup/action.yml", ".gitlab-ci.yml", "Jenkinsfile", ".github/dependabot.yml",
        "renovate.json", "package.json", "tsconfig.json", "pyproject.toml", ".pre-commit-config.yaml", ".editorconfig", "src/lib.rs",
        "src/index.ts",
    ]

    private static func snapshot(_ content: (String) -> Data) -> RepoSnapshot {
        var blobs: [ObjectID: Data] = [:]
        let files = readPaths.map { path in
            let data = content(path)
            let id = ObjectID.forBlob(data)
            blobs[id] = data
            return SnapshotFile(path: path, id: id, kind: .file, size: data.count)
        }
        let frozen = blobs
        return RepoSnapshot(commit: nil, files: files) { id in
            guard let data = frozen[id] else { throw CocoaError(.fileReadCorruptFile) }
            return data
        }
    }

    @Test func binaryFilesEverywhere() {
        let context = AuditContext(snapshot: Self.snapshot { path in Data([0x00, 0xFF, 0xFE, 0x01] + Array(path.utf8)) }, stack: Stack())
        for check in ContentChecks.all {
            _ = check.evaluate(context)
        }
        #expect(failureEvidence(ReadmePresentCheck().evaluate(context)).first?.message.contains("UTF-8") == true)
        #expect(failureEvidence(ActionsPinnedToCommitCheck().evaluate(context)).contains { $0.message.contains("not UTF-8") })
    }

    @Test func garbageTextEverywhere() {
        let garbage = "{ [ \"unterminated: - - ]] }}} ${{ github.event.issue.title\n\t- :\n&anchor *missing\n"
        let context = AuditContext(snapshot: Self.snapshot { _ in Data(garbage.utf8) }, stack: Stack())
        for check in ContentChecks.all {
            _ = check.evaluate(context)
        }
        let evidence = failureEvidence(WorkflowPermissionsSetCheck().evaluate(context))
        #expect(evidence.allSatisfy { $0.line != nil })
        #expect(failureEvidence(TypeScriptStrictCheck().evaluate(context)).first?.message.contains("not valid JSON") == true)
    }

    @Test func unreadableObjectsAreLeftToTheEngine() {
        let file = SnapshotFile(path: ".github/workflows/ci.yml", id: .forBlob(Data("x".utf8)), kind: .file, size: 1)
        let snapshot = RepoSnapshot(commit: nil, files: [file]) { _ in throw CocoaError(.fileReadCorruptFile) }
        let context = AuditContext(snapshot: snapshot, stack: Stack())
        #expect(isNotApplicable(WorkflowPermissionsSetCheck().evaluate(context)))
        #expect(snapshot.unreadable[file.path] != nil)
    }

    @Test(.timeLimit(.minutes(1)))
    func aTreeOfManyFiles() {
        var texts: [String: String] = [:]
        for index in 0..<30_000 {
            texts["packages/p\(index % 300)/src/module\(index).js"] = "export const v\(index) = \(index)\n"
        }
        texts[".github/workflows/ci.yml"] = "on: push\npermissions: {}\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: npm test\n"
        let context = AuditContext(snapshot: RepoSnapshot(texts: texts), stack: Stack())
        for check in ContentChecks.all {
            _ = check.evaluate(context)
        }
        #expect(CIRunsTestsCheck().evaluate(context) == .passed)
        #expect(TestsPresentCheck().evaluate(context).isFailure)
    }
}
