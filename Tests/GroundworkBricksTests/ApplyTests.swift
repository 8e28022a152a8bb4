import Foundation
import GroundworkGit
import GroundworkTestSupport
import Testing

@testable import GroundworkBricks

@Suite("apply: plan, branch, work tree, lock, pristine")
struct ApplyTests {
    @Test func planListsOperationsAndDiffs() throws {
        let repo = try BrickFixtures.nodeService()
        let folder = BrickFolder()
        try BrickFixtures.dockerBricks(in: folder)
        let plan = try ApplyPlanner.plan(["docker"], parameters: ["docker.base=alpine"], library: try folder.library(), workspace: try BrickFixtures.workspace(repo))
        #expect(plan.bricks.map(\.id) == ["gitignore", "docker"])
        let operations = Dictionary(uniqueKeysWithValues: plan.files.map { ($0.path, $0.operation) })
        #expect(operations == [".gitignore": .append, "Dockerfile": .create, ".dockerignore": .create, "package.json": .merge, ".groundwork/lock.yaml": .create])
        let dockerfile = try #require(plan.files.first { $0.path == "Dockerfile" })
        #expect(dockerfile.diff().contains("+FROM node:22-slim"))
        #expect(dockerfile.diff().contains("+EXPOSE 3000"))
        #expect(dockerfile.diff().contains("+CMD [\"node\", \"src/index.js\"]"))
        let gitignore = try #require(plan.files.first { $0.path == ".gitignore" })
        #expect(String(decoding: gitignore.after ?? Data(), as: UTF8.self) == "dist/\n# Node\nnode_modules/\n.env\n")
        #expect(plan.tasks.map(\.command) == ["docker build -t orders-api ."])
        let text = PlanText.render(plan, diffs: true)
        #expect(text.contains("docker 1.0.0"))
        #expect(text.contains("base=alpine, port=3000"))
        #expect(text.contains("--- a/.gitignore"))
    }

    @Test func applyCommitsOnABranchAndLeavesHeadIndexAndWorkTreeAlone() throws {
        let repo = try BrickFixtures.nodeService()
        try repo.writeWorkTreeFile("notes.txt", "my uncommitted notes\n")
        let before = (
            head: try BrickFixtures.git(["rev-parse", "HEAD"], in: repo.path), status: try BrickFixtures.git(["status", "--porcelain"], in: repo.path),
            index: try BrickFixtures.git(["ls-files", "-s"], in: repo.path)
        )
        let folder = BrickFolder()
        try BrickFixtures.dockerBricks(in: folder)
        let workspace = try BrickFixtures.workspace(repo)
        let plan = try ApplyPlanner.plan(["docker"], library: try folder.library(), workspace: workspace)
        let outcome = try BrickApplier.apply(plan, requested: ["docker"], workspace: workspace)
        guard case .branch(let name, let commit, let base) = outcome else { Issue.record("expected a branch, got \(outcome)"); return }
        #expect(name == "groundwork/docker")
        #expect(base == repo.head)
        #expect(try BrickFixtures.git(["rev-parse", "HEAD"], in: repo.path) == before.head)
        #expect(try BrickFixtures.git(["status", "--porcelain"], in: repo.path) == before.status)
        #expect(try BrickFixtures.git(["ls-files", "-s"], in: repo.path) == before.index)
        #expect(!FileManager.default.fileExists(atPath: repo.path + "/Dockerfile"))
        #expect(try BrickFixtures.git(["rev-parse", "groundwork/docker"], in: repo.path).trimmingCharacters(in: .whitespacesAndNewlines) == commit.hex)
        let changed = try BrickFixtures.git(["diff", "--name-only", "main...groundwork/docker"], in: repo.path).split(separator: "\n").sorted()
        #expect(changed == [".dockerignore", ".gitignore", ".groundwork/lock.yaml", "Dockerfile", "package.json"])
        let commitInfo = try repo.repository.commit(commit)
        #expect(commitInfo.parents == [try #require(repo.head)])
        #expect(commitInfo.summary == "Apply groundwork bricks: gitignore 1.0.0, docker 1.0.0")
        #expect(commitInfo.author.name == "Dana Holder")
        let packageJSON = try #require(try BrickFixtures.text(repo.repository, "package.json", at: commit))
        #expect(packageJSON.contains("\"docker:build\": \"docker build -t orders-api .\""))
        #expect(packageJSON.contains("\"start\": \"node src/index.js\""))
    }

    @Test func lockFileAndPristineRefRecordTheRenders() throws {
        let repo = try BrickFixtures.nodeService()
        let folder = BrickFolder()
        try BrickFixtures.dockerBricks(in: folder)
        let workspace = try BrickFixtures.workspace(repo)
        let plan = try ApplyPlanner.plan(["docker"], parameters: ["docker.port=8080"], library: try folder.library(), workspace: workspace)
        guard case .branch(_, let commit, _) = try BrickApplier.apply(plan, requested: ["docker"], workspace: workspace) else { Issue.record("no branch"); return }
        let lockText = try #require(try BrickFixtures.text(repo.repository, ".groundwork/lock.yaml", at: commit))
        let lock = try LockFile.parse(lockText)
        #expect(lock.bricks.map(\.id) == ["gitignore", "docker"])
        let docker = try #require(lock.brick("docker"))
        #expect(docker.version == SemanticVersion(1, 0, 0))
        #expect(docker.source == .directory(folder.path))
        #expect(docker.parameters == ["port": .int(8080), "base": .string("debian")])
        #expect(docker.files.map(\.path) == ["Dockerfile", ".dockerignore", "package.json"])
        #expect(docker.files.map(\.mode) == [.managed, .appendLines, .mergeJSON])
        #expect(lockText.contains("parameters: {base: \"debian\", port: 8080}"))
        let dockerfile = try #require(try BrickFixtures.text(repo.repository, "Dockerfile", at: commit))
        #expect(docker.file("Dockerfile")?.sha256 == TarballBrickSource.digest(Data(dockerfile.utf8)))

        let pristine = try #require(try repo.repository.referenceTarget(PristineStore.reference))
        let pristineCommit = try repo.repository.commit(pristine)
        #expect(pristineCommit.parents.isEmpty)
        let paths = try repo.repository.treeEntries(pristineCommit.tree).map(\.path).sorted()
        #expect(paths == ["docker/.dockerignore", "docker/Dockerfile", "docker/package.json", "gitignore/.gitignore"])
        #expect(try BrickFixtures.text(repo.repository, "docker/Dockerfile", at: pristine) == dockerfile)
        #expect(try PristineStore(repository: repo.repository).render(brick: "docker", path: "Dockerfile", sha256: docker.files[0].sha256) == Data(dockerfile.utf8))
    }

