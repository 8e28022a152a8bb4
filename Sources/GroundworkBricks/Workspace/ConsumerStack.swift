import GroundworkContracts

/// How a consumer of each stack takes a provider's client: the client's language, the files `link`
/// writes beside it, and the dependency line that installs it.
enum ConsumerStack {
    /// The stacks whose services can consume another service today.
    static let supported = ["node-express", "python-fastapi", "go-chi", "swift-hummingbird"]

    /// The client language of a consumer stack, or nil when `link` cannot wire one yet.
    static func language(for stack: String) -> ClientLanguage? {
        switch stack {
        case "node-express": .typescript
        case "python-fastapi": .python
        case "go-chi": .go
        case "swift-hummingbird": .swift
        default: nil
        }
    }

    /// The client package's name in the consumer (`billing-client`, `billing_client`).
    static func packageName(provider: String, language: ClientLanguage) -> String {
        ClientPackageName.default(for: provider, language: language)
    }

    /// The glue and the consumer contract test.
    static func files(_ edge: ConsumerEdge) -> [(path: String, contents: String)] {
        switch edge.language {
        case .typescript: NodeConsumerFiles.files(edge)
        case .python: PythonConsumerFiles.files(edge) + [PythonConsumerFiles.ruffSettings(edge)]
        case .go: GoConsumerFiles.files(edge)
        case .swift: SwiftConsumerFiles.files(edge)
        }
    }

    /// The client's files as the consumer keeps them: a Go client joins the consumer's module, so its own
    /// go.mod is left out; the other languages keep the client a package of its own.
    static func clientFiles(_ files: [(path: String, contents: String)], language: ClientLanguage) -> [(path: String, contents: String)] {
        language == .go ? GoConsumerFiles.clientFiles(files) : files
    }

    /// Lines to insert after an anchor line of a consumer's file, when the file has the anchor and lacks the
    /// line: a Swift service's Dockerfile resolves its packages before copying the rest, so the client's
    /// folder (a path dependency) must be copied first.
    static func insertions(_ edge: ConsumerEdge) -> [(file: String, after: String, line: String)] {
        edge.language == .swift ? [("Dockerfile", "COPY Package.* ./", "COPY \(edge.clientFolder)/ \(edge.clientFolder)/")] : []
    }

    /// The entries a Swift consumer's Package.swift must hold (nil for the other stacks).
    static func manifestEdit(_ edge: ConsumerEdge) -> SwiftManifestEdit? {
        edge.language == .swift ? SwiftConsumerFiles.manifestEdit(edge) : nil
    }

    /// Lines the consumer's own files must hold: Python installs the client from its folder (editable, so
    /// a regenerated client is used at once); Node imports it by path, and the service's eslint settings
    /// (CommonJS) must leave the generated ES module alone: it is checked by its own test and `node --check`.
    static func requiredLines(_ edge: ConsumerEdge) -> [(file: String, line: String)] {
        switch edge.language {
        case .python: [("requirements.txt", "-e ./\(edge.clientFolder)")]
        case .typescript: [(".eslintignore", "\(edge.clientFolder)/")]
        default: []
        }
    }
}
