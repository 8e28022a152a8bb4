#if Enterprise
import Foundation
import GroundworkBricks

/// The stateless-sessions recipe's Node edit (`recipes/stateless-sessions-node`): every `session({ … })`
/// call of express-session (required with CommonJS `require`) whose store is missing (its MemoryStore),
/// express-session's MemoryStore, memorystore or session-file-store gets `store: new RedisSessionStore()`
/// from `src/redis-session-store.js`; the `require` of the store it replaced goes when nothing else uses
/// it. Another shape (options passed as a variable, ES modules, TypeScript) gets a note, never a guess.
struct NodeSessionStoreEdit: InPlaceEdit {
    /// Where the recipe writes the store, from the repository's root.
    static let storeModule = "src/redis-session-store"
    static let storeValue = "new RedisSessionStore()"

    func apply(to text: String, path: String) throws -> EditResult {
        guard SessionStore.isApplicationSource(path), !path.hasSuffix("redis-session-store.js"), !text.contains("RedisSessionStore") else { return EditResult(text: text) }
        let local = SessionStore.node(SourceText(text), path: path).filter(\.isLocal)
        guard let first = local.first else { return EditResult(text: text) }
        func refuse(_ why: String) -> EditResult {
            EditResult(
                text: text,
                notes: ["\(path):\(first.line): \(first.detail) left as it is: \(why); give express-session `store: new RedisSessionStore()` from \(Self.storeModule).js by hand"])
        }
        let source = SourceText(text)
        guard !path.hasSuffix(".ts"), !path.hasSuffix(".mjs") else { return refuse("the recipe edits CommonJS files only") }
        guard let name = source.nodeImport(of: "express-session"), text.contains("require(") else {
            return refuse("express-session is not required in this file")
        }
        // The names memorystore's and session-file-store's store classes are bound to.
        let localClasses = source.matches(#"(?:const|let|var)\s+(\w+)\s*=\s*require\(\s*['"](?:memorystore|session-file-store)['"]\s*\)"#).map { $0.groups[0] }
        var changes: [(range: Range<String.Index>, replacement: String)] = []
        var replacedStores: [String] = []
        for call in source.calls(of: name) {
            guard let options = call.arguments else { continue }
            guard options.hasPrefix("{"), let open = text[call.argumentsStart...].firstIndex(of: "{") else {
                if !options.isEmpty { return refuse("its options are not an object literal in the call") }
                continue
            }
            if let store = SourceText.objectValue(of: "store", in: options) {
                guard store.contains("MemoryStore(") || localClasses.contains(where: { store.contains("new \($0)(") }),
                    let range = text.range(of: store, range: open..<call.end)
                else { continue }
                if let identifier = store.split(separator: "(").first?.split(separator: " ").last { replacedStores.append(String(identifier)) }
                changes.append((range, Self.storeValue))
            } else {
                let after = text.index(after: open)
                if text[after...].first == "\n" {
                    let next = text[text.index(after: after)...]
                    let indent = String(next.prefix { $0 == " " || $0 == "\t" })
                    changes.append((after..<after, "\n\(indent)store: \(Self.storeValue),"))
                } else {
                    let space = text[after...].first == " " ? text.index(after: after) : after
                    changes.append((space..<space, "store: \(Self.storeValue), "))
                }
            }
        }
        guard !changes.isEmpty else { return refuse("no `\(name)({ … })` call to change") }
        var edited = text
        for change in changes.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) { edited.replaceSubrange(change.range, with: change.replacement) }
        var lines = edited.components(separatedBy: "\n")
        // The replaced store's require (`const MemoryStore = require('memorystore')(session)`) goes once unused.
        for identifier in replacedStores {
            guard let index = lines.firstIndex(where: { $0.hasPrefix("const \(identifier) = require(") }) else { continue }
            let rest = lines.enumerated().filter { $0.offset != index }.map(\.element).joined(separator: "\n")
            if rest.range(of: #"(?<![\w.])"# + identifier + #"(?!\w)"#, options: .regularExpression) == nil { lines.remove(at: index) }
        }
        guard let requireLine = lines.firstIndex(where: { $0.contains("require('express-session')") || $0.contains("require(\"express-session\")") }) else {
            return refuse("express-session's require is not on a line of its own")
        }
        let quote = lines[requireLine].contains("'") ? "'" : "\""
        lines.insert("const { RedisSessionStore } = require(\(quote)\(Self.relativeModule(from: path))\(quote))", at: requireLine + 1)
        return EditResult(text: lines.joined(separator: "\n"))
    }

    /// The `require` path of the store from the file at `path` (`./redis-session-store`, `../src/redis-session-store`).
    static func relativeModule(from path: String) -> String {
        let from = path.split(separator: "/").dropLast().map(String.init)
        let to = storeModule.split(separator: "/").map(String.init)
        var common = 0
        while common < from.count, common < to.count - 1, from[common] == to[common] { common += 1 }
        let up = from.count - common
        let down = to[common...].joined(separator: "/")
        return up == 0 ? "./" + down : String(repeating: "../", count: up) + down
    }
}
#endif
