import GroundworkAuditModel

/// Reads tsconfig.json files (JSON with comments) and decides whether they compile strictly,
/// following relative `extends` chains.
struct TypeScriptConfigReader {
    /// What a tsconfig.json amounts to.
    enum Verdict: Equatable {
        case strict
        /// A solution file (`"files": []` with `references`): the referenced projects decide.
        case solution
        case notStrict(Evidence)
        /// Strictness comes from an npm package base that is not committed.
        case inheritedFromPackage(String)
    }

    let snapshot: RepoSnapshot

    /// The flags `strict` turns on; switching one off again undoes part of strict mode.
    static let strictFamily = [
        "noImplicitAny", "strictNullChecks", "strictFunctionTypes", "strictBindCallApply",
        "strictPropertyInitialization", "noImplicitThis", "alwaysStrict", "useUnknownInCatchVariables",
    ]

    /// The verdict for the tsconfig at `path`.
    func verdict(for path: String) -> Verdict {
        guard let text = snapshot.text(at: path) else {
            return .notStrict(Evidence("\(path) cannot be read as UTF-8 text", path: path))
        }
        let object: [String: Any]
        switch TextJSONC.parseObject(text) {
        case .failure(let error):
            return .notStrict(Evidence("\(path) is not valid JSON: \(error.message)", path: path, line: error.line))
        case .success(let parsed):
            object = parsed
        }
        if let files = object["files"] as? [Any], files.isEmpty, object["references"] != nil { return .solution }
        let lines = TextLines(text)
        let options = object["compilerOptions"] as? [String: Any] ?? [:]
        if let strict = options["strict"] as? Bool {
            guard strict else {
                return .notStrict(Evidence("\(path) turns strict mode off (\"strict\": false)", path: path, line: lines.firstLine(containing: "\"strict\"")))
            }
            if let weakened = Self.strictFamily.first(where: { options[$0] as? Bool == false }) {
                return .notStrict(Evidence("\(path) sets \"strict\": true but turns \(weakened) off again", path: path, line: lines.firstLine(containing: "\"\(weakened)\"")))
            }
            return .strict
        }
        switch inheritedStrictness(object["extends"], from: path) {
        case .some(.strict): return .strict
        case .some(.inheritedFromPackage(let base)): return .inheritedFromPackage(base)
        case .some(.notStrict(let evidence)): return .notStrict(evidence)
        case .some(.solution), .none:
            return .notStrict(Evidence("\(path) does not set \"strict\": true, and TypeScript's default is off", path: path, line: lines.firstLine(containing: "\"compilerOptions\"") ?? 1))
        }
    }

    /// How many `extends` links are followed before giving up (TypeScript itself has no limit but cycles).
    static let deepestChain = 8

    /// What the bases of `extends` (a string, or a list whose later entries win) say about `strict`, following
    /// each base's own `extends` in turn. A relative base that is not committed (Nuxt's generated
    /// `.nuxt/tsconfig.json`) decides nothing here, like an npm package base.
    private func inheritedStrictness(_ extends: Any?, from path: String, depth: Int = 0) -> Verdict? {
        guard depth < Self.deepestChain else { return nil }
        let bases = (extends as? String).map { [$0] } ?? (extends as? [String]) ?? []
        for base in bases.reversed() {
            guard base.hasPrefix("./") || base.hasPrefix("../") else {
                // Every @tsconfig/* base (node20, recommended, strictest…) sets strict: true.
                if base.hasPrefix("@tsconfig/") { return .strict }
                return .inheritedFromPackage(base)
            }
            let directory = path.split(separator: "/").dropLast().joined(separator: "/")
            guard let resolved = TextContent.resolve(base, from: directory) else { continue }
            let candidates = resolved.hasSuffix(".json") ? [resolved] : [resolved, resolved + ".json", resolved + "/tsconfig.json"]
            guard let basePath = candidates.first(where: { snapshot.file(at: $0) != nil }) else {
                return .inheritedFromPackage(base)
            }
            guard let text = snapshot.text(at: basePath), case .success(let object) = TextJSONC.parseObject(text) else { continue }
            if let strict = (object["compilerOptions"] as? [String: Any])?["strict"] as? Bool {
                return strict ? .strict : .notStrict(Evidence("\(path) extends \(basePath), which turns strict mode off", path: basePath, line: TextLines(text).firstLine(containing: "\"strict\"")))
            }
            if let inherited = inheritedStrictness(object["extends"], from: basePath, depth: depth + 1) {
                return inherited
            }
        }
        return nil
    }
}
