import Foundation
import GroundworkHTTP

/// How to ask one provider, through a documented read-only endpoint, whether a credential is live.
package struct SecretVerifier: Sendable {
    /// The provider's id, lowercase: `github`, `aws`; names its environment variable.
    package let provider: String
    /// The base URL requests go to unless `GROUNDWORK_VERIFY_<PROVIDER>_URL` says otherwise (for tests and
    /// for a self-hosted GitLab).
    package let defaultBaseURL: String
    /// The secrets this verifier can ask about: the rule that found them and the secret itself.
    let accepts: @Sendable (_ ruleID: String, _ secret: String) -> Bool
    /// Whether it needs a second secret found in the same file (an AWS key id needs its secret access key).
    package let companionRuleID: String?
    /// The request to send for `secret` (and its companion, if any) to `baseURL`.
    let request: @Sendable (_ baseURL: String, _ secret: String, _ companion: String?, _ now: Date) -> HTTPRequest
    /// The verdict for a response (status and body), when the status alone does not give it.
    let verdict: @Sendable (_ status: Int, _ body: Data) -> SecretLiveness

    /// The environment variable that overrides the base URL: `GROUNDWORK_VERIFY_GITHUB_URL`.
    package var environmentVariable: String { "GROUNDWORK_VERIFY_\(provider.uppercased())_URL" }

    /// The base URL to use under `environment`.
    package func baseURL(in environment: [String: String]) -> String {
        let configured = environment[environmentVariable].flatMap { $0.isEmpty ? nil : $0 } ?? defaultBaseURL
        return configured.hasSuffix("/") ? String(configured.dropLast()) : configured
    }

    /// 2xx is live, 401 and 403 revoked, anything else unknown: the answer of most providers' "who am I" endpoints.
    static func byStatus(_ status: Int, _ body: Data) -> SecretLiveness {
        switch status {
        case 200..<300: .live
        case 401, 403: .revoked
        default: .unknown
        }
    }

    /// A verifier that sends the secrets rule `rule` finds (starting with one of `prefixes`) as a bearer token in
    /// a GET of `path`, and reads the verdict from the status.
    static func bearerGET(
        _ provider: String, _ defaultBaseURL: String, _ path: String, rule: String, prefixes: [String], headers: [(String, String)] = []
    ) -> SecretVerifier {
        SecretVerifier(
            provider: provider, defaultBaseURL: defaultBaseURL, accepts: found(by: rule, prefixed: prefixes), companionRuleID: nil,
            request: { baseURL, secret, _, _ in
                var request = HTTPRequest.get(baseURL + path)
                request.authorize(bearer: secret)
                for (name, value) in headers { request.headers.set(name, value) }
                return request
            },
            verdict: byStatus
        )
    }

    /// True for a secret found by rule `ruleID` that starts with one of `prefixes`: a value some other rule found
    /// is never sent to this provider.
    static func found(by ruleID: String, prefixed prefixes: [String]) -> @Sendable (String, String) -> Bool {
        { rule, secret in rule == ruleID && prefixes.contains { secret.hasPrefix($0) } }
    }
}
