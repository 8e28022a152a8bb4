#if Enterprise
import Foundation
import GroundworkBasics
import GroundworkHTTP

/// GETs pages of a hosted git service's REST API: token in a sensitive header, rate limits waited out
/// when short and reported when long, and the token scrubbed from every error.
struct HostedAPIClient: Sendable {
    /// "GitHub" or "GitLab", for messages.
    let service: String
    /// The header carrying the token (`Authorization: Bearer …` or `PRIVATE-TOKEN`).
    let authorization: @Sendable (inout HTTPHeaders) -> Void
    let token: String
    let client: HTTPClient
    /// The longest rate-limit wait groundwork sits through before giving up with an error.
    let maxWait: Duration
    /// Attempts per page for rate limits and server errors.
    let maxAttempts = 4

    /// One page: its response, after any rate-limit waits.
    func get(_ url: String, headers extra: HTTPHeaders = [:]) async throws -> HTTPResponse {
        try await read(HTTPRequest.get(url, headers: extra))
    }

    /// A read sent as a POST with a JSON body (a GraphQL query): retried and rate-limited as a GET, not
    /// paced by the write governor, since it creates nothing.
    func query(_ url: String, json: [String: Any], headers extra: HTTPHeaders = [:]) async throws -> HTTPResponse {
        var request = HTTPRequest(method: .post, url: url, headers: extra, body: try JSONSerialization.data(withJSONObject: json, options: [.sortedKeys]))
        request.headers.set("Content-Type", "application/json")
        return try await read(request)
    }

    /// `request` with the token, after any rate-limit waits and transient failures.
    private func read(_ request: HTTPRequest) async throws -> HTTPResponse {
        var request = request
        authorization(&request.headers)
        request.retry = .never
        var attempt = 0
        while true {
            attempt += 1
            do {
                return try await client.send(request)
            } catch let error as HTTPError {
                let wait = try waitBeforeRetry(error, attempt: attempt)
                try await Task.sleep(for: wait)
            }
        }
    }

    /// How long to wait before trying `error`'s request again, or the error to give up with.
    func waitBeforeRetry(_ error: HTTPError, attempt: Int, now: Date = Date()) throws -> Duration {
        guard case .httpStatus(let status) = error.code, let response = error.response else {
            if error.isTransient, attempt < maxAttempts { return .seconds(attempt) }
            throw FleetError(.hostedAPI, scrub("\(service) API: \(error)"))
        }
        if let wait = Self.rateLimitWait(status: status, headers: response.headers, now: now) {
            guard wait <= maxWait, attempt < maxAttempts else {
                let resetNote = Self.resetDescription(headers: response.headers)
                throw FleetError(
                    .rateLimited,
                    scrub(
                        "\(service) API rate limit reached for \(error.redactedURL) (HTTP \(status))\(resetNote); "
                            + "it frees up in \(Self.describe(wait)), longer than groundwork waits (\(Self.describe(maxWait))): "
                            + "run again later, or use a token with a higher limit"
                    ))
            }
            return wait
        }
        if (500..<600).contains(status), attempt < maxAttempts { return .seconds(attempt) }
        let detail = Self.message(in: response.body).map { ": \($0)" } ?? ""
        let remedy = status == 401 || status == 403 ? " (check the token in the environment variable named by token_env and its scopes)" : ""
        throw FleetError(.hostedAPI, scrub("\(service) API: \(error.method) \(error.redactedURL) answered HTTP \(status)\(detail)\(remedy)"))
    }

    /// The wait a rate-limited response asks for, or nil when the response is not a rate limit.
    static func rateLimitWait(status: Int, headers: HTTPHeaders, now: Date) -> Duration? {
        guard status == 429 || status == 403 else { return nil }
        if let retryAfter = headers["Retry-After"].flatMap({ HTTPClient.RetryPolicy.parseRetryAfter($0, now: now) }) {
            return retryAfter
        }
        let exhausted = headers["X-RateLimit-Remaining"] == "0" || headers["RateLimit-Remaining"] == "0"
        guard status == 429 || exhausted else { return nil }
        if let reset = (headers["X-RateLimit-Reset"] ?? headers["RateLimit-Reset"]).flatMap({ Double($0.trimmingCharacters(in: .whitespaces)) }) {
            // A reset far below the current epoch is a delta in seconds (some GitLab versions), not a timestamp.
            let seconds = reset > 1_000_000_000 ? reset - now.timeIntervalSince1970 : reset
            return .milliseconds(Int(max(0, seconds) * 1000) + 1000)
        }
        return .seconds(60)
    }

    private static func resetDescription(headers: HTTPHeaders) -> String {
        guard let reset = (headers["X-RateLimit-Reset"] ?? headers["RateLimit-Reset"]).flatMap(Double.init), reset > 1_000_000_000 else { return "" }
        let formatter = ISO8601DateFormatter()
        return "; it resets at \(formatter.string(from: Date(timeIntervalSince1970: reset)))"
    }

    static func describe(_ duration: Duration) -> String {
        let seconds = duration.components.seconds
        return seconds >= 120 ? "\(seconds / 60) min" : "\(seconds) s"
    }

    /// The `message` (GitHub) or `message`/`error` (GitLab) of a JSON error body, or the first of its GraphQL
    /// `errors` (GitLab's 401 "Invalid token"), shortened.
    static func message(in body: Data) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any] else { return nil }
        let graphQL = (object["errors"] as? [[String: Any]])?.first?["message"] as? String
        let text = (object["message"] as? String) ?? (object["error"] as? String) ?? (object["message"]).map { "\($0)" } ?? graphQL
        return text.map { String($0.prefix(200)) }
    }

    /// `text` with the token replaced by `****`, in case a server echoed it.
    func scrub(_ text: String) -> String {
        token.count >= 4 ? text.replacingOccurrences(of: token, with: "****") : text
    }

    /// The `rel="next"` target of a `Link` header.
    static func nextLink(_ headers: HTTPHeaders) -> String? {
        guard let link = headers["Link"] else { return nil }
        for part in link.split(separator: ",") {
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let target = pieces.first, target.hasPrefix("<"), target.hasSuffix(">"),
                pieces.dropFirst().contains(where: { $0.replacingOccurrences(of: " ", with: "") == "rel=\"next\"" || $0 == "rel=next" })
            else { continue }
            return String(target.dropFirst().dropLast())
        }
        return nil
    }

    /// Whether `next` points at the same scheme, host and port as `base`, so the token never goes elsewhere.
    static func isSameOrigin(_ next: String, as base: String) -> Bool {
        guard let a = URLComponents(string: next), let b = URLComponents(string: base) else { return false }
        return a.scheme?.lowercased() == b.scheme?.lowercased() && a.host?.lowercased() == b.host?.lowercased() && a.port == b.port
    }

    /// Decodes a JSON array of objects, or fails naming the page.
    func objects(in response: HTTPResponse, url: String) throws -> [[String: Any]] {
        guard let array = try? JSONSerialization.jsonObject(with: response.body) as? [[String: Any]] else {
            throw FleetError(.hostedAPI, scrub("\(service) API: GET \(URLRedaction.redact(url)) did not answer with a JSON list of repositories"))
        }
        return array
    }
}
#endif
