import Foundation
import GroundworkHTTP

extension SecretVerifier {
    /// Every verifier groundwork ships: each asks a documented read-only endpoint that changes nothing.
    package static let all: [SecretVerifier] = [.gitHub, .gitLab, .slack, .stripe, .openAI, .sendGrid, .npm, .aws]

    /// GitHub: `GET /user` answers 200 for a live token of any kind, 401 for a revoked one.
    package static let gitHub = bearerGET(
        "github", "https://api.github.com", "/user", rule: "github-token", prefixes: ["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"],
        headers: [("Accept", "application/vnd.github+json")]
    )

    /// GitLab: `GET /api/v4/personal_access_tokens/self` describes the token it is called with.
    package static let gitLab = SecretVerifier(
        provider: "gitlab", defaultBaseURL: "https://gitlab.com",
        accepts: found(by: "gitlab-token", prefixed: ["glpat-"]), companionRuleID: nil,
        request: { baseURL, secret, _, _ in
            var request = HTTPRequest.get(baseURL + "/api/v4/personal_access_tokens/self")
            request.headers.set("PRIVATE-TOKEN", secret, sensitive: true)
            return request
        },
        verdict: byStatus
    )

    /// Slack: `auth.test` answers 200 either way, with `"ok": true` only for a live token.
    package static let slack = SecretVerifier(
        provider: "slack", defaultBaseURL: "https://slack.com",
        accepts: found(by: "slack-token", prefixed: ["xoxb-", "xoxp-", "xoxa-", "xoxr-", "xoxs-", "xoxe-"]), companionRuleID: nil,
        request: { baseURL, secret, _, _ in
            var request = HTTPRequest.post(baseURL + "/api/auth.test", body: Data())
            request.authorize(bearer: secret)
            return request
        },
        verdict: { status, body in
            guard (200..<300).contains(status) else { return byStatus(status, body) }
            let text = String(decoding: body, as: UTF8.self).replacingOccurrences(of: " ", with: "")
            if text.contains("\"ok\":true") { return .live }
            // invalid_auth, account_inactive, token_revoked, token_expired: the token no longer works.
            return ["invalid_auth", "account_inactive", "token_revoked", "token_expired", "not_authed"]
                .contains { text.contains("\"\($0)\"") } ? .revoked : .unknown
        }
    )

    /// Stripe: `GET /v1/balance` reads the balance, which every secret and restricted key may.
    package static let stripe = bearerGET(
        "stripe", "https://api.stripe.com", "/v1/balance", rule: "stripe-live-key", prefixes: ["sk_live_", "rk_live_", "sk_test_", "rk_test_"]
    )

    /// OpenAI: `GET /v1/models` lists the models a key may use.
    package static let openAI = bearerGET("openai", "https://api.openai.com", "/v1/models", rule: "openai-api-key", prefixes: ["sk-"])

    /// SendGrid: `GET /v3/scopes` lists what the key may do.
    package static let sendGrid = bearerGET("sendgrid", "https://api.sendgrid.com", "/v3/scopes", rule: "sendgrid-api-key", prefixes: ["SG."])

    /// npm: `GET /-/whoami` names the user a token belongs to.
    package static let npm = bearerGET("npm", "https://registry.npmjs.org", "/-/whoami", rule: "npm-token", prefixes: ["npm_"])

    /// AWS: STS `GetCallerIdentity`, signed with Signature Version 4, needs no permission at all; the key id is
    /// verified with the secret access key found in the same file.
    package static let aws = SecretVerifier(
        provider: "aws", defaultBaseURL: "https://sts.amazonaws.com",
        accepts: found(by: "aws-access-key-id", prefixed: ["AKIA", "ASIA"]),
        companionRuleID: "aws-secret-access-key",
        request: { baseURL, keyID, secretKey, now in
            let body = Data("Action=GetCallerIdentity&Version=2011-06-15".utf8)
            var request = HTTPRequest.post(baseURL + "/", body: body)
            request.headers.set("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
            let signature = AWSSignatureV4(accessKeyID: keyID, secretAccessKey: secretKey ?? "", region: "us-east-1", service: "sts")
            signature.sign(&request, now: now)
            return request
        },
        verdict: byStatus
    )
}
