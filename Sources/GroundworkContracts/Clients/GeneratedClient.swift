/// The files of a generated client, relative to its output folder.
package struct GeneratedClient: Sendable {
    package var language: ClientLanguage
    /// Path → contents, in the order they are written.
    package var files: [(path: String, contents: String)]
    /// Constructs carried over loosely, with their JSON path (printed by `client generate`).
    package var warnings: [String]

    package init(language: ClientLanguage, files: [(path: String, contents: String)], warnings: [String]) {
        self.language = language
        self.files = files
        self.warnings = warnings
    }
}

/// The languages `groundwork client generate` writes.
package enum ClientLanguage: String, CaseIterable, Sendable {
    case typescript, python, go, swift
}

/// Writes the client of one language.
package protocol ClientEmitter {
    /// `packageName` names the module/package (`billing-client`, `billing_client`, `billingclient`, `BillingClient`).
    static func emit(_ api: ClientAPI, packageName: String, contract: String) -> [(path: String, contents: String)]
}

/// Generates clients from contracts.
package enum ClientGenerator {
    /// The client of `contract` in `language`; throws when the contract cannot be called correctly.
    package static func generate(_ contract: Contract, language: ClientLanguage, packageName: String) throws(ContractError) -> GeneratedClient {
        let (api, warnings) = try ClientAPIBuilder.build(contract)
        let contractText = ContractText.canonicalJSON(contract)
        let files: [(path: String, contents: String)]
        switch language {
        case .typescript: files = TypeScriptClientEmitter.emit(api, packageName: packageName, contract: contractText)
        case .python: files = PythonClientEmitter.emit(api, packageName: packageName, contract: contractText)
        case .go: files = GoClientEmitter.emit(api, packageName: packageName, contract: contractText)
        case .swift: files = SwiftClientEmitter.emit(api, packageName: packageName, contract: contractText)
        }
        return GeneratedClient(language: language, files: files, warnings: warnings)
    }
}
