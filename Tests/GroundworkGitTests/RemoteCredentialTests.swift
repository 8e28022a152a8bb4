import Foundation
import GroundworkTestSupport
import Testing

@testable import GroundworkGit

/// Issue 10, D4: a password or token in a remote URL never rests on disk or appears in a message.
@Suite("credentials in remote URLs")
struct RemoteCredentialTests {
    static let url = "http://user:PASSWORD@127.0.0.1:PORT/org/repo.git?token=SECRETTOKEN"

    /// Every file of a folder, as text, to search for a leaked secret.
    static func everything(under path: String) -> String {
        guard let walker = FileManager.default.enumerator(atPath: path) else { return "" }
        var text = ""
        for case let file as String in walker {
            text += file + "\n"
            if let data = FileManager.default.contents(atPath: path + "/" + file) { text += String(decoding: data, as: UTF8.self) }
        }
        return text
    }

    @Test func thePasswordGoesThroughTheCredentialCallbackAndNowhereElse() throws {
        let server = try LocalHTTPServer { _ in .text("authenticate", status: 401, headers: [("WWW-Authenticate", #"Basic realm="git""#)]) }
        let url = Self.url.replacingOccurrences(of: "PORT", with: String(server.port))
        let cache = ScratchDirectory()
        let mirror = try Repository.create(at: cache.appending("mirror.git"), bare: true)
        let error = #expect(throws: GitError.self) { try RemoteMirror.fetch(mirror, url: url) }
        let message = error?.description ?? ""
        #expect(!message.contains("PASSWORD") && !message.contains("SECRETTOKEN"), "\(message)")
        let authorizations = server.requests.compactMap { $0.header("Authorization") }
        #expect(authorizations.contains("Basic " + Data("user:PASSWORD".utf8).base64EncodedString()), "the callback supplied the URL's user information")
        #expect(server.requests.allSatisfy { !$0.target.contains("PASSWORD") && !$0.target.contains("user:") })
        let onDisk = Self.everything(under: cache.path)
        #expect(!onDisk.contains("PASSWORD"))
        #expect(!onDisk.contains("SECRETTOKEN"))
        #expect(!FileManager.default.fileExists(atPath: cache.appending("mirror.git/FETCH_HEAD")))
    }

    @Test func aFailedCloneLeavesNoCredentialInTheCacheOrTheMessage() throws {
        let server = try LocalHTTPServer { _ in .text("no", status: 404) }
        let url = Self.url.replacingOccurrences(of: "PORT", with: String(server.port))
        let cache = ScratchDirectory()
        let error = #expect(throws: GitError.self) { try RemoteMirror.update(url: url, cacheRoot: cache.path) }
        let message = error?.description ?? ""
        #expect(!message.contains("PASSWORD"))
        #expect(!message.contains("SECRETTOKEN"))
        #expect(!Self.everything(under: cache.path).contains("SECRET"))
    }

    @Test func aMirrorRecordsItsOriginWithoutCredentials() throws {
        let origin = try RepoBuilder()
        try origin.commit("first", files: ["a.txt": "a\n"])
        let cache = ScratchDirectory()
        let mirror = try RemoteMirror.update(url: "file://" + origin.path, cacheRoot: cache.path)
        // An older version wrote the URL with its password: the next fetch rewrites it.
        let config = mirror.path + "/config"
        let old = try String(contentsOfFile: config, encoding: .utf8).replacingOccurrences(of: "url = file://", with: "url = https://user:PASSWORD@example.com/x?token=SECRETTOKEN&file://")
        try Data(old.utf8).write(to: URL(fileURLWithPath: config))
        _ = try RemoteMirror.update(url: "file://" + origin.path, cacheRoot: cache.path)
        #expect(!Self.everything(under: cache.path).contains("PASSWORD"))
    }

    @Test func redactionCoversUserInformationAndQueryValues() {
        // The one shared rule (URLRedaction): user information goes entirely, credential query values are masked.
        #expect(RemoteMirror.redacted("https://a:b@host/r.git?token=T&page=2#x") == "https://host/r.git?token=****&page=2#x")
        #expect(RemoteMirror.redacted("https://host/r.git?private_token=T") == "https://host/r.git?private_token=****")
        #expect(RemoteMirror.redacted("https://host/path@with-at/r.git") == "https://host/path@with-at/r.git")
        #expect(!RemoteMirror.directoryName(for: "https://host/r.git?token=SECRETTOKEN").contains("SECRETTOKEN"))
        #expect(RemoteMirror.splitUserInformation("https://u:p%40ss@host/r.git") == ("https://host/r.git", "u", "p@ss"))
        #expect(RemoteMirror.splitUserInformation("https://TOKEN@host/r.git") == ("https://host/r.git", "TOKEN", ""))
        #expect(RemoteMirror.splitUserInformation("ssh://git:pw@host/r.git") == ("ssh://git@host/r.git", "git", "pw"))
        #expect(RemoteMirror.splitUserInformation("git@host:r.git") == ("git@host:r.git", nil, nil))
    }
}
