import CCurl
import Foundation

extension HTTPClient {
    /// Runs one attempt of `request`, following redirects, and reports the final response or the failure.
    ///
    /// libcurl follows redirects itself and drops `Authorization` and `Cookie` when the origin changes, but it
    /// would forward any other credential header (GitLab's `PRIVATE-TOKEN`, an `X-Api-Key`). Requests carrying
    /// one are followed here instead, hop by hop, dropping every sensitive header when the origin changes.
    func attemptFollowingRedirects(
        _ request: HTTPRequest, destination: BodyDestination
    ) async throws -> Result<HTTPResponse, TransferFailure> {
        guard Self.carriesCredentialsLibcurlWouldForward(request) else {
            let limits = limits(for: request, libcurlFollowsRedirects: true)
            return Self.result(of: try await transfer(request, limits: limits, destination: destination))
        }
        let maxRedirects = request.maxRedirects ?? configuration.maxRedirects
        var current = request
        for _ in 0...max(0, maxRedirects) {
            let limits = limits(for: current, libcurlFollowsRedirects: false)
            let outcome = try await transfer(current, limits: limits, destination: destination)
            guard case .response(let response, let location?) = outcome, Self.redirectStatuses.contains(response.status) else {
                return Self.result(of: outcome)
            }
            guard Self.isValidURL(location) else {
                return .failure(TransferFailure(code: .invalidURL, detail: "redirected to a URL that is not http(s)"))
            }
            current = Self.redirected(current, to: location, status: response.status)
        }
        return .failure(TransferFailure(code: .tooManyRedirects, detail: "Maximum (\(maxRedirects)) redirects followed"))
    }

    private static let redirectStatuses: Set = [301, 302, 303, 307, 308]

    private static func carriesCredentialsLibcurlWouldForward(_ request: HTTPRequest) -> Bool {
        request.headers.fields.contains { field in
            field.isSensitive && !["authorization", "cookie"].contains(field.name.lowercased())
        }
    }

    /// The request to send after a redirect, with libcurl's method rules (303, and POST on 301/302, become GET).
    static func redirected(_ request: HTTPRequest, to location: String, status: Int) -> HTTPRequest {
        var next = request
        next.url = location
        if origin(of: location) != origin(of: request.url) {
            next.headers = HTTPHeaders(request.headers.fields.filter { !$0.isSensitive })
        }
        if (status == 303 && request.method != .head) || ([301, 302].contains(status) && request.method == .post) {
            next.method = .get
            next.body = nil
            next.headers.remove("Content-Type")
        }
        return next
    }

    /// Scheme, host and port: what must stay the same for credentials to follow a redirect.
    static func origin(of url: String) -> String? {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
            let host = components.host?.lowercased()
        else { return nil }
        return "\(scheme)://\(host):\(components.port ?? (scheme == "https" ? 443 : 80))"
    }

    private static func result(of outcome: TransferOutcome) -> Result<HTTPResponse, TransferFailure> {
        switch outcome {
        case .response(let response, _): .success(response)
        case .failure(let code, let detail): .failure(TransferFailure(code: code, detail: detail))
        case .cancelled: .failure(TransferFailure(code: .transport(Int(CURLE_ABORTED_BY_CALLBACK.rawValue)), detail: "cancelled"))
        }
    }
}
