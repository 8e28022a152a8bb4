import Foundation
import GroundworkHTTP
import Testing

extension HTTPClient {
    /// A client with short timeouts and millisecond backoff, so that retry tests stay fast.
    static func forTests(
        attempts: Int = 3, timeout: Duration = .seconds(5), maxResponseBytes: Int64 = 1 << 20, maxRedirects: Int = 5
    ) -> HTTPClient {
        HTTPClient(
            configuration: Configuration(
                connectTimeout: .seconds(2),
                timeout: timeout,
                maxResponseBytes: maxResponseBytes,
                maxRedirects: maxRedirects,
                retry: RetryPolicy(maxAttempts: attempts, baseDelay: .milliseconds(10), maxDelay: .milliseconds(50), maxRetryAfter: .seconds(2))
            ))
    }
}

/// Runs `body` and returns the `HTTPError` it threw; records a test failure when it threw nothing else.
func httpError(_ body: () async throws -> Void) async -> HTTPError? {
    do {
        try await body()
    } catch let error as HTTPError {
        return error
    } catch {
        Issue.record("expected an HTTPError, got \(error)")
        return nil
    }
    Issue.record("expected an HTTPError, got success")
    return nil
}

/// A fresh directory under the system's temporary directory, removed by the caller.
func makeScratchDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("groundwork-http-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
