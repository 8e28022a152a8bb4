import Foundation
import GroundworkContracts
import GroundworkModel

/// The files groundwork produces itself from the service's model (`generate:` in brick.yaml).
enum GeneratedFiles {
    /// The files of one `generate:` entry whose destination is `path`.
    static func render(_ kind: GeneratedFileKind, path: String, brick: Brick, facts: BrickFacts, spec: BrickFileSpec) throws(BrickError) -> [RenderedFile] {
        guard let serviceModel = facts.serviceModel else {
            throw BrickError(
                .parameter, "files: generate: \(kind.rawValue) needs the service's model, and there is none: pass --model FILE, or add \(ServiceModel.path)", file: brick.manifest.manifestPath,
                line: spec.line)
        }
        switch kind {
        case .openapi:
            return [RenderedFile(brickID: brick.id, path: path, content: Data(OpenAPIDocument.text(serviceModel.model).utf8), mode: .managed, executable: false)]
        case .migrations:
            return try migrations(in: path, serviceModel: serviceModel, brick: brick)
        }
    }

    /// Every migration already in `folder` as it is (seed files: never rewritten), a new one when the model
    /// changed since the last render (the first is the model's DDL), and the snapshot of the model.
    private static func migrations(in folder: String, serviceModel: ServiceModel, brick: Brick) throws(BrickError) -> [RenderedFile] {
        let prefix = folder + "/"
        let existing = serviceModel.migrations.filter { $0.key.hasPrefix(prefix) && !$0.key.dropFirst(prefix.count).contains("/") }
        var files = existing.keys.sorted().map { RenderedFile(brickID: brick.id, path: $0, content: existing[$0]!, mode: .seed, executable: false) }
        let next: Migration?
        if existing.isEmpty {
            next = MigrationPlanner.initial(serviceModel.model)
        } else if let recorded = serviceModel.recorded {
            next = MigrationPlanner.migration(from: recorded, to: serviceModel.model)
        } else {
            // Migrations exist but no snapshot says which model they describe: nothing can be diffed.
            next = nil
        }
        if let next {
            let highest = existing.keys.compactMap { Int($0.dropFirst(prefix.count).prefix { $0.isASCIIDigit }) }.max() ?? 0
            files.append(RenderedFile(brickID: brick.id, path: prefix + next.fileName(number: highest + 1), content: Data(next.sql.utf8), mode: .seed, executable: false))
        }
        let snapshot: Data
        do {
            snapshot = try ModelSnapshot.encode(serviceModel.model)
        } catch {
            throw BrickError(.template, "could not encode the model snapshot: \(error)", file: ServiceModel.snapshotPath)
        }
        files.append(RenderedFile(brickID: brick.id, path: ServiceModel.snapshotPath, content: snapshot, mode: .managed, executable: false))
        return files
    }
}
