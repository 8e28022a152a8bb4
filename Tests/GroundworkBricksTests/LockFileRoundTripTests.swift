import Foundation
import Testing

@testable import GroundworkBricks

/// A committed lock file is untrusted input that groundwork reads and writes back: what it reads must write back
/// to a lock that reads the same (the lock fuzz target's property, scripts/fuzz.sh), or it must be refused with
/// its line.
@Suite("the lock file reads back what it writes")
struct LockFileRoundTripTests {
    /// Found by the lock fuzz target (Fuzz/Corpus/lock/regression-id-with-a-comma.yaml): an id with a comma was
    /// read, then written unquoted into `source: {builtin: dock,r}`, where YAML's flow mapping split it.
    @Test func aLockWhoseIdNoBrickCanHaveIsRefusedWithItsLine() throws {
        let text = """
            version: 1
            bricks:
              - id: dock,r
                version: 1.2.0
                source: {builtin: docker}
                parameters: {base: "debian", port: 3000}
                files: []
            """
        #expect {
            _ = try LockFile.parse(text)
        } throws: { error in
            let message = String(describing: error)
            return message.contains("\(LockFile.path):3") && message.contains("bricks[0].id") && message.contains("found \"dock,r\"")
        }
    }

    /// Values the reader does not check (a commit, hashes, the names of a consumed contract) with YAML's own
    /// punctuation in them: written quoted, they read back unchanged, and written again, byte for byte.
    @Test func hostileValuesWriteBackToTheSameLock() throws {
        let text = """
            version: 1
            bricks:
              - id: docker
                version: 1.2.0
                source: {git: "https://example.com/bricks.git", commit: "c0ffee, then: {not}"}
                parameters: {base: "debian, slim", ports: ["80: http", "443"], "odd, name: x": 1}
                files:
                  - path: "Dockerfile"
                    mode: managed
                    sha256: "a: b # c"
            consumes:
              - provider: "billing: eu"
                provider_stack: "null"
                contract: "openapi.yaml"
                version: "1.0.0"
                digest: "x, y"
                language: "#python"
                client: "clients/billing"
                operations: ["getInvoice"]
                files:
                  - path: "clients/billing/client.py"
                    mode: managed
                    sha256: "{}"
            """
        let lock = try LockFile.parse(text)
        let written = lock.yaml()
        let reread = try LockFile.parse(written)
        #expect(reread.yaml() == written)
        #expect(reread.bricks.first?.source == .git(url: "https://example.com/bricks.git", commit: "c0ffee, then: {not}"))
        #expect(reread.bricks.first?.files.first?.sha256 == "a: b # c")
        #expect(reread.bricks.first?.parameters["odd, name: x"] == .int(1))
        let consumed = try #require(reread.consumes.first)
        #expect([consumed.provider, consumed.providerStack, consumed.digest, consumed.language] == ["billing: eu", "null", "x, y", "#python"])
        #expect(consumed.files.first?.sha256 == "{}")
    }

    /// What groundwork itself records stays plain, so the lock files already committed keep their bytes.
    @Test func idsHashesAndCommitsAreWrittenPlain() throws {
        let sha = String(repeating: "5d41402abc4b2a76", count: 4)
        let text = """
            version: 1
            bricks:
              - id: github-actions
                version: 1.2.0
                source: {git: "https://example.com/bricks.git", commit: 0123456789abcdef0123456789abcdef01234567}
                parameters: {}
                files:
                  - path: ".github/workflows/ci.yml"
                    mode: managed
                    sha256: \(sha)

            """
        let written = try LockFile.parse(text).yaml()
        #expect(written.contains("\n  - id: github-actions\n"))
        #expect(written.contains(" commit: 0123456789abcdef0123456789abcdef01234567}\n"))
        #expect(written.contains("\n        sha256: \(sha)\n"))
    }
}
