import Yams

extension BrickManifestParser {
    /// `generate: openapi|migrations` with a `path` (and optionally `when`); no template, no `each`, and a
    /// mode fixed by the kind (the contract is managed, migrations are written once each).
    static func parseGeneratedFile(_ node: Node, present: [String: Node], pathNode: Node, _ field: String, reader: ManifestReader, parameters: [String]) throws(BrickError) -> BrickFileSpec {
        for key in ["template", "each", "mode", "executable"] where present[key] != nil {
            throw reader.error(present[key], "\(field).\(key)", "does not apply to a generated file (generate: …)")
        }
        let text = try reader.string(node, "\(field).generate")
        guard let kind = GeneratedFileKind(rawValue: text) else {
            throw reader.error(node, "\(field).generate", "expected one of \(GeneratedFileKind.allCases.map(\.rawValue).joined(separator: ", ")), found \"\(text)\"")
        }
        var spec = BrickFileSpec(template: "", path: try reader.string(pathNode, "\(field).path"), line: node.mark?.line)
        if spec.path.isEmpty { throw reader.error(pathNode, "\(field).path", "expected a destination path, found nothing") }
        spec.generate = kind
        if let whenNode = present["when"] { spec.when = try BrickPredicate.parse(whenNode, "\(field).when", reader: reader, parameters: parameters) }
        return spec
    }
}
