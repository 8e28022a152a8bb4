import Foundation

extension ServiceWorkspace {
    /// The workspace at `root` to add a service to: its file, or a new empty workspace named after the folder.
    package static func openOrStart(root: String) throws -> ServiceWorkspace {
        if FileManager.default.fileExists(atPath: root + "/" + fileName) { return try load(root: root) }
        return ServiceWorkspace(name: BrickWorkspace.folderName(root).lowercased())
    }

    /// Checks that `name` can be added as a new service in its own folder; throws saying why not.
    package func checkNewService(_ name: String, root: String) throws(BrickError) {
        if let problem = Self.nameProblem(name) { throw BrickError(.parameter, problem) }
        if service(name) != nil { throw BrickError(.parameter, "\(name) is already a service of \(root)/\(Self.fileName)") }
    }

    /// Records a service generated into `root/<name>`, then rewrites the workspace file and compose.yaml.
    package mutating func add(service name: String, stack: String, model: String?, root: String) throws {
        let port = (services.map(\.port).max() ?? 8080) + 1
        record(WorkspaceService(name: name, stack: stack, model: model, port: port))
        try write(root: root)
        try ServiceLinker.writeCompose(self, root: root)
    }
}
