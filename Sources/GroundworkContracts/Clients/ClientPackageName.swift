/// A client package's default name, from the contract's title, in the language's convention.
package enum ClientPackageName {
    package static func `default`(for title: String, language: ClientLanguage) -> String {
        let base = title + " client"
        switch language {
        case .typescript: return IdentifierWords.split(base).map { $0.lowercased() }.joined(separator: "-")
        case .python: return IdentifierWords.snake(base)
        case .go: return IdentifierWords.split(base).map { $0.lowercased() }.joined()
        case .swift: return IdentifierWords.pascal(base)
        }
    }
}
