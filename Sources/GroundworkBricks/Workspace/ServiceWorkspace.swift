import Foundation

/// A multi-service project: `groundwork.workspace.yaml` at its root lists the services (each in its own
/// folder and stack, with its contract) and which service consumes which (docs/contracts.md, "Workspaces").
package struct ServiceWorkspace: Sendable, Equatable {
    /// The workspace file's name, at the workspace's root.
    package static let fileName = "groundwork.workspace.yaml"
    /// The format version this groundwork reads and writes.
    package static let currentVersion = 1

    /// The project's name (compose's project name).
    package var name: String
    package var services: [WorkspaceService]
    package var links: [WorkspaceLink]

    package init(name: String, services: [WorkspaceService] = [], links: [WorkspaceLink] = []) {
        self.name = name
        self.services = services
        self.links = links
    }

    /// The service named `name`.
    package func service(_ name: String) -> WorkspaceService? { services.first { $0.name == name } }

    /// The services that consume `provider`, with their edges, in the file's order.
    package func consumers(of provider: String) -> [(link: WorkspaceLink, service: WorkspaceService)] {
        links.filter { $0.provider == provider }.compactMap { link in service(link.consumer).map { (link, $0) } }
    }

    /// The service that owns the contract at `path` (a path inside the workspace, relative to its root).
    package func service(owningContract path: String) -> WorkspaceService? {
        let normalised = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: "/")).standardizedFileURL.path
        return services.first { URL(fileURLWithPath: $0.contractPath, relativeTo: URL(fileURLWithPath: "/")).standardizedFileURL.path == normalised }
    }

    /// Adds a service, or replaces the one of the same name.
    package mutating func record(_ service: WorkspaceService) {
        if let index = services.firstIndex(where: { $0.name == service.name }) { services[index] = service } else { services.append(service) }
    }

    /// Adds an edge, or replaces the one between the same two services.
    package mutating func record(_ link: WorkspaceLink) {
        if let index = links.firstIndex(where: { $0.consumer == link.consumer && $0.provider == link.provider }) { links[index] = link } else { links.append(link) }
    }
}

/// One service of a workspace.
package struct WorkspaceService: Sendable, Equatable {
    /// Its name: lowercase letters, digits and dashes (`billing`); `BILLING_URL` is derived from it.
    package var name: String
    /// Its folder, relative to the workspace's root (default: the name).
    package var folder: String
    /// The stack it was generated with (`go-chi`).
    package var stack: String
    /// The model it was generated from, relative to its folder (default `.groundwork/model.yaml`).
    package var model: String?
    /// Its OpenAPI contract, relative to its folder (default `openapi.json`).
    package var contract: String
    /// The host port compose publishes it on.
    package var port: Int

    package init(name: String, folder: String? = nil, stack: String, model: String? = nil, contract: String = "openapi.json", port: Int) {
        self.name = name
        self.folder = folder ?? name
        self.stack = stack
        self.model = model
        self.contract = contract
        self.port = port
    }

    /// The contract's path relative to the workspace's root.
    package var contractPath: String { folder == "." ? contract : folder + "/" + contract }

    /// `BILLING`: the prefix of the environment variables that configure a client of this service.
    package var environmentPrefix: String {
        name.uppercased().map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined()
    }
}

/// "`consumer` calls `provider`": an edge of the consumer graph.
package struct WorkspaceLink: Sendable, Equatable {
    package var consumer: String
    package var provider: String
    /// The operation ids the consumer uses, when declared; nil: found by scanning the consumer's code.
    package var operations: [String]?
    /// How the consumer authenticates to the provider.
    package var auth: ServiceAuth

    package init(consumer: String, provider: String, operations: [String]? = nil, auth: ServiceAuth = .forward) {
        self.consumer = consumer
        self.provider = provider
        self.operations = operations
        self.auth = auth
    }
}

/// Service-to-service authentication of a link.
package enum ServiceAuth: String, Sendable, Equatable, CaseIterable {
    /// The caller's bearer token is sent on to the provider (the provider sees the same user).
    case forward
    /// The consumer gets its own token with the OAuth 2.0 client-credentials grant.
    case clientCredentials = "client-credentials"
}
