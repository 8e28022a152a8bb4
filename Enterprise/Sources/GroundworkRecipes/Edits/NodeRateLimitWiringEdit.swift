#if Enterprise
import GroundworkBricks

/// The rate-limit recipe's Node edit (`recipes/rate-limit-node`): the generated application
/// (`src/api/app.js`) takes `rateLimit` from `./middleware/rate-limit-redis` instead of the in-process
/// `./middleware/rate-limit`, and hands it the application's logger for its warnings. An application written
/// otherwise gets a note, never a guess.
struct NodeRateLimitWiringEdit: InPlaceEdit {
    static let inProcess = "const { rateLimit } = require('./middleware/rate-limit')"
    static let shared = "const { rateLimit } = require('./middleware/rate-limit-redis')"
    static let use = "rateLimit(config.rateLimit)"

    func apply(to text: String, path: String) throws -> EditResult {
        guard !text.contains(Self.shared) else { return EditResult(text: text) }
        guard text.contains(Self.inProcess), text.contains(Self.use) else {
            return EditResult(
                text: text,
                notes: ["\(path): use rateLimit(settings, { log }) from src/api/middleware/rate-limit-redis.js in place of the in-process limiter; the recipe did not recognise this application"])
        }
        let wired = text.replacingOccurrences(of: Self.inProcess, with: Self.shared).replacingOccurrences(of: Self.use, with: "rateLimit(config.rateLimit, { log })")
        return EditResult(text: wired)
    }
}
#endif
