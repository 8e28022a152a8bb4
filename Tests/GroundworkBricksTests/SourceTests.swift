import Foundation
import GroundworkBasics
import GroundworkGit
import GroundworkTestSupport
import Testing

@testable import GroundworkBricks

@Suite("brick sources: folders, pinned git, pinned tarballs")
struct SourceTests {
    @Test func sourceSpecificationsArePinned() throws {
        #expect(try BrickSource.parse("git+https://example.com/acme/bricks.git@v1.4.0") == .git(url: "https://example.com/acme/bricks.git", ref: "v1.4.0"))
        #expect(try BrickSource.parse("git+https://token@example.com/acme/bricks.git@0123abcd") == .git(url: "https://token@example.com/acme/bricks.git", ref: "0123abcd"))
        let sha = String(repeating: "ab", count: 32)
        #expect(try BrickSource.parse("https://example.com/b.tar.gz#sha256=\(sha.uppercased())") == .tarball(url: "https://example.com/b.tar.gz", sha256: sha))
        #expect(try BrickSource.parse("./my-bricks") == .directory("./my-bricks"))
        for unpinned in [
            "git+https://example.com/acme/bricks.git", "git+https://token@example.com/acme/bricks.git", "https://example.com/b.tar.gz", "https://example.com/b.tar.gz#sha256=abc", "ftp://x/y",
        ] {
            #expect(throws: BrickError.self, "\(unpinned)") { try BrickSource.parse(unpinned) }
        }
    }

    /// A repository of bricks: version 1.0.0 tagged v1, then 1.1.0 on main.
    static func brickRepository() throws -> RepoBuilder {
        let repo = try RepoBuilder()
        let manifest = { (version: String) in "id: hello\nversion: \(version)\nsummary: Says hello\nfiles:\n  - template: hello.txt\n    path: HELLO.txt\n" }
        try repo.commit("v1", files: ["hello/brick.yaml": .text(manifest("1.0.0")), "hello/hello.txt": "hello from {{project.name}}\n"])
        try repo.tag("v1", message: "first release")
        try repo.commit("v1.1", files: ["hello/brick.yaml": .text(manifest("1.1.0"))])
        return repo
    }

