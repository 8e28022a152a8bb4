import Foundation
import GroundworkContracts
import GroundworkGit
import GroundworkModel

extension BrickWorkspace {
    /// Gives the facts the service's model: `input` (from `--model`), else the model file the repository
    /// keeps (`ServiceModel.paths`), with the snapshot of the last render and the migrations already written.
    /// A repository without a model is left as it is.
    func attachModel(_ input: ModelInput?) throws {
        let state = self.state
        var model = input?.model
        if model == nil { model = try ServiceModelFile.read(state, name: BrickWorkspace.folderName(path)) }
        guard let model else { return }
        var recorded: DataModel?
        if let data = try state.content(ServiceModel.snapshotPath) {
            do {
                recorded = try ModelSnapshot.decode(data)
            } catch {
                throw BrickError(.repository, "not a model snapshot groundwork can read (\(error)); restore it from git, or delete it to start the migrations afresh", file: ServiceModel.snapshotPath)
            }
        }
        var migrations: [String: Data] = [:]
        for path in try migrationPaths() {
            if let content = try state.content(path) { migrations[path] = content }
        }
        facts.serviceModel = ServiceModel(model: model, recorded: recorded, migrations: migrations)
        modelInput = input
    }

    /// The paths at the audited commit that look like migrations (`…/NNNN_<slug>.sql`), outside `.git`-like folders.
    private func migrationPaths() throws -> [String] {
        guard let baseTree else { return [] }
        var paths: [String] = []
        try repository.walkTree(baseTree) { entry in
            if entry.kind == .directory {
                return entry.name.hasPrefix(".") || entry.name == "node_modules" || entry.name == "vendor" ? .skip : .descend
            }
            if entry.isRegularFile, ServiceModel.isMigration(entry.path) { paths.append(entry.path) }
            return .skip
        }
        return paths
    }

    /// The model file `--model` brings into the repository, as a planned change (nil when none is given).
    func modelFileChange() throws -> PlannedFile? {
        guard let modelInput else { return nil }
        let after = Data(modelInput.text.utf8)
        let before = try state.content(modelInput.path)
        let operation: FileOperation = before == nil ? .create : before == after ? .unchanged : .update
        if operation.writes { try state.check(modelInput.path) }
        return PlannedFile(path: modelInput.path, operation: operation, before: before, after: after, bricks: [], executable: false)
    }
}

/// Reads the model file a repository keeps. Reading goes through the model readers of GroundworkModel.
enum ServiceModelFile {
    /// The model of the first of `ServiceModel.paths` that exists, nil when none does.
    static func read(_ state: TargetState, name: String) throws -> DataModel? {
        for path in ServiceModel.paths {
            guard let data = try state.content(path) else { continue }
            guard let text = String(data: data, encoding: .utf8) else { throw BrickError(.repository, "not UTF-8 text", file: path) }
            return try ServiceModelReader.read(text, path: path, name: name)
        }
        return nil
    }
}
