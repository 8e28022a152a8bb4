/// The name an operation's method has in each language's client, for code that calls a generated
/// client (a workspace's glue and consumer tests) and for finding those calls in a consumer's code.
package enum ClientMethodName {
    /// `listInvoices` (TypeScript, Swift), `list_invoices` (Python), `ListInvoices` (Go).
    package static func name(_ operation: ClientOperation, language: ClientLanguage) -> String {
        switch language {
        case .typescript, .swift: operation.name
        case .python: PythonClientEmitter.identifier(operation.name)
        case .go: GoSyntax.exported(operation.name)
        }
    }
}

extension ClientMethodName {
    /// The name a query or header parameter has in each language's client call (`total_gte` in
    /// Python's keyword arguments, `totalGte` in TypeScript's params object).
    package static func parameter(_ parameter: ClientParameter, language: ClientLanguage) -> String {
        switch language {
        case .python: PythonClientEmitter.identifier(parameter.wireName)
        case .go: GoSyntax.exported(parameter.name)
        case .typescript, .swift: parameter.name
        }
    }
}
