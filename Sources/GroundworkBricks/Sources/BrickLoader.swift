import Foundation

/// Reads brick folders from a source: brick.yaml parsed and validated, every template read as UTF-8.
enum BrickLoader {
    /// Every brick of `source`, tagged with `origin`.
    static func loadAll(from source: any BrickFileSource, origin: BrickOrigin) throws -> [Brick] {
        try source.brickFolders().map { try load(folder: $0, from: source, origin: origin) }
    }

    /// The brick in `folder` of `source`.
    static func load(folder: String, from source: any BrickFileSource, origin: BrickOrigin) throws -> Brick {
        let prefix = folder.isEmpty ? "" : folder + "/"
        let manifestPath = source.display(prefix + "brick.yaml")
        guard let data = try source.read(prefix + "brick.yaml") else {
            throw BrickError(.source, "no brick.yaml", file: manifestPath)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw BrickError(.manifest, "not UTF-8 text; brick.yaml must be UTF-8", file: manifestPath)
        }
        let manifest = try BrickManifestParser.parse(text, file: manifestPath)
        if !folder.isEmpty, let name = folder.split(separator: "/").last, name != manifest.id {
            throw BrickError(.manifest, "id: \"\(manifest.id)\" differs from its folder's name \"\(name)\"; a brick lives in a folder named after its id", file: manifestPath, line: 1)
        }
        var templates: [String: String] = [:]
        for spec in manifest.files where spec.generate == nil && templates[spec.template] == nil {
            guard let bytes = try source.read(prefix + spec.template) else {
                throw BrickError(.manifest, "files: template \(spec.template) not found in the brick folder", file: manifestPath, line: spec.line)
            }
            guard let template = String(data: bytes, encoding: .utf8) else {
                throw BrickError(.template, "not UTF-8 text; templates must be UTF-8", file: source.display(prefix + spec.template))
            }
            templates[spec.template] = template
        }
        for edit in manifest.edits {
            guard let pins = edit.pins, templates[pins] == nil else { continue }
            guard let bytes = try source.read(prefix + pins), let text = String(data: bytes, encoding: .utf8) else {
                throw BrickError(.manifest, "edits: pins file \(pins) not found in the brick folder (or not UTF-8)", file: manifestPath, line: edit.line)
            }
            templates[pins] = text
        }
        let partials = try BrickPartials.load(for: templates, manifestPath: manifestPath) { name throws -> String? in
            guard let bytes = try source.read(prefix + BrickPartials.path(name)) else { return nil }
            guard let text = String(data: bytes, encoding: .utf8) else {
                throw BrickError(.template, "not UTF-8 text; partials must be UTF-8", file: source.display(prefix + BrickPartials.path(name)))
            }
            return text
        }
        return Brick(manifest: manifest, templates: templates, origin: origin, partials: partials)
    }
}
