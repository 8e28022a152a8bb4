import Yams

extension BrickPredicate {
    /// Parses a `when:` mapping. `parameters` lists the names `params.<name>` may use (nil: not allowed here).
    static func parse(_ node: Node, _ field: String, reader: ManifestReader, parameters: [String]?) throws(BrickError) -> BrickPredicate {
        var allowed = factNames + ["any", "not"]
        if let parameters { allowed += parameters.map { "params." + $0 } }
        var predicate = BrickPredicate()
        for (key, _, value) in try reader.mapping(node, field, allowed: allowed) {
            let keyField = "\(field).\(key)"
            switch key {
            case "any":
                let alternatives = try reader.sequence(value, keyField)
                guard !alternatives.isEmpty else { throw reader.error(value, keyField, "expected a non-empty list of conditions") }
                for (index, alternative) in alternatives.enumerated() {
                    predicate.any.append(try parse(alternative, "\(keyField)[\(index)]", reader: reader, parameters: parameters))
                }
            case "not":
                predicate.not.append(try parse(value, keyField, reader: reader, parameters: parameters))
            default:
                let accepted: [String]
                if let sequence = value.sequence {
                    accepted = try sequence.enumerated().map { index, item throws(BrickError) in try reader.string(item, "\(keyField)[\(index)]") }
                    guard !accepted.isEmpty else { throw reader.error(value, keyField, "expected a value or a non-empty list of values") }
                } else if reader.isNull(value) {
                    accepted = ["none"]
                } else {
                    guard value.scalar != nil else { throw reader.error(value, keyField, "expected a value or a list of values, found \(reader.describe(value))") }
                    accepted = [try reader.string(value, keyField)]
                }
                predicate.requirements.append(Requirement(fact: key, accepted: accepted))
            }
        }
        return predicate
    }
}
