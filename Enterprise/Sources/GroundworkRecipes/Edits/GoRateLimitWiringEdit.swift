#if Enterprise
import GroundworkBricks

/// The rate-limit recipe's Go edit (`recipes/rate-limit-go`): the generated router (`internal/api/router.go`)
/// builds its limiter with `httpx.NewRedisRateLimiter` (`internal/httpx/ratelimit_redis.go`, the same package, so
/// no import changes) in place of the in-process `httpx.NewRateLimiter`, with the router's logger for its
/// warnings. A router written otherwise gets a note, never a guess.
struct GoRateLimitWiringEdit: InPlaceEdit {
    static let inProcess = "httpx.NewRateLimiter(cfg.RateLimitPerMinute, cfg.RateLimitBurst, auth.ClientKey)"
    static let shared = "httpx.NewRedisRateLimiter(cfg.RateLimitPerMinute, cfg.RateLimitBurst, auth.ClientKey, logger)"

    func apply(to text: String, path: String) throws -> EditResult {
        guard !text.contains(Self.shared) else { return EditResult(text: text) }
        guard text.contains(Self.inProcess) else {
            return EditResult(
                text: text,
                notes: ["\(path): build the limiter with httpx.NewRedisRateLimiter (internal/httpx/ratelimit_redis.go) in place of httpx.NewRateLimiter; the recipe did not recognise this router"])
        }
        return EditResult(text: text.replacingOccurrences(of: Self.inProcess, with: Self.shared))
    }
}
#endif
