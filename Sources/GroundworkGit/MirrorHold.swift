import Foundation
import Glibc

/// A groundwork process's hold on a cached mirror, taken before it fetches into it.
///
/// A process killed in the middle of a git write leaves its `*.lock` files in the mirror (`HEAD.lock`,
/// `refs/heads/main.lock`, `packed-refs.lock`…), and libgit2 refuses to write while one exists: every later
/// run of that repository would fail until someone deleted the file by hand. A mirror is groundwork's own,
/// and each process holds an advisory lock (`flock`) on `<mirror>/groundwork.owner` while it fetches. The kernel drops
/// that lock when its holder dies, so whoever holds it knows the lock files it finds are stale.
final class MirrorHold {
    private let descriptor: Int32

    /// Waits for the mirror at `directory` to be free, then removes the lock files a dead process left.
    init(_ directory: String) throws(GitError) {
        let ownerPath = directory + "/groundwork.owner"
        descriptor = open(ownerPath, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw GitError(code: .generic(-1), message: "cannot open \(ownerPath): \(String(cString: strerror(errno)))", context: directory)
        }
        guard flock(descriptor, LOCK_EX) == 0 else {
            close(descriptor)
            throw GitError(code: .generic(-1), message: "cannot lock \(ownerPath): \(String(cString: strerror(errno)))", context: directory)
        }
        for path in Self.lockFiles(in: directory) { try? FileManager.default.removeItem(atPath: path) }
    }

    deinit { close(descriptor) }

    /// The lock files git writers create: beside HEAD, config, packed-refs and the index, and under refs/.
    static func lockFiles(in directory: String) -> [String] {
        var found = ["HEAD.lock", "config.lock", "packed-refs.lock", "index.lock", "shallow.lock"]
            .map { directory + "/" + $0 }
            .filter { FileManager.default.fileExists(atPath: $0) }
        if let walker = FileManager.default.enumerator(atPath: directory + "/refs") {
            for case let relative as String in walker where relative.hasSuffix(".lock") {
                found.append(directory + "/refs/" + relative)
            }
        }
        return found
    }
}
