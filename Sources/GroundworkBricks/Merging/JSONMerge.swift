import GroundworkFormats

/// merge-json: a brick's JSON object merged by key into a file (package.json scripts, tsconfig…),
/// keeping the file's key order, number spelling and indentation.
enum JSONMerge {
    /// Merges `theirs` into `ours` (nil: the file is absent), with the previous render as `base` on update.
    static func merge(base: String?, ours: String?, theirs: String, path: String) throws(BrickError) -> String {
        let theirValue: JSONValue
        switch JSONParser.parse(theirs) {
        case .success(let value): theirValue = value
        case .failure(let error): throw BrickError(.template, "merge-json: the rendered template is not valid JSON: \(error.message)", file: path, line: error.line)
        }
        guard theirValue.entries != nil else {
            throw BrickError(.template, "merge-json: the rendered template is not a JSON object; merge-json merges objects", file: path)
        }
        guard let ours, !ours.allSatisfy(\.isWhitespace) else { return theirs }
        let ourValue: JSONValue
        switch JSONParser.parse(ours) {
        case .success(let value): ourValue = value
        case .failure(let error):
            throw BrickError(.merge, "merge-json: the file is not valid JSON (\(error.message)), so the brick's keys cannot be merged into it; fix it or remove it", file: path, line: error.line)
        }
        guard ourValue.entries != nil else {
            throw BrickError(.merge, "merge-json: the file's top level is not an object, so the brick's keys cannot be merged into it", file: path, line: 1)
        }
        let baseValue: JSONValue? = base.flatMap { try? JSONParser.parse($0).get() }
        let merged = KeyMerge.merge(base: baseValue, ours: ourValue, theirs: theirValue)
        if merged == ourValue { return ours }
        return merged.serialized(indent: JSONValue.detectIndent(ours))
    }
}
