/// `api`, the alias of the stack's application brick: the brick of the library whose id starts with
/// `api-` and whose `when` holds for the repository (`api-fastapi` for a FastAPI service, `api-chi` for
/// chi…). `groundwork new --model` adds it, and `groundwork apply api --model FILE` applies it.
package enum ApplicationBrick {
    /// The alias people type.
    package static let alias = "api"

    /// The application brick that fits the repository the facts describe.
    package static func resolve(library: BrickLibrary, facts: BrickFacts) throws(BrickError) -> String {
        let predicateFacts = facts.predicateFacts
        let candidates = library.all.filter { $0.id.hasPrefix(alias + "-") }
        let fitting = candidates.filter { $0.manifest.when?.holds(predicateFacts) ?? true }
        if fitting.count == 1 { return fitting[0].id }
        let stack = [facts.ecosystem, facts.frameworks.first ?? ""].filter { !$0.isEmpty }.joined(separator: "/")
        if fitting.isEmpty {
            let known = candidates.map(\.id).joined(separator: ", ")
            throw BrickError(.composition, "no application brick fits this repository (\(stack.isEmpty ? "no stack detected" : stack)); application bricks: \(known.isEmpty ? "none" : known)")
        }
        throw BrickError(.composition, "several application bricks fit this repository (\(stack)): \(fitting.map(\.id).joined(separator: ", ")); name one instead of \(alias)")
    }

    /// `ids` with the alias replaced by the brick it resolves to.
    package static func expand(_ ids: [String], library: BrickLibrary, facts: BrickFacts) throws(BrickError) -> [String] {
        guard ids.contains(alias) else { return ids }
        let resolved = try resolve(library: library, facts: facts)
        var result: [String] = []
        for id in ids {
            let next = id == alias ? resolved : id
            if !result.contains(next) { result.append(next) }
        }
        return result
    }
}
