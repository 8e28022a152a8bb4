import Foundation

/// A temporary directory that a test owns; it is removed when the value is released.
package final class ScratchDirectory: @unchecked Sendable {
    /// Its absolute path.
    package let path: String

    package init(prefix: String = "groundwork-test") {
        let base = FileManager.default.temporaryDirectory.path
        path = "\(base)/\(prefix)-\(UUID().uuidString.prefix(8).lowercased())"
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// A path inside the directory.
    package func appending(_ component: String) -> String { path + "/" + component }

    /// Writes a text file inside the directory (creating parent folders) and returns its path.
    @discardableResult
    package func write(_ relativePath: String, _ content: String) throws -> String {
        let target = appending(relativePath)
        try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(content.utf8).write(to: URL(fileURLWithPath: target))
        return target
    }
}
