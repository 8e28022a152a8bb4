#if Enterprise
import Foundation
import GroundworkHTTP

extension HostedAPIClient {
    /// A write (`POST`, `PUT`, `PATCH`) with a JSON body, paced by `governor`. A rate-limited answer
    /// (GitHub's 403 secondary limit, a 429) holds every write of the token back for the wait it asks for,
    /// then this one is tried again; any other error status is thrown as the `HTTPError` for the caller
    /// to read (a 422 "already exists" is an answer, not a failure).
    func write(_ method: HTTPRequest.Method, _ url: String, json: [String: Any], headers extra: HTTPHeaders = [:], governor: FleetWriteGovernor) async throws -> HTTPResponse {
        let body = try JSONSerialization.data(withJSONObject: json, options: [.sortedKeys])
        var attempt = 0
        while true {
            attempt += 1
            let outcome: Result<HTTPResponse, HTTPError> = try await governor.perform { () async throws -> (value: Result<HTTPResponse, HTTPError>, wait: Duration?) in
                var request = HTTPRequest(method: method, url: url, headers: extra, body: body)
                request.headers.set("Content-Type", "application/json")
                authorization(&request.headers)
                request.retry = .never
                do {
                    return (.success(try await client.send(request)), nil)
                } catch let error as HTTPError {
                    return (.failure(error), Self.rateLimitWait(error))
                }
            }
            switch outcome {
            case .success(let response):
                return response
            case .failure(let error):
                if let wait = Self.rateLimitWait(error) {
                    guard wait <= maxWait, attempt < maxAttempts else { _ = try waitBeforeRetry(error, attempt: maxAttempts); throw error }
                    continue
                }
                if error.isTransient, attempt < maxAttempts {
                    try await Task.sleep(for: .seconds(attempt))
                    continue
                }
                throw error
            }
        }
    }

    /// The wait a rate-limited error asks for, nil for any other error.
    static func rateLimitWait(_ error: HTTPError) -> Duration? {
        guard case .httpStatus(let status) = error.code, let response = error.response else { return nil }
        return rateLimitWait(status: status, headers: response.headers, now: Date())
    }

    /// A JSON object answer, or an error naming the request.
    func object(in response: HTTPResponse, _ what: String) throws -> [String: Any] {
        guard let object = try? JSONSerialization.jsonObject(with: response.body) as? [String: Any] else {
            throw FleetError(.hostedAPI, scrub("\(service) API: \(what) did not answer with a JSON object"))
        }
        return object
    }

    /// A failed call as a `FleetError` naming the request and the forge's message, never the token.
    func failure(_ error: any Error, _ what: String) -> FleetError {
        if let error = error as? FleetError { return error }
        if let error = error as? HTTPError, case .httpStatus(let status) = error.code {
            let detail = error.response.flatMap { Self.message(in: $0.body) }.map { ": \($0)" } ?? ""
            return FleetError(.hostedAPI, scrub("\(service) API: \(what) answered HTTP \(status)\(detail)"))
        }
        return FleetError(.hostedAPI, scrub("\(service) API: \(what): \(error)"))
    }
}
#endif
