import Foundation
import GroundworkAuditModel
import GroundworkBasics
import GroundworkGit

/// `groundwork new`: a new folder and repository with a minimal application for a stack
/// (`Plugins/_stacks/<stack>/`, a brick whose files are the skeleton), and the chosen bricks
/// applied on top — all in the first commit.
package enum ProjectGenerator {
    /// What was created.
    package struct Result: Sendable {
        package var directory: String
        package var commit: ObjectID
        package var plan: BrickPlan
        package var skeletonFiles: [String]
        /// The skeleton's own tasks (installing dependencies), shown to the user.
        package var skeletonTasks: [RenderedTask]
    }

    /// The stacks available under `<plugins>/_stacks`.
    package static func stacks(pluginsFolder: String?) -> [String] {
        guard let pluginsFolder, let names = try? FileManager.default.contentsOfDirectory(atPath: pluginsFolder + "/_stacks") else { return [] }
        return names.filter { FileManager.default.fileExists(atPath: pluginsFolder + "/_stacks/" + $0 + "/brick.yaml") }.sorted()
    }

    /// Creates `directory` (which must not exist, or be empty), its repository on `main`, and one commit.
    /// With a `model`, the service's model file is kept in the repository and the stack's application
    /// brick (`api`, see `ApplicationBrick`) is applied before `bricks`. `audit` audits the repository at a
    /// commit (the skeleton's), so the bricks fit the stack it finds; the caller (the CLI) runs the audit
    /// engine, which sits above the brick engine.
    package static func create(
        directory: String, stack: String, bricks: [String], parameters: [String] = [], library: BrickLibrary, pluginsFolder: String?,
        model: ModelInput? = nil, now: Date = Date(), audit: (_ directory: String, _ commit: ObjectID) throws -> AuditReport
    ) throws -> Result {
        let available = stacks(pluginsFolder: pluginsFolder)
        guard let pluginsFolder, available.contains(stack) else {
            throw BrickError(.parameter, "--stack \(stack): unknown stack; available: \(available.isEmpty ? "none (no Plugins/_stacks folder found)" : available.joined(separator: ", "))")
        }
        let skeleton = try BrickLoader.load(folder: stack, from: DirectoryBrickSource(root: pluginsFolder + "/_stacks", displayRoot: "Plugins/_stacks"), origin: .builtin)
        for id in bricks where id != ApplicationBrick.alias { _ = try library.require(id) }
        let manager = FileManager.default
        if manager.fileExists(atPath: directory), !((try? manager.contentsOfDirectory(atPath: directory)) ?? []).isEmpty {
            throw BrickError(.repository, "\(directory) already exists and is not empty; choose a new name")
        }
        let createdDirectory = !manager.fileExists(atPath: directory)
        do {
            return try build(directory: directory, skeleton: skeleton, bricks: bricks, parameters: parameters, library: library, model: model, now: now, audit: audit)
        } catch {
            // A failed `new` leaves nothing behind.
            if createdDirectory { try? manager.removeItem(atPath: directory) } else { try? manager.removeItem(atPath: directory + "/.git") }
            throw error
        }
    }

    private static func build(
        directory: String, skeleton: Brick, bricks requested: [String], parameters: [String], library: BrickLibrary, model: ModelInput?,
        now: Date, audit: (_ directory: String, _ commit: ObjectID) throws -> AuditReport
    ) throws -> Result {
        let repository = try Repository.create(at: directory, initialBranch: "main")
        let name = BrickWorkspace.folderName(directory)
        let holder = repository.defaultSignature()?.name
        var bareFacts = BrickFacts(stack: Stack(), folderName: name, holder: holder, now: now)
        let serviceModel = model.map { ServiceModel(model: $0.model) }
        bareFacts.serviceModel = serviceModel
        let skeletonOverrides = try ParameterResolver.parse(parameters.filter { $0.hasPrefix(skeleton.id + ".") }, bricks: [skeleton])
        let skeletonValues = try ParameterResolver.resolve(skeleton, facts: bareFacts, overrides: skeletonOverrides[skeleton.id] ?? [:])
        let files = try BrickRenderer.render(skeleton, facts: bareFacts, parameters: skeletonValues)
        var skeletonChanges: [TreeChange] = files.map { .write(path: $0.path, content: $0.content, mode: $0.executable ? .executable : .regular) }
        if let model { skeletonChanges.append(.write(path: model.path, content: Data(model.text.utf8), mode: .regular)) }
        let skeletonTree = try repository.makeTree(base: nil, changes: skeletonChanges)
        var signature = repository.defaultSignature() ?? Signature(name: "groundwork", email: "groundwork@localhost")
        signature.date = now
        // An unreferenced commit of the skeleton alone, so the audit sees the stack the bricks fit.
        let draft = try repository.createCommit(tree: skeletonTree, parents: [], author: signature, message: "skeleton")
        let report = try audit(directory, draft)
        var facts = BrickFacts(stack: report.stack, folderName: name, holder: holder, now: now)
        facts.serviceModel = serviceModel
        var bricks = requested
        if model != nil, !bricks.contains(ApplicationBrick.alias) { bricks.insert(ApplicationBrick.alias, at: 0) }
        let workspace = try BrickWorkspace(path: directory, repository: repository, report: report, facts: facts, baseCommit: draft, workTree: false)
        var plan = BrickPlan()
        var tree = skeletonTree
        if !bricks.isEmpty {
            plan = try ApplyPlanner.plan(bricks, parameters: parameters.filter { !$0.hasPrefix(skeleton.id + ".") }, library: library, workspace: workspace)
            let changes: [TreeChange] = plan.files.filter(\.operation.writes).compactMap { file in
                file.after.map { .write(path: file.path, content: $0, mode: file.executable ? .executable : .regular) }
            }
            tree = try repository.makeTree(base: skeletonTree, changes: changes)
        }
        let summary = bricks.isEmpty ? "" : " with " + plan.bricks.map { "\($0.id) \($0.version)" }.joined(separator: ", ")
        let message = "Start \(name): \(skeleton.id) skeleton\(summary)\n\nCreated by groundwork \(GroundworkVersion.current)."
        let commit = try repository.createCommit(tree: tree, parents: [], author: signature, message: message)
        if let pristine = try workspace.pristine.prepareCommit(renders: plan.pristine, author: signature, message: "groundwork pristine renders") {
            try workspace.pristine.advance(to: pristine)
        }
        try repository.createBranch("main", at: commit, force: false)
        try repository.checkoutHeadIntoEmptyWorkTree()
        let tasks = try BrickRenderer.tasks(skeleton, facts: bareFacts, parameters: skeletonValues)
        return Result(directory: directory, commit: commit, plan: plan, skeletonFiles: files.map(\.path) + (model.map { [$0.path] } ?? []), skeletonTasks: tasks)
    }
}
