import CCurl
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Sends HTTP requests through libcurl with timeouts, retries, size limits and TLS verification always on.
///
/// Proxies come from the environment (`http_proxy`, `https_proxy`, `no_proxy`), as libcurl reads them.
/// Each transfer blocks a thread of its own, never one of Swift's cooperative pool.
package struct HTTPClient: Sendable {
    /// The limits and policies applied to every request.
    package let configuration: Configuration

    package init(configuration: Configuration = .default) {
        self.configuration = configuration
        Self.initializeLibcurl()
    }

    /// Sends `request` and returns its 2xx response, retrying as the retry policy allows.
    ///
    /// Throws `HTTPError` (a non-2xx status after retries is `.httpStatus`), or `CancellationError`.
    package func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        try await run(request, destination: .memory)
    }

    /// Streams the body of `request` into `fileURL`, replacing it only when the whole body arrived.
    ///
    /// The body goes to a temporary file beside `fileURL`, removed on failure. The returned response has an
    /// empty body. Callers check the file's digest (brick packs are pinned by sha256).
    @discardableResult
    package func download(_ request: HTTPRequest, to fileURL: URL) async throws -> HTTPResponse {
        let partial = fileURL.deletingLastPathComponent()
            .appendingPathComponent(".\(fileURL.lastPathComponent).partial-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: partial) }
        let response = try await run(request, destination: .file(path: partial))
        guard rename(partial, fileURL.path) == 0 else {
            let reason = String(cString: strerror(errno))
            throw HTTPError(.fileWrite, method: request.method.rawValue, url: request.url, detail: "\(fileURL.path): \(reason)")
        }
        return response
    }

    /// Initializes libcurl once per process, before any other libcurl call.
    static func initializeLibcurl() {
        _ = libcurlInitialization
    }

    // MARK: Retries

    private func run(_ request: HTTPRequest, destination: BodyDestination) async throws -> HTTPResponse {
        let policy = request.retry ?? configuration.retry
        guard Self.isValidURL(request.url) else {
            throw HTTPError(.invalidURL, method: request.method.rawValue, url: request.url)
        }
        var attempt = 0
        while true {
            attempt += 1
            let error: HTTPError
            var retryAfter: Duration?
            switch try await attemptFollowingRedirects(request, destination: destination) {
            case .success(let response) where response.isSuccess:
                return response
            case .success(let response):
                error = HTTPError(
                    .httpStatus(response.status), method: request.method.rawValue, url: request.url,
                    attempts: attempt, response: response)
                retryAfter = response.headers["Retry-After"].flatMap { RetryPolicy.parseRetryAfter($0) }
            case .failure(let failure):
                error = HTTPError(
                    failure.code, method: request.method.rawValue, url: request.url,
                    attempts: attempt, detail: failure.detail)
            }
            guard error.isTransient, attempt < policy.maxAttempts else { throw error }
            try await Task.sleep(for: policy.delay(afterAttempt: attempt, retryAfter: retryAfter))
        }
    }

    /// One transfer outside libcurl's error model: a failure code and libcurl's (scrubbed) message.
    struct TransferFailure: Error {
        var code: HTTPError.Code
        var detail: String?
    }

    /// Runs one transfer on a thread of its own, aborting it when the calling task is cancelled.
    func transfer(_ request: HTTPRequest, limits: TransferLimits, destination: BodyDestination) async throws -> TransferOutcome {
        let cancellation = CancellationFlag()
        let outcome = await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<TransferOutcome, Never>) in
                let thread = Thread {
                    let transfer = CurlTransfer(request: request, limits: limits, destination: destination, cancellation: cancellation)
                    continuation.resume(returning: transfer.perform())
                }
                thread.name = "groundwork.http"
                thread.start()
            }
        } onCancel: {
            cancellation.cancel()
        }
        if case .cancelled = outcome { throw CancellationError() }
        return outcome
    }

    /// The limits for `request`: the configuration, overridden by the request where it says so.
    func limits(for request: HTTPRequest, libcurlFollowsRedirects: Bool) -> TransferLimits {
        TransferLimits(
            connectTimeout: request.connectTimeout ?? configuration.connectTimeout,
            timeout: request.timeout ?? configuration.timeout,
            maxResponseBytes: request.maxResponseBytes ?? configuration.maxResponseBytes,
            maxRedirects: libcurlFollowsRedirects ? request.maxRedirects ?? configuration.maxRedirects : nil,
            userAgent: configuration.userAgent
        )
    }

    /// Whether `url` is an absolute http(s) URL with a host; libcurl would accept more than we want to send.
    static func isValidURL(_ url: String) -> Bool {
        guard !url.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F }),
            let components = URLComponents(string: url),
            let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = components.host, !host.isEmpty
        else { return false }
        return true
    }
}

// A global `let` is initialized exactly once, thread-safely, on first use.
private let libcurlInitialization: Void = {
    let code = gw_curl_global_init()
    precondition(code == CURLE_OK, "curl_global_init failed: \(String(cString: curl_easy_strerror(code)))")
    // With CURLOPT_NOSIGNAL set, libcurl no longer blocks SIGPIPE itself, and a TLS write to a closed
    // connection would kill the process; a command-line tool is better off with EPIPE errors.
    signal(SIGPIPE, SIG_IGN)
}()
