#if Enterprise
import Foundation
import GroundworkBricks

/// The stateless-sessions recipe's Swift edit (`recipes/stateless-sessions-notes`): it changes nothing.
/// The Redis stores of the stack (hummingbird-redis's persist driver, vapor/redis) are not reachable here to
/// prove an edit with, so each session store in process memory is named in the plan with what to use instead.
struct SessionStoreNoteEdit: InPlaceEdit {
    /// What to use instead, per library.
    static let advice: [String: String] = [
        "Hummingbird sessions": "give SessionMiddleware a PersistDriver over Redis (hummingbird-redis's RedisPersistDriver) at REDIS_URL",
        "Vapor sessions": "use vapor/redis and app.sessions.use(.redis) with REDIS_URL",
    ]

    func apply(to text: String, path: String) throws -> EditResult {
        guard SessionStore.isApplicationSource(path) else { return EditResult(text: text) }
        let stores = SessionStore.recognise(text, path: path).filter(\.isLocal)
        return EditResult(
            text: text,
            notes: stores.map { "\(path):\($0.line): \($0.detail) left as it is (the recipe does not edit this stack yet): \(Self.advice[$0.library] ?? "move it to Redis at REDIS_URL")" })
    }
}
#endif