    @Test func applyingTwiceChangesNothing() throws {
        let repo = try BrickFixtures.nodeService()
        let folder = BrickFolder()
        try BrickFixtures.dockerBricks(in: folder)
        let library = try folder.library()
        let first = try BrickFixtures.workspace(repo)
        _ = try BrickApplier.apply(try ApplyPlanner.plan(["docker"], library: library, workspace: first), requested: ["docker"], workspace: first)
        let pristine = try repo.repository.referenceTarget(PristineStore.reference)

        // Not merged yet: the branch already holds the change.
        let again = try BrickFixtures.workspace(repo)
        let outcome = try BrickApplier.apply(try ApplyPlanner.plan(["docker"], library: library, workspace: again), requested: ["docker"], workspace: again)
        #expect(outcome == .nothingToDo(reason: "branch groundwork/docker already holds this change"))

        // Merged: every file is as the bricks would write it.
        try BrickFixtures.git(["merge", "-q", "--ff-only", "groundwork/docker"], in: repo.path)
        let merged = try BrickFixtures.workspace(repo)
        let plan = try ApplyPlanner.plan(["docker"], library: library, workspace: merged)
        #expect(!plan.hasChanges, "\(plan.files.map { "\($0.operation) \($0.path)" })")
        #expect(plan.files.allSatisfy { $0.operation == .unchanged })
        let branchesBefore = try repo.repository.branches().map(\.name)
        #expect(try BrickApplier.apply(plan, requested: ["docker"], workspace: merged) == .nothingToDo(reason: "every file is already as the bricks would write it"))
        #expect(try repo.repository.branches().map(\.name) == branchesBefore)
        #expect(try repo.repository.referenceTarget(PristineStore.reference) == pristine)
    }

    @Test func workTreeModeWritesFilesAndRefusesDirtyOnes() throws {
        let repo = try BrickFixtures.nodeService()
        let folder = BrickFolder()
        try BrickFixtures.dockerBricks(in: folder)
        let library = try folder.library()
        try repo.writeWorkTreeFile(".gitignore", "dist/\nmy-local-edit\n")
        let dirty = try BrickFixtures.workspace(repo, workTree: true)
        let plan = try ApplyPlanner.plan(["docker"], library: library, workspace: dirty)
        #expect { try BrickApplier.apply(plan, requested: ["docker"], workspace: dirty) } throws: { error in
            guard let error = error as? BrickError else { return false }
            return error.code == .dirtyWorkTree && error.exitStatus == .gateFailed && error.message.contains(".gitignore has uncommitted changes")
        }
        #expect(!FileManager.default.fileExists(atPath: repo.path + "/Dockerfile"), "nothing was written")
        #expect(try String(contentsOfFile: repo.path + "/.gitignore", encoding: .utf8) == "dist/\nmy-local-edit\n")
        #expect(try repo.repository.referenceTarget(PristineStore.reference) == nil)

        try BrickFixtures.git(["checkout", "--", ".gitignore"], in: repo.path)
        let clean = try BrickFixtures.workspace(repo, workTree: true)
        let outcome = try BrickApplier.apply(try ApplyPlanner.plan(["docker"], library: library, workspace: clean), requested: ["docker"], workspace: clean)
        guard case .workTree(let paths) = outcome else { Issue.record("expected work tree writes"); return }
        #expect(Set(paths) == [".gitignore", "Dockerfile", ".dockerignore", "package.json", ".groundwork/lock.yaml"])
        #expect(try String(contentsOfFile: repo.path + "/Dockerfile", encoding: .utf8).hasPrefix("FROM node:22-slim"))
        #expect(try BrickFixtures.git(["rev-parse", "--abbrev-ref", "HEAD"], in: repo.path) == "main\n")
        #expect(try repo.repository.branches().map(\.shortName) == ["main"])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: repo.path).filter { $0.hasPrefix(".groundwork-") }
        #expect(leftovers.isEmpty)
    }

    @Test func tasksRunOnlyWhenAsked() throws {
        let repo = try BrickFixtures.nodeService()
        let marker = repo.path + "/task-ran"
        try BrickApplier.runTasks([RenderedTask(brickID: "x", name: "touch", command: "touch task-ran")], in: repo.path)
        #expect(FileManager.default.fileExists(atPath: marker))
        #expect(throws: BrickError.self) { try BrickApplier.runTasks([RenderedTask(brickID: "x", name: "fail", command: "exit 3")], in: repo.path) }
    }
}
