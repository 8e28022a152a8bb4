import Foundation

/// One file a brick produced for this repository: its destination, content and mode.
package struct RenderedFile: Sendable, Hashable {
    package var brickID: String
    /// The normalised destination path.
    package var path: String
    package var content: Data
    package var mode: BrickFileMode
    package var executable: Bool
}

/// A task of a brick with its command rendered for this repository.
package struct RenderedTask: Sendable, Hashable {
    package var brickID: String
    package var name: String
    package var command: String
}

/// Renders a brick's files and tasks over the facts and its parameters.
package enum BrickRenderer {
    /// The files whose `when` holds, rendered (once, once per service, or once per entity of the model;
    /// `generate:` entries produced from the model), with destination paths normalised and checked
    /// against the lexical path rules.
    package static func render(_ brick: Brick, facts: BrickFacts, parameters: [String: ParameterValue]) throws(BrickError) -> [RenderedFile] {
        let predicateFacts = facts.predicateFacts.adding(parameters: parameters)
        let library = try TemplateRenderer.library(partials: brick.partials, folder: brick.templateDisplayPath(""))
        var files: [RenderedFile] = []
        for spec in brick.manifest.files {
            if let when = spec.when, !when.holds(predicateFacts) { continue }
            let manifest = brick.manifest.manifestPath
            if let kind = spec.generate {
                let context = facts.templateContext(parameters: parameters, service: nil)
                let path = try destination(spec, context: context, manifest: manifest)
                for file in try GeneratedFiles.render(kind, path: path, brick: brick, facts: facts, spec: spec) {
                    try append(file, to: &files, brick: brick, spec: spec)
                }
                continue
            }
            for (service, entity) in try repetitions(spec, facts: facts, manifest: manifest) {
                let context = facts.templateContext(parameters: parameters, service: service, entity: entity)
                let path = try destination(spec, context: context, manifest: manifest)
                guard let template = brick.templates[spec.template] else {
                    throw BrickError(.manifest, "files: template \(spec.template) was not loaded", file: manifest, line: spec.line)
                }
                let text = try TemplateRenderer.render(template, file: brick.templateDisplayPath(spec.template), context: context, library: library)
                try append(RenderedFile(brickID: brick.id, path: path, content: Data(text.utf8), mode: spec.mode, executable: spec.executable), to: &files, brick: brick, spec: spec)
            }
        }
        return files
    }

    /// The (service, entity) pairs a file is rendered for: once, per service, or per entity of the model.
    private static func repetitions(_ spec: BrickFileSpec, facts: BrickFacts, manifest: String) throws(BrickError) -> [(ServiceFacts?, String?)] {
        switch spec.each {
        case .once: return [(nil, nil)]
        case .service: return facts.services.map { ($0, nil) }
        case .entity:
            guard let serviceModel = facts.serviceModel else {
                throw BrickError(
                    .parameter, "files: \(spec.path) is rendered per entity of the service's model, and there is none: pass --model FILE, or add \(ServiceModel.path)", file: manifest, line: spec.line)
            }
            return serviceModel.model.entities.map { (nil, $0.name) }
        }
    }

    /// The destination path rendered over `context`, normalised and checked.
    private static func destination(_ spec: BrickFileSpec, context: [String: Any], manifest: String) throws(BrickError) -> String {
        let rawPath: String
        do {
            rawPath = try TemplateRenderer.render(spec.path, file: manifest, context: context)
        } catch {
            throw BrickError(.template, "files: path \(spec.path): \(error.message)", file: manifest, line: spec.line)
        }
        switch DestinationPath.normalise(rawPath) {
        case .success(let normalised): return normalised
        case .failure(let error):
            throw BrickError(.unsafePath, "files: \(error.message); refusing the brick", file: manifest, line: spec.line)
        }
    }

    /// Adds `file` unless an entry already wrote the same bytes there; different bytes are an error.
    private static func append(_ file: RenderedFile, to files: inout [RenderedFile], brick: Brick, spec: BrickFileSpec) throws(BrickError) {
        if let duplicate = files.first(where: { $0.path == file.path }) {
            guard duplicate.content == file.content else {
                throw BrickError(.merge, "files: two entries of \(brick.id) write \(file.path) with different content", file: brick.manifest.manifestPath, line: spec.line)
            }
            return
        }
        files.append(file)
    }

    /// The tasks whose `when` holds, with their commands rendered.
    package static func tasks(_ brick: Brick, facts: BrickFacts, parameters: [String: ParameterValue]) throws(BrickError) -> [RenderedTask] {
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
