import Foundation

/// Writes a generated client into its output folder: every file replaced whole, nothing outside the folder.
package enum ClientWriter {
    package static func write(_ client: GeneratedClient, to folder: String) throws(ContractError) {
        let root = URL(fileURLWithPath: folder).standardizedFileURL
        for (path, contents) in client.files {
            guard !path.hasPrefix("/"), !path.split(separator: "/").contains("..") else {
                throw ContractError(.invalid, file: folder, "refusing to write \(path) outside the output folder")
            }
            let destination = root.appendingPathComponent(path)
            do {
                try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(contents.utf8).write(to: destination, options: .atomic)
            } catch {
                throw ContractError(.unreadable, file: destination.path, "cannot be written: \(error.localizedDescription)")
            }
        }
    }
}
