#if Enterprise
import Foundation
import GroundworkBricks

/// The rate-limit recipe's Swift edit (`recipes/rate-limit-swift`): the generated router
/// (`Sources/App/App+build.swift`) adds `RedisRateLimitMiddleware`
/// (`Sources/App/Middleware/RedisRateLimitMiddleware.swift`) in place of `RateLimitMiddleware` over in-process
/// `TokenBuckets`, with the same settings and the application's logger. A router written otherwise gets a note,
/// never a guess.
struct SwiftRateLimitWiringEdit: InPlaceEdit {
    static let middleware = "middleware: RateLimitMiddleware("
    static let buckets = "buckets: TokenBuckets(perMinute: configuration.rateLimitPerMinute, burst: configuration.rateLimitBurst))"

    func apply(to text: String, path: String) throws -> EditResult {
        guard !text.contains("RedisRateLimitMiddleware(") else { return EditResult(text: text) }
        var lines = text.components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == Self.middleware }), start + 1 < lines.count,
            lines[start + 1].trimmingCharacters(in: .whitespaces) == Self.buckets
        else {
            return EditResult(
                text: text,
                notes: ["\(path): add RedisRateLimitMiddleware (Sources/App/Middleware/RedisRateLimitMiddleware.swift) in place of RateLimitMiddleware; the recipe did not recognise this router"])
        }
        let indent = String(lines[start].prefix { $0 == " " })
        lines[start] = indent + "middleware: try RedisRateLimitMiddleware("
        lines[start + 1] = indent + "    perMinute: configuration.rateLimitPerMinute, burst: configuration.rateLimitBurst, logger: logger)"
        return EditResult(text: lines.joined(separator: "\n"))
    }
}
#endif
