import GroundworkBasics
import Testing

@Suite("URLRedaction")
struct URLRedactionTests {
    /// User information ends at the LAST `@` of the authority, which ends at the first `/`, `?` or `#`.
    @Test(arguments: [
        ("https://user:pw@example.com/org/repo.git", "https://example.com/org/repo.git"),
        ("https://user:p@ss@example.com/org/repo.git", "https://example.com/org/repo.git"),
        ("https://user:p@ss@example.com", "https://example.com"),
        ("https://token@example.com:8443?x=1", "https://example.com:8443?x=1"),
        ("https://example.com/path/to@mention", "https://example.com/path/to@mention"),
        ("https://example.com?to=a@b", "https://example.com?to=a@b"),
        ("https://example.com#a@b", "https://example.com#a@b"),
        ("git@github.com:org/repo.git", "git@github.com:org/repo.git"),
        ("ssh://git@host/org/repo.git", "ssh://host/org/repo.git"),
        ("https://h/r.git?token=abc&page=2", "https://h/r.git?token=****&page=2"),
        ("not a url", "not a url"),
    ])
    func redactsUserInformationAndCredentialQueries(url: String, redacted: String) {
        #expect(URLRedaction.redact(url) == redacted)
    }

    @Test func findsTheSecretsItHides() {
        #expect(URLRedaction.secrets(in: "https://bob:p@ss@h/x?api_key=k1") == ["bob:p@ss", "bob", "p@ss", "k1"])
        #expect(URLRedaction.userInfo(of: "https://h/a@b") == nil)
        #expect(URLRedaction.removingUserInfo("https://bob:pw@h/x?token=t") == "https://h/x?token=t")
    }

    @Test func passwordNeedsAColonAndText() {
        #expect(URLRedaction.hasPassword("https://bob:hunter2@h/a"))
        #expect(URLRedaction.hasPassword("https://bob:hun@ter2@h/a"))
        #expect(!URLRedaction.hasPassword("https://bob@h/a"))
        #expect(!URLRedaction.hasPassword("https://bob:@h/a"))
        #expect(!URLRedaction.hasPassword("https://h/a?u=bob:pw@x"))
    }

    /// A start command shown in a capacity sheet or a log: URLs and secret-named assignments lose their
    /// credentials, everything else reads as written.
    @Test func aCommandLineKeepsItsShapeAndLosesItsSecrets() {
        let command = "PORT=8080 DATABASE_URL='postgres://app:s3cr3t@db:5432/app?sslmode=disable' JWT_SECRET=abc123 API_TOKEN=\"x y\" ./serve --url https://h/x?token=t1 --name plain"
        let shown = URLRedaction.redactingText(command)
        #expect(shown == "PORT=8080 DATABASE_URL='postgres://db:5432/app?sslmode=disable' JWT_SECRET=**** API_TOKEN=**** ./serve --url https://h/x?token=**** --name plain")
        for secret in ["s3cr3t", "abc123", "x y", "t1"] { #expect(!shown.contains(secret)) }
        #expect(URLRedaction.redactingText("make run") == "make run")
    }
}
