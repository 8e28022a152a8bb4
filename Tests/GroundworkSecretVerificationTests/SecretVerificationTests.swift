import Foundation
import GroundworkHTTP
import GroundworkTestSupport
import Testing

@testable import GroundworkSecretVerification

/// Issue 15, §5: providers are asked through libcurl, against a local server standing in for them.
@Suite("secret verification")
struct SecretVerificationTests {
    // Joined at run time so this file holds no token-shaped literal.
    static let liveToken = "ghp_" + "LiveLiveLiveLiveLiveLiveLiveLive0000"
    static let revokedToken = "ghp_" + "GoneGoneGoneGoneGoneGoneGoneGone0000"

    /// A verification whose every provider is the local server, with no pause between requests.
    static func verification(_ server: LocalHTTPServer, timeout: Duration = .seconds(5)) -> SecretVerification {
        var verification = SecretVerification()
        verification.environment = Dictionary(uniqueKeysWithValues: SecretVerifier.all.map { ($0.environmentVariable, server.baseURL) })
        verification.minimumInterval = .zero
        verification.timeout = timeout
        return verification
    }

    @Test("GitHub: 200 is live, 401 revoked; each distinct token is asked once, as a bearer token to /user")
    func gitHub() async throws {
        let server = try LocalHTTPServer { request in
            request.header("Authorization") == "Bearer \(Self.liveToken)" ? .json(#"{"login":"octocat"}"#) : .json("{}", status: 401)
        }
        defer { server.stop() }
        let outcome = await Self.verification(server).verify([
            .init(ruleID: "github-token", secret: Self.liveToken), .init(ruleID: "github-token", secret: Self.revokedToken),
            .init(ruleID: "github-token", secret: Self.liveToken),
        ])
        #expect(outcome.verdicts == [.live, .revoked, .live])
        #expect(server.requests.count == 2 && server.requests.allSatisfy { $0.method == "GET" && $0.path == "/user" })
        #expect(outcome.requests == ["github": 2])
    }

    @Test("Slack answers 200 either way: ok true is live, invalid_auth revoked")
    func slack() async throws {
        let server = try LocalHTTPServer { request in
            request.header("Authorization")?.hasSuffix("good") == true ? .json(#"{"ok": true}"#) : .json(#"{"ok":false,"error":"invalid_auth"}"#)
        }
        defer { server.stop() }
        let outcome = await Self.verification(server).verify([
            .init(ruleID: "slack-token", secret: "xoxb-1-good"), .init(ruleID: "slack-token", secret: "xoxb-2-bad"),
        ])
        #expect(outcome.verdicts == [.live, .revoked])
        #expect(server.requests.allSatisfy { $0.method == "POST" && $0.path == "/api/auth.test" })
    }

    @Test(
        "each provider's endpoint",
        arguments: [
            ("gitlab-token", "glpat-" + "abcdefghij0123456789", "/api/v4/personal_access_tokens/self"),
            ("stripe-live-key", "sk_live_" + "abcdefghij0123456789", "/v1/balance"),
            ("openai-api-key", "sk-" + "abcdefghij0123456789", "/v1/models"),
            ("sendgrid-api-key", "SG." + "abcdefghij.0123456789", "/v3/scopes"),
            ("npm-token", "npm_" + "abcdefghij0123456789", "/-/whoami"),
        ])
    func endpoints(ruleID: String, secret: String, path: String) async throws {
        let server = try LocalHTTPServer { _ in .json("{}") }
        defer { server.stop() }
        let outcome = await Self.verification(server).verify([.init(ruleID: ruleID, secret: secret)])
        #expect(outcome.verdicts == [.live])
        let request = try #require(server.requests.first)
        #expect(request.path == path)
        #expect(request.headers.contains { $0.value.contains(secret) })
    }

    @Test("AWS: STS GetCallerIdentity signed with SigV4; the secret access key never leaves the machine")
    func aws() async throws {
        let keyID = "AKIA" + "IOSFODNN7EXAMPLE"
        let secretKey = "wJalrXUtnFEMI/K7MDENG/" + "bPxRfiCYEXAMPLEKEY"
        let server = try LocalHTTPServer { _ in .text("<GetCallerIdentityResponse/>") }
        defer { server.stop() }
        let outcome = await Self.verification(server).verify([
            .init(ruleID: "aws-access-key-id", secret: keyID, companion: secretKey),
            .init(ruleID: "aws-access-key-id", secret: keyID),
        ])
        #expect(outcome.verdicts == [.live, .unknown])
        let request = try #require(server.requests.first)
        #expect(server.requests.count == 1 && request.method == "POST" && request.text == "Action=GetCallerIdentity&Version=2011-06-15")
        let authorization = try #require(request.header("Authorization"))
        #expect(authorization.hasPrefix("AWS4-HMAC-SHA256 Credential=\(keyID)/"))
        #expect(authorization.contains("/us-east-1/sts/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature="))
        #expect(!request.headers.contains { $0.value.contains(secretKey) } && !request.text.contains(secretKey))
    }

    @Test("SigV4 matches AWS's published example signature")
    func signatureV4KnownAnswer() throws {
        // docs.aws.amazon.com: GET https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08, 20150830T123600Z.
        var request = GroundworkHTTP.HTTPRequest.get("https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08")
        request.headers.set("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
        let signer = AWSSignatureV4(
            accessKeyID: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", region: "us-east-1", service: "iam"
        )
        signer.sign(&request, now: Date(timeIntervalSince1970: 1_440_938_160))
        #expect(request.headers["Authorization"]?.hasSuffix("Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7") == true)
    }

    @Test("a 429 makes the rest of that provider's findings unknown without asking again")
    func rateLimited() async throws {
        let server = try LocalHTTPServer { _ in .json("{}", status: 429, headers: [("Retry-After", "60")]) }
        defer { server.stop() }
        let outcome = await Self.verification(server).verify([
            .init(ruleID: "github-token", secret: Self.liveToken), .init(ruleID: "github-token", secret: Self.revokedToken),
        ])
        #expect(outcome.verdicts == [.unknown, .unknown])
        #expect(server.requests.count == 1 && outcome.rateLimited == ["github"])
    }

    @Test("at most maximumRequestsPerProvider requests per provider and run")
    func requestBudget() async throws {
        let server = try LocalHTTPServer { _ in .json("{}") }
        defer { server.stop() }
        var verification = Self.verification(server)
        verification.maximumRequestsPerProvider = 2
        let outcome = await verification.verify((0..<4).map { .init(ruleID: "github-token", secret: "ghp_\($0)") })
        #expect(outcome.verdicts == [.live, .live, .unknown, .unknown] && server.requests.count == 2)
    }

    @Test("a provider that does not answer in time, or answers 5xx, leaves the finding unknown")
    func timeoutsAndServerErrors() async throws {
        // The server would answer 200 (live) after 15 minutes: `unknown` proves the request gave up. Parallel
        // tests on two cores under load have kept this task waiting for a thread for 150 s (seen), so the
        // bound is only "long before the server would have answered".
        let slow = try LocalHTTPServer { _ in ScriptedResponse.json("{}").delayed(by: .seconds(900)) }
        defer { slow.stop() }
        let started = ContinuousClock.now
        let timedOut = await Self.verification(slow, timeout: .milliseconds(500)).verify([.init(ruleID: "github-token", secret: Self.liveToken)])
        #expect(timedOut.verdicts == [.unknown])
        #expect(started.duration(to: .now) < .seconds(600), "long before the server would have answered")
        let failing = try LocalHTTPServer { _ in .json("{}", status: 503) }
        defer { failing.stop() }
        #expect(await Self.verification(failing).verify([.init(ruleID: "github-token", secret: Self.liveToken)]).verdicts == [.unknown])
    }

    @Test("nothing is sent for a rule no provider verifies, nor for a value another rule found")
    func notAsked() async throws {
        let server = try LocalHTTPServer { _ in .json("{}") }
        defer { server.stop() }
        let outcome = await Self.verification(server).verify([
            .init(ruleID: "generic-assignment", secret: Self.liveToken), .init(ruleID: "private-key", secret: "MIIE"),
        ])
        #expect(outcome.verdicts == [.unknown, .unknown] && server.requests.isEmpty)
        #expect(String(describing: SecretVerification.Candidate(ruleID: "github-token", secret: Self.liveToken)) == "github-token candidate")
    }

    @Test("base URLs come from GROUNDWORK_VERIFY_<PROVIDER>_URL, the provider's own otherwise")
    func baseURLs() {
        #expect(SecretVerifier.gitHub.baseURL(in: [:]) == "https://api.github.com")
        #expect(SecretVerifier.gitLab.baseURL(in: ["GROUNDWORK_VERIFY_GITLAB_URL": "https://gitlab.example/"]) == "https://gitlab.example")
    }
}
