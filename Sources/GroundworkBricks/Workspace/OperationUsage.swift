import Foundation
import GroundworkContracts

/// Which operations of a provider a consumer calls, found in the consumer's source: a call of a client
/// method (`.listInvoices(`, `.list_invoices(`, their page iterators `.listInvoicesAll(` and
/// `.iter_list_invoices(`) names the operation. The client's own folder and the files `link` writes are
/// left out, so the generated code never counts as use.
enum OperationUsage {
    /// Folders never searched: dependencies, virtual environments, build output.
    static let skippedFolders: Set<String> = ["node_modules", ".venv", "venv", ".build", "vendor", "__pycache__", "dist"]

    /// The names (`ClientOperation.name`) of the operations called, in the contract's order.
    static func scan(folder: String, language: ClientLanguage, api: ClientAPI, excluding: [String]) -> [String] {
        let sources = sourceTexts(folder: folder, extensions: extensions(language), excluding: excluding)
        return api.operations.filter { operation in
            let method = ClientMethodName.name(operation, language: language)
            let calls = [".\(method)(", ".\(method)All(", ".iter_\(method)("]
            return sources.contains { text in calls.contains { text.contains($0) } }
        }.map(\.name)
    }

    /// The operations a declared list names (by operation id or client method name, case and separators
    /// ignored); unknown names are returned apart so the caller can report them.
    static func declared(_ names: [String], api: ClientAPI) -> (found: [String], unknown: [String]) {
        func key(_ text: String) -> String { text.lowercased().filter { $0.isLetter || $0.isNumber } }
        var found: [String] = [], unknown: [String] = []
        for name in names {
            if let operation = api.operations.first(where: { key($0.name) == key(name) }) { found.append(operation.name) } else { unknown.append(name) }
        }
        return (found, unknown)
    }

    static func extensions(_ language: ClientLanguage) -> Set<String> {
        switch language {
        case .typescript: ["js", "mjs", "cjs", "ts", "mts", "cts"]
        case .python: ["py"]
        case .go: ["go"]
        case .swift: ["swift"]
        }
    }

    private static func sourceTexts(folder: String, extensions: Set<String>, excluding: [String]) -> [String] {
        let root = URL(fileURLWithPath: folder).standardizedFileURL
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isDirectoryKey, .isSymbolicLinkKey], options: [.skipsHiddenFiles]) else { return [] }
        var texts: [String] = []
        for case let url as URL in walker {
            let relative = String(url.standardizedFileURL.path.dropFirst(root.path.count + 1))
            let values = try? url.resourceValues(forKeys: [.isDirectoryKey, .isSymbolicLinkKey])
            if values?.isDirectory == true {
                if skippedFolders.contains(url.lastPathComponent) || excluding.contains(relative) { walker.skipDescendants() }
                continue
            }
            guard values?.isSymbolicLink != true, extensions.contains(url.pathExtension), !excluding.contains(relative),
                let data = try? Data(contentsOf: url), data.count < 2_000_000
            else { continue }
            texts.append(String(decoding: data, as: UTF8.self))
        }
        return texts
    }
}