    @Test func gitSourceIsReadAtThePinnedCommit() async throws {
        let bricks = try Self.brickRepository()
        let cache = ScratchDirectory()
        let directories = Directories(cache: cache.path, config: cache.path)
        let v1 = try await BrickLibrary.load(.git(url: "file://" + bricks.path, ref: "v1"), directories: directories)
        #expect(v1.map(\.version) == [SemanticVersion(1, 0, 0)])
        let tagged = try bricks.repository.resolveCommit("v1")
        #expect(v1.first?.origin == .git(url: "file://" + bricks.path, commit: tagged.hex))
        #expect(v1.first?.templates["hello.txt"] == "hello from {{project.name}}\n")
        let head = try #require(bricks.head)
        let latest = try await BrickLibrary.load(.git(url: "file://" + bricks.path, ref: String(head.hex.prefix(10))), directories: directories)
        #expect(latest.first?.version == SemanticVersion(1, 1, 0))
        await #expect { try await BrickLibrary.load(.git(url: "file://" + bricks.path, ref: "main"), directories: directories) } throws: { error in
            (error as? BrickError)?.message.contains("main is a branch, which moves") == true
        }
        await #expect(throws: BrickError.self) { try await BrickLibrary.load(.git(url: "file://" + bricks.path, ref: "v9"), directories: directories) }
    }

    @Test func tarballIsVerifiedBeforeExtraction() async throws {
        let scratch = ScratchDirectory()
        let archive = TarWriter()
        archive.add("pack/hello/brick.yaml", "id: hello\nversion: 2.0.0\nsummary: Says hello\nfiles:\n  - template: hello.txt\n    path: HELLO.txt\n")
        archive.add("pack/hello/hello.txt", "hello\n")
        let tarball = try gzip(archive.data, in: scratch)
        let path = scratch.appending("pack.tar.gz")
        try tarball.write(to: URL(fileURLWithPath: path))
        let sha = TarballBrickSource.digest(tarball)
        let directories = Directories(cache: scratch.appending("cache"), config: scratch.path)

        let wrong = String(repeating: "0", count: 64)
        await #expect { try await BrickLibrary.load(.tarball(url: "file://" + path, sha256: wrong), directories: directories) } throws: { error in
            let message = (error as? BrickError)?.message ?? ""
            return message.contains("expected sha256 \(wrong)") && message.contains("the download has \(sha)")
        }
        #expect(!FileManager.default.fileExists(atPath: scratch.appending("cache/packs/\(wrong)")))

        let bricks = try await BrickLibrary.load(.tarball(url: "file://" + path, sha256: sha), directories: directories)
        #expect(bricks.map(\.id) == ["hello"])
        #expect(bricks.first?.origin == .tarball(url: "file://" + path, sha256: sha))

        let server = try LocalHTTPServer { _ in ScriptedResponse(status: 200, headers: [], body: tarball) }
        defer { server.stop() }
        let otherCache = Directories(cache: scratch.appending("cache2"), config: scratch.path)
        let downloaded = try await BrickLibrary.load(.tarball(url: server.url("/pack.tar.gz"), sha256: sha), directories: otherCache)
        #expect(downloaded.map(\.version) == [SemanticVersion(2, 0, 0)])
    }

    @Test(arguments: [
        ("../escape.txt", "climbs out of the extraction directory"),
        ("pack/../../escape.txt", "climbs out of the extraction directory"),
        ("/etc/escape.txt", "absolute or unsafe path"),
    ])
    func tarballEntriesMayNotEscape(_ name: String, _ message: String) async throws {
        let scratch = ScratchDirectory()
        let archive = TarWriter()
        archive.add("pack/hello/brick.yaml", "id: hello\nversion: 1.0.0\nsummary: s\n")
        archive.add(name, "pwned\n")
        let path = scratch.appending("evil.tar")
        try archive.data.write(to: URL(fileURLWithPath: path))
        let sha = TarballBrickSource.digest(archive.data)
        await #expect { try await BrickLibrary.load(.tarball(url: "file://" + path, sha256: sha), directories: Directories(cache: scratch.appending("cache"), config: scratch.path)) } throws: {
            error in
            (error as? BrickError)?.message.contains(message) == true
        }
        #expect(!FileManager.default.fileExists(atPath: scratch.appending("escape.txt")))
        #expect(!FileManager.default.fileExists(atPath: scratch.appending("cache/packs/\(sha)")))
    }

    @Test func tarballLinksLeavingTheDirectoryAreRefused() throws {
        let scratch = ScratchDirectory()
        let archive = TarWriter()
        archive.add("pack/inside-link", link: "hello/brick.yaml", type: "2")
        archive.add("pack/hello/brick.yaml", "id: hello\n")
        try TarArchive.extract(archive.data, into: scratch.appending("ok"))
        #expect(FileManager.default.fileExists(atPath: scratch.appending("ok/pack/hello/brick.yaml")))
        #expect(!FileManager.default.fileExists(atPath: scratch.appending("ok/pack/inside-link")), "links are never created")
        for (link, type) in [("../../../etc/passwd", "2"), ("/etc/passwd", "2"), ("../outside", "1")] as [(String, Character)] {
            let evil = TarWriter()
            evil.add("pack/link", link: link, type: type)
            evil.add("pack/link/x", "pwned\n")
            #expect(throws: BrickError.self) { try TarArchive.extract(evil.data, into: scratch.appending("evil-\(type)")) }
        }
    }

    private func gzip(_ data: Data, in scratch: ScratchDirectory) throws -> Data {
        let input = scratch.appending("plain.tar")
        try data.write(to: URL(fileURLWithPath: input))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/gzip")
        process.arguments = ["-kn", input]
        try process.run()
        process.waitUntilExit()
        return try Data(contentsOf: URL(fileURLWithPath: input + ".gz"))
    }
}

/// Writes ustar archives in memory, including the malicious entries `tar` itself refuses to make.
final class TarWriter {
    private(set) var data = Data()

    func add(_ name: String, _ text: String) { add(name, content: Data(text.utf8), link: "", type: "0") }

    func add(_ name: String, link: String, type: Character) { add(name, content: Data(), link: link, type: type) }

    private func add(_ name: String, content: Data, link: String, type: Character) {
        var header = [UInt8](repeating: 0, count: 512)
        func put(_ text: String, at offset: Int, length: Int) {
            for (index, byte) in text.utf8.prefix(length).enumerated() { header[offset + index] = byte }
        }
        func octal(_ value: Int, at offset: Int, length: Int) {
            let digits = String(value, radix: 8)
            put(String(repeating: "0", count: max(0, length - 1 - digits.count)) + digits, at: offset, length: length - 1)
        }
        put(name, at: 0, length: 100)
        octal(0o644, at: 100, length: 8)
        octal(0, at: 108, length: 8)
        octal(0, at: 116, length: 8)
        octal(content.count, at: 124, length: 12)
        octal(0, at: 136, length: 12)
        header[156] = type.asciiValue ?? 0x30
        put(link, at: 157, length: 100)
        put("ustar", at: 257, length: 6)
        put("00", at: 263, length: 2)
        for index in 148..<156 { header[index] = 0x20 }
        octal(header.reduce(0) { $0 + Int($1) }, at: 148, length: 7)
        data.append(contentsOf: header)
        data.append(content)
        data.append(Data(count: (512 - content.count % 512) % 512))
    }
}
