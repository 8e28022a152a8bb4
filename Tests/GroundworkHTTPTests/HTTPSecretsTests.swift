import Foundation
import GroundworkBasics
import GroundworkHTTP
import GroundworkTestSupport
import Testing

@Suite struct HTTPSecretsTests {
    static let token = "ghp_SuperSecretToken123"
    static let queryToken = "qt_AnotherSecret456"

    @Test func tokensNeverAppearInErrors() async throws {
        let server = try LocalHTTPServer { _ in .text("bad credentials", status: 401) }
        let refused = try LocalHTTPServer.unusedPort()
        let urls = [
            server.url("/api?token=\(Self.queryToken)&page=2"),
            "http://user:\(Self.queryToken)@127.0.0.1:\(refused)/x?access_token=\(Self.queryToken)",
            "ht tp://host/?token=\(Self.queryToken)",
        ]
        for url in urls {
            var request = HTTPRequest.get(url)
            request.authorize(bearer: Self.token)
            request.headers.add("PRIVATE-TOKEN", Self.token)
            let error = try #require(await httpError { _ = try await HTTPClient.forTests(attempts: 1).send(request) })
            for text in ["\(error)", String(reflecting: error), error.localizedDescription, error.redactedURL] {
                #expect(!text.contains(Self.token), "\(text)")
                #expect(!text.contains(Self.queryToken), "\(text)")
            }
        }
    }

    @Test func urlRedactionKeepsWhatIsUseful() {
        #expect(
            URLRedaction.redact("https://user:pw@gitlab.example.com:8443/api/v4?private_token=abc&page=2&sig=x#frag")
                == "https://gitlab.example.com:8443/api/v4?private_token=****&page=2&sig=****#frag")
        #expect(URLRedaction.redact("https://api.github.com/repos?per_page=100") == "https://api.github.com/repos?per_page=100")
        #expect(URLRedaction.redact("http://h/?API_KEY=1&Secret=2&password=3&q") == "http://h/?API_KEY=****&Secret=****&password=****&q")
    }

    @Test func requestDescriptionsHideCredentials() {
        var request = HTTPRequest.get("https://h/x?token=\(Self.queryToken)")
        request.authorize(bearer: Self.token)
        request.headers.add("X-Api-Key", Self.token)
        request.headers.add("Accept", "application/json")
        var dumped = ""
        dump(request.headers, to: &dumped)
        for text in ["\(request)", String(reflecting: request), request.headers.description, "\(request.headers.fields)", dumped] {
            #expect(!text.contains(Self.token))
            #expect(!text.contains(Self.queryToken))
        }
        #expect(String(reflecting: request).contains("Accept: application/json"))
        #expect(String(reflecting: request).contains("Authorization: ****"))
    }

    @Test(arguments: ["Authorization", "PRIVATE-TOKEN", "X-Api-Key"])
    func credentialsDoNotFollowRedirectsToAnotherOrigin(header: String) async throws {
        let other = try LocalHTTPServer { _ in .text("landed") }
        let origin = try LocalHTTPServer { request in
            switch request.path {
            case "/away": .redirect(to: other.url("/landing"))
            case "/near": .redirect(to: "/here")
            default: .text("here")
            }
        }
        var request = HTTPRequest.get(origin.url("/away"))
        request.headers.add(header, Self.token)
        let away = try await HTTPClient.forTests().send(request)
        #expect(away.text == "landed")
        #expect(away.url == other.url("/landing"))
        #expect(other.requests.first?.header(header) == nil)

        request.url = origin.url("/near")
        let near = try await HTTPClient.forTests().send(request)
        #expect(near.text == "here")
        #expect(origin.requests.map { $0.header(header) } == [Self.token, Self.token, Self.token])
    }

    @Test func manuallyFollowedRedirectsStillStopAtTheLimit() async throws {
        let server = try LocalHTTPServer { _ in .redirect(to: "/loop") }
        var request = HTTPRequest.get(server.url("/loop"))
        request.headers.add("PRIVATE-TOKEN", Self.token)
        request.maxRedirects = 2
        let error = await httpError { _ = try await HTTPClient.forTests().send(request) }
        #expect(error?.code == .tooManyRedirects)
        #expect(server.requests.count == 3)
    }

    @Test func sensitiveHeaderNames() {
        for name in ["Authorization", "private-token", "X-Api-Key", "X-Hub-Signature-256", "Cookie", "X-Client-Secret"] {
            #expect(HTTPHeaders.isSensitiveName(name), "\(name)")
        }
        for name in ["Accept", "Content-Type", "User-Agent", "Keep-Alive"] {
            #expect(!HTTPHeaders.isSensitiveName(name), "\(name)")
        }
    }
}
