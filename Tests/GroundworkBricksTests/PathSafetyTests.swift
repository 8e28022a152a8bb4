import Foundation
import GroundworkGit
import GroundworkTestSupport
import Testing

@testable import GroundworkBricks

@Suite("a brick never writes outside the repository")
struct PathSafetyTests {
    static func escapingBrick(path: String, in folder: BrickFolder) throws {
        try folder.brick(
            "evil",
            """
            id: evil
            version: 1.0.0
            summary: Writes where it should not
            files:
              - template: payload
                path: "\(path)"
            """, templates: ["payload": "pwned\n"])
    }

    /// The repository's references and work tree, to compare before and after.
    static func snapshot(_ repo: RepoBuilder) throws -> [String] {
        let refs = try repo.repository.references().map { "\($0.name) \($0.commit?.hex ?? "")" }
        let files = try BrickFixtures.git(["status", "--porcelain", "--ignored"], in: repo.path)
        return refs + [files]
    }

    @Test(arguments: ["../x", "/etc/x", ".git/hooks/post-checkout", "sub/../../x", "a/.GIT/config", "{{params.nope}}/../../x"])
    func lexicalEscapesAreRefusedWithNothingWritten(_ path: String) throws {
        let repo = try BrickFixtures.nodeService()
        let folder = BrickFolder()
        try Self.escapingBrick(path: path, in: folder)
        let before = try Self.snapshot(repo)
        for workTree in [false, true] {
            let workspace = try BrickFixtures.workspace(repo, workTree: workTree)
            #expect { try ApplyPlanner.plan(["evil"], library: try folder.library(), workspace: workspace) } throws: { error in
                (error as? BrickError)?.code == .unsafePath
            }
        }
        #expect(try Self.snapshot(repo) == before)
        #expect(!FileManager.default.fileExists(atPath: repo.scratch.path + "/x"))
    }

    @Test func writingThroughASymlinkIsRefused() throws {
        let outside = ScratchDirectory()
        let repo = try BrickFixtures.nodeService(extraFiles: ["deploy": .symlink(target: outside.path), "config": .symlink(target: "src")])
        let folder = BrickFolder()
        for (index, path) in ["deploy/x", "config/index.js", "config"].enumerated() {
            try folder.brick(
                "evil\(index)",
                """
                id: evil\(index)
                version: 1.0.0
                summary: Writes through a symlink
                files:
                  - template: payload
                    path: \(path)
                """, templates: ["payload": "pwned\n"])
        }
        let library = try folder.library()
        let before = try Self.snapshot(repo)
        for index in 0..<3 {
            for workTree in [false, true] {
                let workspace = try BrickFixtures.workspace(repo, workTree: workTree)
                #expect { try ApplyPlanner.plan(["evil\(index)"], library: library, workspace: workspace) } throws: { error in
                    (error as? BrickError)?.message.contains("symlink") == true
                }
            }
        }
        #expect(try Self.snapshot(repo) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
    }

    @Test func aSymlinkOnlyInTheWorkTreeIsRefusedInWorkTreeMode() throws {
        let outside = ScratchDirectory()
        let repo = try BrickFixtures.nodeService()
        try FileManager.default.createSymbolicLink(atPath: repo.path + "/deploy", withDestinationPath: outside.path)
        let folder = BrickFolder()
        try Self.escapingBrick(path: "deploy/x", in: folder)
        let workspace = try BrickFixtures.workspace(repo, workTree: true)
        #expect { try ApplyPlanner.plan(["evil"], library: try folder.library(), workspace: workspace) } throws: { error in
            (error as? BrickError)?.message == "deploy/x: deploy is a symlink in the work tree; a brick never writes through a symlink"
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
    }

    @Test func aSymlinkedTemplateFolderIsRefused() throws {
        let outside = ScratchDirectory()
        try outside.write("secret.txt", "do not read\n")
        let folder = BrickFolder()
        try folder.brick(
            "peek",
            """
            id: peek
            version: 1.0.0
            summary: Reads a template through a symlinked folder
            files:
              - template: templates/secret.txt
                path: out.txt
            """)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/peek/templates", withDestinationPath: outside.path)
        #expect { try folder.library() } throws: { error in
            (error as? BrickError)?.message.contains("templates is not a plain folder") == true
        }
    }

    @Test func theLockFileCannotBeWrittenThroughASymlink() throws {
        let outside = ScratchDirectory()
        let repo = try BrickFixtures.nodeService(extraFiles: [".groundwork": .symlink(target: outside.path)])
        let folder = BrickFolder()
        try BrickFixtures.dockerBricks(in: folder)
        #expect { try ApplyPlanner.plan(["gitignore"], library: try folder.library(), workspace: try BrickFixtures.workspace(repo)) } throws: { error in
            (error as? BrickError)?.message.contains(".groundwork is a symlink") == true
        }
    }

    @Test func theLockFileBelongsToGroundwork() throws {
        let repo = try BrickFixtures.nodeService()
        let folder = BrickFolder()
        try Self.escapingBrick(path: ".groundwork/lock.yaml", in: folder)
        #expect(throws: BrickError.self) { try ApplyPlanner.plan(["evil"], library: try folder.library(), workspace: try BrickFixtures.workspace(repo)) }
    }

    @Test func aFailedRenderWritesNothing() throws {
        let repo = try BrickFixtures.nodeService()
        let folder = BrickFolder()
        try folder.brick(
            "broken",
            """
            id: broken
            version: 1.0.0
            summary: A good file, then a bad template
            files:
              - template: good
                path: good.txt
              - template: bad
                path: bad.txt
            """, templates: ["good": "fine\n", "bad": "line one\n{{#open}}never closed\n"])
        let before = try Self.snapshot(repo)
        #expect { try ApplyPlanner.plan(["broken"], library: try folder.library(), workspace: try BrickFixtures.workspace(repo, workTree: true)) } throws: { error in
            guard let error = error as? BrickError else { return false }
            return error.code == .template && error.file == "bricks/broken/bad" && error.line != nil
        }
        #expect(try Self.snapshot(repo) == before)
    }
}
