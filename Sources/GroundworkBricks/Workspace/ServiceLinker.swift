import Foundation
import GroundworkContracts
import GroundworkGit

/// `groundwork link CONSUMER PROVIDER`: the provider's client generated into the consumer (in the
/// consumer's language, under `clients/<provider>/`), the glue that configures and authenticates it, a
/// consumer contract test, the edge in the workspace file and the consumer's lock file, and compose.yaml.
/// Linking again after the provider's contract changed merges the new render three ways with the
/// consumer's edits, with the last render (kept in the consumer's pristine store) as the base.
package enum ServiceLinker {
    /// What one link did.
    package struct Result: Sendable {
        package var consumer: WorkspaceService
        package var provider: WorkspaceService
        package var entry: ConsumedContract
        /// Each file written or kept, with what happened to it (`create`, `update`, `merged`, `conflict`…).
        package var files: [(path: String, operation: FileOperation)]
        /// Where the consumer's files had conflicting edits (written with conflict markers).
        package var conflicts: Int
        /// The client generator's warnings (constructs typed loosely).
        package var warnings: [String]
        /// The previous entry, when the consumer was linked before.
        package var previous: ConsumedContract?
    }

    /// Links `consumer` to `provider` in the workspace at `root`. `auth` and `operations` replace what the
    /// workspace file declares for the edge; nil keeps it (new edges forward the caller's token and find
    /// the operations in the consumer's code).
    package static func link(consumer consumerName: String, provider providerName: String, root: String, auth: ServiceAuth? = nil, operations: [String]? = nil, now: Date = Date()) throws -> Result {
        var workspace = try ServiceWorkspace.load(root: root)
        guard let consumer = workspace.service(consumerName) else { throw unknown(consumerName, workspace, root: root) }
        guard let provider = workspace.service(providerName) else { throw unknown(providerName, workspace, root: root) }
        guard consumer.name != provider.name else { throw BrickError(.parameter, "a service cannot consume itself (\(consumer.name))") }
        guard let language = ConsumerStack.language(for: consumer.stack) else {
            throw BrickError(
                .parameter,
                "\(consumer.name) is a \(consumer.stack) service: `link` wires consumers in \(ConsumerStack.supported.joined(separator: " and ")) so far; generate the client by hand with `groundwork client generate --contract \(provider.contractPath) --lang LANG --output \(consumer.folder)/clients/\(provider.name)`"
            )
        }
        let existing = workspace.links.first { $0.consumer == consumer.name && $0.provider == provider.name }
        var edgeLink = existing ?? WorkspaceLink(consumer: consumer.name, provider: provider.name)
        if let auth { edgeLink.auth = auth }
        if let operations { edgeLink.operations = operations }

        let contractPath = root + "/" + provider.contractPath
        let contractData = try contents(contractPath, what: "\(provider.name)'s contract")
        let contract = try ContractLoader.decode(contractData, file: provider.contractPath)
        let (api, warnings) = try ClientAPIBuilder.build(contract)
        let clientFolder = "clients/\(provider.name)"
        let packageName = ConsumerStack.packageName(provider: provider.name, language: language)
        let consumerFolder = root + "/" + consumer.folder
        var edge = ConsumerEdge(
            consumer: consumer, provider: provider, auth: edgeLink.auth, api: api, samples: RequestSamples(contract), used: [], language: language, packageName: packageName, clientFolder: clientFolder
        )
        if language == .go { edge.consumerModule = try goModule(consumerFolder, display: consumer.folder + "/go.mod") }
        let generatedPaths = ConsumerStack.files(edge).map(\.path)
        let usedNames: [String]
        if let declared = edgeLink.operations {
            let (found, unknownNames) = OperationUsage.declared(declared, api: api)
            if !unknownNames.isEmpty {
                throw BrickError(
                    .parameter, "\(unknownNames.joined(separator: ", ")): not an operation of \(provider.name)'s contract; its operations: \(api.operations.map(\.name).joined(separator: ", "))",
                    file: ServiceWorkspace.fileName)
            }
            usedNames = found
        } else {
            usedNames = OperationUsage.scan(folder: consumerFolder, language: language, api: api, excluding: [clientFolder] + generatedPaths)
        }
        edge.used = ConsumerEdge.testOrder(api.operations.filter { usedNames.contains($0.name) })

        let client = try ClientGenerator.generate(contract, language: language, packageName: packageName)
        var renders = ConsumerStack.clientFiles(client.files.map { ($0.path, $0.contents) }, language: language)
            .map { (path: clientFolder + "/" + $0.path, contents: $0.contents) }
        renders += ConsumerStack.files(edge)

        let repository = try Repository.open(at: consumerFolder)
        let lockPath = consumerFolder + "/" + LockFile.path
        var lock =
            try FileManager.default.contents(atPath: lockPath).map { data throws(BrickError) in
                try LockFile.parse(String(decoding: data, as: UTF8.self), file: consumer.folder + "/" + LockFile.path)
            } ?? LockFile()
        let previous = lock.consumes.first { $0.provider == provider.name }
        let key = "consumes." + provider.name
        let pristine = try PristineStore(repository: repository)
        let labels = ThreeWayMerge.Labels(base: "last link", ours: "yours", theirs: "\(provider.name) \(contract.document.info.version)")

        var outcome: [(path: String, operation: FileOperation)] = []
        var lockedFiles: [LockedFile] = []
        var pristineRenders: [String: Data] = [:]
        var conflicts = 0
        for render in renders {
            let data = Data(render.contents.utf8)
            let file = RenderedFile(brickID: key, path: render.path, content: data, mode: .managed, executable: false)
            let previousFile = previous?.file(render.path)
            let base = previousFile.flatMap { pristine.render(brick: key, path: render.path, sha256: $0.sha256) }
            let destination = consumerFolder + "/" + render.path
            let ours = FileManager.default.contents(atPath: destination)
            let step = try FileUpdate.step(render: file, previous: previousFile, base: base, ours: ours, restore: true, labels: labels)
            if let content = step.content, content != ours { try write(content, to: destination) }
            conflicts += step.conflicts
            outcome.append((render.path, step.operation))
            lockedFiles.append(LockedFile(path: render.path, mode: .managed, sha256: Digest.sha256(data)))
            pristineRenders[render.path] = data
        }
        // Files the last link wrote that this one does not (an operation the client no longer has): removed
        // when nobody edited them, kept otherwise.
        for old in previous?.files ?? [] where !renders.contains(where: { $0.path == old.path }) {
            let destination = consumerFolder + "/" + old.path
            guard let ours = FileManager.default.contents(atPath: destination) else { continue }
            if Digest.sha256(ours) == old.sha256 {
                try FileManager.default.removeItem(atPath: destination)
                outcome.append((old.path, .remove))
            } else {
                outcome.append((old.path, .keep))
            }
        }
        for requirement in ConsumerStack.requiredLines(edge) {
            if try appendLineIfMissing(requirement.line, to: consumerFolder + "/" + requirement.file) { outcome.append((requirement.file, .append)) }
        }
        for insertion in ConsumerStack.insertions(edge) {
            if try insertLineIfMissing(insertion.line, after: insertion.after, in: consumerFolder + "/" + insertion.file) { outcome.append((insertion.file, .edit)) }
        }
        if let manifestEdit = ConsumerStack.manifestEdit(edge) {
            let manifest = consumerFolder + "/Package.swift"
            let text = String(decoding: try contents(manifest, what: "\(consumer.name)'s Package.swift"), as: UTF8.self)
            if let edited = try manifestEdit.apply(to: text, file: consumer.folder + "/Package.swift") {
                try write(Data(edited.utf8), to: manifest)
                outcome.append(("Package.swift", .edit))
            }
        }

        let entry = ConsumedContract(
            provider: provider.name, providerStack: provider.stack, contract: provider.contractPath, version: contract.document.info.version,
            digest: Digest.sha256(contractData), language: language.rawValue, client: clientFolder, operations: edge.used.map(\.name), files: lockedFiles
        )
        lock.record(entry)
        try write(Data(lock.yaml().utf8), to: lockPath)
        var signature = repository.defaultSignature() ?? Signature(name: "groundwork", email: "groundwork@localhost")
        signature.date = now
        if let commit = try pristine.prepareCommit(renders: [key: pristineRenders], author: signature, message: "groundwork link \(consumer.name) \(provider.name)") {
            try pristine.advance(to: commit)
        }

        workspace.record(edgeLink)
        try workspace.write(root: root)
        try writeCompose(workspace, root: root)
        return Result(consumer: consumer, provider: provider, entry: entry, files: outcome, conflicts: conflicts, warnings: warnings, previous: previous)
    }

    /// Writes compose.yaml and PostgreSQL's first-start script for `workspace`.
    package static func writeCompose(_ workspace: ServiceWorkspace, root: String) throws {
        try write(Data(ComposeFile.render(workspace).utf8), to: root + "/" + ComposeFile.path)
        try write(Data(ComposeFile.databases(workspace).utf8), to: root + "/" + ComposeFile.databasesScript)
    }

    private static func unknown(_ name: String, _ workspace: ServiceWorkspace, root: String) -> BrickError {
        BrickError(.parameter, "\(name) is not a service of this workspace; services: \(workspace.services.map(\.name).joined(separator: ", "))", file: root + "/" + ServiceWorkspace.fileName)
    }

    /// The module path a Go consumer's go.mod declares.
    private static func goModule(_ folder: String, display: String) throws -> String {
        let text = String(decoding: try contents(folder + "/go.mod", what: "the Go consumer's go.mod"), as: UTF8.self)
        guard let module = GoConsumerFiles.modulePath(goMod: text) else {
            throw BrickError(.parameter, "\(display): no `module` line; a go-chi service's go.mod names its module (e.g. `module orders`)", file: display, line: 1)
        }
        return module
    }

    private static func contents(_ path: String, what: String) throws -> Data {
        guard let data = FileManager.default.contents(atPath: path) else { throw BrickError(.parameter, "\(path): \(what) cannot be read") }
        return data
    }

    private static func write(_ data: Data, to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    /// Inserts `line` after the first line reading `anchor`, unless the file already has it; true when it
    /// was inserted. A missing file or anchor (the developer rewrote it) is left alone.
    private static func insertLineIfMissing(_ line: String, after anchor: String, in path: String) throws -> Bool {
        guard let data = FileManager.default.contents(atPath: path) else { return false }
        var lines = String(decoding: data, as: UTF8.self).components(separatedBy: "\n")
        guard !lines.contains(where: { $0.trimmingCharacters(in: .whitespaces) == line }),
            let index = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == anchor })
        else { return false }
        lines.insert(line, at: index + 1)
        try write(Data(lines.joined(separator: "\n").utf8), to: path)
        return true
    }

    /// Appends `line` to the file unless a line of it already says the same; true when it was added.
    private static func appendLineIfMissing(_ line: String, to path: String) throws -> Bool {
        var text = FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) } ?? ""
        if text.split(separator: "\n").contains(where: { $0.trimmingCharacters(in: .whitespaces) == line }) { return false }
        if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
        text += "# A generated client of a service this one calls (groundwork link).\n\(line)\n"
        try write(Data(text.utf8), to: path)
        return true
    }
}

extension ConsumedContract {
    /// The entry of a file.
    func file(_ path: String) -> LockedFile? { files.first { $0.path == path } }
}
