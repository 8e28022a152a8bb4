import Foundation

/// One file a brick produced for this repository: its destination, content and mode.
public struct RenderedFile: Sendable, Hashable {
    public var brickID: String
    /// The normalised destination path.
    public var path: String
    public var content: Data
    public var mode: BrickFileMode
    public var executable: Bool
}

/// A task of a brick with its command rendered for this repository.
public struct RenderedTask: Sendable, Hashable {
    public var brickID: String
    public var name: String
    public var command: String
}

/// Renders a brick's files and tasks over the facts and its parameters.
public enum BrickRenderer {
    /// The files whose `when` holds, rendered (once, or once per service), with destination paths
    /// normalised and checked against the lexical path rules.
    public static func render(_ brick: Brick, facts: BrickFacts, parameters: [String: ParameterValue]) throws(BrickError) -> [RenderedFile] {
        let predicateFacts = facts.predicateFacts.adding(parameters: parameters)
        var files: [RenderedFile] = []
        for spec in brick.manifest.files {
            if let when = spec.when, !when.holds(predicateFacts) { continue }
            let services: [ServiceFacts?] = spec.each == .service ? facts.services.map { $0 } : [nil]
            for service in services {
                let context = facts.templateContext(parameters: parameters, service: service)
                let manifest = brick.manifest.manifestPath
                let rawPath: String
                do {
                    rawPath = try TemplateRenderer.render(spec.path, file: manifest, context: context)
                } catch {
                    throw BrickError(.template, "files: path \(spec.path): \(error.message)", file: manifest, line: spec.line)
                }
                let path: String
                switch DestinationPath.normalise(rawPath) {
                case .success(let normalised): path = normalised
                case .failure(let error):
                    throw BrickError(.unsafePath, "files: \(error.message); refusing the brick", file: manifest, line: spec.line)
                }
                guard let template = brick.templates[spec.template] else {
                    throw BrickError(.manifest, "files: template \(spec.template) was not loaded", file: manifest, line: spec.line)
                }
                let text = try TemplateRenderer.render(template, file: brick.templateDisplayPath(spec.template), context: context)
                if let duplicate = files.first(where: { $0.path == path }), duplicate.content != Data(text.utf8) {
                    throw BrickError(.merge, "files: two entries of \(brick.id) write \(path) with different content", file: manifest, line: spec.line)
                }
                if files.contains(where: { $0.path == path }) { continue }
                files.append(RenderedFile(brickID: brick.id, path: path, content: Data(text.utf8), mode: spec.mode, executable: spec.executable))
            }
        }
        return files
    }

    /// The tasks whose `when` holds, with their commands rendered.
    public static func tasks(_ brick: Brick, facts: BrickFacts, parameters: [String: ParameterValue]) throws(BrickError) -> [RenderedTask] {
        let predicateFacts = facts.predicateFacts.adding(parameters: parameters)
        let context = facts.templateContext(parameters: parameters, service: nil)
        var tasks: [RenderedTask] = []
        for task in brick.manifest.tasks {
            if let when = task.when, !when.holds(predicateFacts) { continue }
            let command = try TemplateRenderer.render(task.run, file: brick.manifest.manifestPath, context: context)
            tasks.append(RenderedTask(brickID: brick.id, name: task.name, command: command.trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        return tasks
    }
}
