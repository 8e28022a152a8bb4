import GroundworkContracts

/// How a consumer of each stack takes a provider's client: the client's language, the files `link`
/// writes beside it, and the dependency line that installs it.
enum ConsumerStack {
    /// The stacks whose services can consume another service today.
    static let supported = ["node-express", "python-fastapi"]

    /// The client language of a consumer stack, or nil when `link` cannot wire one yet.
    static func language(for stack: String) -> ClientLanguage? {
        switch stack {
        case "node-express": .typescript
        case "python-fastapi": .python
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
        case .python: PythonConsumerFiles.files(edge)
        case .go, .swift: []
        }
    }

    /// A line the consumer's dependency file must hold for the client to be importable: Python installs
    /// the client's folder (editable, so a regenerated client is used at once); Node imports it by path.
    static func requirement(_ edge: ConsumerEdge) -> (file: String, line: String)? {
        switch edge.language {
        case .python: ("requirements.txt", "-e ./\(edge.clientFolder)")
        default: nil
        }
    }
}
