/// In a consumer's lock file: the contract of a provider it calls, at the version its client was
/// generated from, the operations it uses, and the files `groundwork link` wrote (with their pristine
/// hashes, so that the next link merges a changed contract's client three ways, like a brick update).
package struct ConsumedContract: Sendable, Equatable {
    /// The provider's service name in the workspace.
    package var provider: String
    /// The provider's stack (`go-chi`), for messages such as "breaks orders (node-express)".
    package var providerStack: String
    /// The contract's path, relative to the workspace's root.
    package var contract: String
    /// The contract's `info.version`.
    package var version: String
    /// The sha256 of the contract's bytes the client was generated from.
    package var digest: String
    /// The client's language (`typescript`).
    package var language: String
    /// The client's folder in the consumer (`clients/billing`).
    package var client: String
    /// The operation ids the consumer uses, as found when the link was last written.
    package var operations: [String]
    package var files: [LockedFile]

    package init(
        provider: String, providerStack: String, contract: String, version: String, digest: String, language: String, client: String,
        operations: [String], files: [LockedFile]
    ) {
        self.provider = provider
        self.providerStack = providerStack
        self.contract = contract
        self.version = version
        self.digest = digest
        self.language = language
        self.client = client
        self.operations = operations
        self.files = files
    }

    /// The key under which the pristine renders of this link are kept (`PristineStore`).
    package var pristineKey: String { "consumes." + provider }
}
