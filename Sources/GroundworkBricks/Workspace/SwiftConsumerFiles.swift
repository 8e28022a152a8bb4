import GroundworkContracts
import GroundworkFormats

/// What `groundwork link` writes into a swift-hummingbird consumer: the client stays a package of its own
/// under `clients/<provider>` (swift-openapi-generator builds it from the contract), which the consumer's
/// Package.swift depends on by path (`SwiftManifestEdit`); the glue that reads `<PROVIDER>_URL` at start and
/// builds a client per request, and a Swift Testing consumer contract test.
enum SwiftConsumerFiles {
    /// The transport the glue gives the client: AsyncHTTPClient, which the service already depends on.
    static let transportPackage = (url: "https://github.com/swift-server/swift-openapi-async-http-client.git", from: "1.1.0")

    static func files(_ edge: ConsumerEdge) -> [(path: String, contents: String)] {
        [
            ("Sources/App/Clients/\(typeName(edge)).swift", glue(edge)),
            ("Tests/AppTests/\(IdentifierWords.pascal(edge.provider.name))ContractTests.swift", contractTest(edge)),
        ]
    }

    /// `BillingService`: the glue's type.
    static func typeName(_ edge: ConsumerEdge) -> String { IdentifierWords.pascal(edge.provider.name) + "Service" }

    /// The lines Package.swift must hold: the client package and the transport, and their products in
    /// the App target and the tests.
    static func manifestEdit(_ edge: ConsumerEdge) -> SwiftManifestEdit {
        let client = ".product(name: \"\(edge.packageName)\", package: \"\(edge.provider.name)\"),"
        let transport = ".product(name: \"OpenAPIAsyncHTTPClient\", package: \"swift-openapi-async-http-client\"),"
        return SwiftManifestEdit(
            packages: [".package(path: \"\(edge.clientFolder)\"),", ".package(url: \"\(transportPackage.url)\", from: \"\(transportPackage.from)\"),"],
            targets: ["App": [client, transport], "AppTests": [client, transport]]
        )
    }

    static func glue(_ edge: ConsumerEdge) -> String {
        let p = edge.prefix, name = edge.provider.name, type = typeName(edge)
        let notSet = "\"\(p)_URL is not set: the base URL of the \(name) service, e.g. http://\(name):8080\""
        return """
            import AsyncHTTPClient
            import \(edge.packageName)
            import Foundation
            import HTTPTypes
            import Hummingbird
            import NIOCore
            import OpenAPIAsyncHTTPClient

            /// How \(edge.consumer.name) calls \(name) (\(edge.provider.stack)): settings read at start, and a client per request that
            /// forwards the caller's bearer token and the W3C traceparent. Written by `groundwork link \(edge.consumer.name) \(name)`,
            /// which rewrites it (merging your edits) when \(name)'s contract changes. Environment:
            ///
            /// - `\(p)_URL`: the base URL of \(name), e.g. `http://\(name):8080` (required);
            /// - `\(p)_AUTH`: `forward` (default) sends the caller's bearer token on; `client-credentials` gets a token of
            ///   this service's own from `\(p)_TOKEN_URL` with `\(p)_CLIENT_ID`, `\(p)_CLIENT_SECRET` and the optional
            ///   `\(p)_SCOPE` (OAuth 2.0 client-credentials grant);
            /// - `\(p)_TIMEOUT`: seconds per attempt (default 10).
            ///
            /// In `addRoutes` (which runs at start): `let \(edge.camelName) = \(type).environment`, then in a route
            /// `let client = try \(edge.camelName).client(for: request)`.
            struct \(type): Sendable {
                /// How to reach \(name).
                struct Settings: Sendable, Equatable {
                    enum Auth: String, Sendable {
                        case forward
                        case clientCredentials = "client-credentials"
                    }

                    var url: URL
                    var auth: Auth = .forward
                    var timeout: Duration = .seconds(10)
                    var tokenURL: URL?
                    var clientID = ""
                    var clientSecret = ""
                    var scope: String?
                }

                /// A variable that is missing or wrong, named.
                struct ConfigurationError: Error, CustomStringConvertible {
                    var description: String

                    init(_ description: String) { self.description = description }
                }

                /// The settings, or nil when \(p)_URL is not set (allowed in the service's own tests only).
                let settings: Settings?
                private let serviceToken: ServiceToken?

                /// The service of the environment, checked the first time it is used: take it in `addRoutes`, so a
                /// missing or malformed variable stops the service before it takes traffic. Test bundles may run
                /// without \(p)_URL: the service's own tests need not reach \(name).
                static let environment: \(type) = {
                    do {
                        let settings = try loadSettings(ProcessInfo.processInfo.environment)
                        if settings == nil, !ProcessInfo.processInfo.processName.hasSuffix(".xctest") {
                            \(raise(notSet, indent: 16))
                        }
                        return \(type)(settings: settings)
                    } catch {
                        fatalError("\\(error)")
                    }
                }()

                init(settings: Settings?) {
                    self.settings = settings
                    self.serviceToken = settings.flatMap { $0.auth == .clientCredentials ? ServiceToken(settings: $0) : nil }
                }

                /// Reads and checks the settings; throws naming the variable that is missing or wrong.
                static func loadSettings(_ environment: [String: String]) throws(ConfigurationError) -> Settings? {
                    guard let text = environment["\(p)_URL"], !text.isEmpty else { return nil }
                    guard let url = URL(string: text), ["http", "https"].contains(url.scheme), url.host != nil else {
                        \(raise("\"\(p)_URL must be an http or https URL, found \\(text)\"", indent: 12))
                    }
                    var settings = Settings(url: url)
                    if let auth = environment["\(p)_AUTH"], !auth.isEmpty {
                        guard let mode = Settings.Auth(rawValue: auth) else {
                            \(raise("\"\(p)_AUTH must be forward or client-credentials, found \\(auth)\"", indent: 16))
                        }
                        settings.auth = mode
                    }
                    if let text = environment["\(p)_TIMEOUT"], !text.isEmpty {
                        guard let seconds = Double(text), seconds > 0 else {
                            \(raise("\"\(p)_TIMEOUT must be a positive number of seconds, found \\(text)\"", indent: 16))
                        }
                        settings.timeout = .milliseconds(Int(seconds * 1000))
                    }
                    if settings.auth == .clientCredentials {
                        let required = ["\(p)_TOKEN_URL", "\(p)_CLIENT_ID", "\(p)_CLIENT_SECRET"]
                        for variable in required where environment[variable, default: ""].isEmpty {
                            \(raise("\"\\(variable) is not set: \(p)_AUTH=client-credentials needs it\"", indent: 16))
                        }
                        guard let tokenURL = environment["\(p)_TOKEN_URL"].flatMap(URL.init(string:)) else {
                            throw ConfigurationError("\(p)_TOKEN_URL is not a URL")
                        }
                        settings.tokenURL = tokenURL
                        settings.clientID = environment["\(p)_CLIENT_ID", default: ""]
                        settings.clientSecret = environment["\(p)_CLIENT_SECRET", default: ""]
                        settings.scope = environment["\(p)_SCOPE"]
                    }
                    return settings
                }

                /// A client of \(name) for the request being served: it carries the caller's bearer token (or this
                /// service's own) and the request's traceparent.
                func client(for request: Request) throws -> \(edge.packageName).Client {
                    guard let settings else {
                        \(raise(notSet, indent: 12))
                    }
                    let caller = Self.bearerToken(request.headers[.authorization])
                    let traceparent = HTTPField.Name("traceparent").flatMap { request.headers[$0] }
                    let tokenProvider: @Sendable () async throws -> String?
                    if let serviceToken {
                        tokenProvider = { try await serviceToken.token() }
                    } else {
                        tokenProvider = { caller }
                    }
                    let transport = AsyncHTTPClientTransport(configuration: .init(client: .shared))
                    return \(edge.packageName).Client(
                        serverURL: settings.url,
                        configuration: standardConfiguration,
                        transport: transport,
                        middlewares: standardMiddlewares(
                            tokenProvider: tokenProvider, traceparent: { traceparent }, timeout: settings.timeout)
                    )
                }

                /// The token of an `Authorization: Bearer …` header.
                static func bearerToken(_ header: String?) -> String? {
                    guard let header, header.count > 7, header.prefix(7).lowercased() == "bearer " else { return nil }
                    return header.dropFirst(7).trimmingCharacters(in: .whitespaces)
                }
            }

            /// A token of this service's own (client-credentials grant), reused until a minute before it expires.
            actor ServiceToken {
                let settings: \(type).Settings
                private var cached: (token: String, expires: ContinuousClock.Instant)?

                init(settings: \(type).Settings) { self.settings = settings }

                func token() async throws -> String {
                    if let cached, cached.expires > .now + .seconds(60) { return cached.token }
                    var form = URLComponents()
                    form.queryItems = [URLQueryItem(name: "grant_type", value: "client_credentials")]
                    if let scope = settings.scope { form.queryItems?.append(URLQueryItem(name: "scope", value: scope)) }
                    let credentials = Data("\\(settings.clientID):\\(settings.clientSecret)".utf8).base64EncodedString()
                    var request = HTTPClientRequest(url: settings.tokenURL?.absoluteString ?? "")
                    request.method = .POST
                    request.headers.add(name: "Authorization", value: "Basic \\(credentials)")
                    request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
                    request.headers.add(name: "Accept", value: "application/json")
                    request.body = .bytes(ByteBuffer(string: form.percentEncodedQuery ?? ""))
                    let timeout = TimeAmount.milliseconds(settings.timeout.components.seconds * 1000)
                    let response = try await HTTPClient.shared.execute(request, timeout: timeout)
                    guard response.status == .ok else {
                        \(raise("\"\(name): the token endpoint answered \\(response.status.code)\"", indent: 12, type: type + ".ConfigurationError"))
                    }
                    struct Grant: Decodable {
                        var access_token: String
                        var expires_in: Int?
                    }
                    let answer = try await response.body.collect(upTo: 1 << 20)
                    let grant = try JSONDecoder().decode(Grant.self, from: Data(answer.readableBytesView))
                    let token = (grant.access_token, ContinuousClock.now + .seconds(grant.expires_in ?? 300))
                    cached = token
                    return token.0
                }
            }

            """
    }

    static func contractTest(_ edge: ConsumerEdge) -> String {
        let p = edge.prefix, name = edge.provider.name
        var steps: [String] = []
        for operation in edge.used {
            let method = ClientMethodName.name(operation, language: .swift)
            let collection = ConsumerEdge.collection(of: operation.path)
            var arguments: [String] = []
            let pathParameters = operation.parameters.filter { $0.location == .path }
            if !pathParameters.isEmpty {
                let values = pathParameters.map { "\(ClientMethodName.parameter($0, language: .swift)): try known(seen, \(literal(collection)), \(literal($0.wireName)))" }
                arguments.append("path: .init(\(values.joined(separator: ", ")))")
            }
            let required = operation.parameters.filter { $0.location == .query && $0.required }
            if !required.isEmpty {
                arguments.append("query: .init(" + required.map { "\(ClientMethodName.parameter($0, language: .swift)): \(ClientSamples.json($0.type, in: edge.api))" }.joined(separator: ", ") + ")")
            }
            var step = "        // \(method): \(operation.method.uppercased()) \(operation.path)\n"
            if let type = edge.bodyTypeName(of: operation), let json = edge.sampleBody(of: operation) {
                step += "        let \(method)Body = try JSONDecoder().decode(Components.Schemas.\(type).self, from: Data(#\"\(json)\"#.utf8))\n"
                arguments.append("body: .json(\(method)Body)")
            }
            let status = statusCase(operation.successStatuses.first ?? 200)
            let call = "try await client.\(method)(\(arguments.joined(separator: ", "))).\(status)"
            let properties = edge.requiredProperties(of: operation, includingNullable: false)
            // What a later call needs an id from: a creation's answer, else a list's first item.
            let needsIDs = ConsumerEdge.needsIDs(edge.used)
            let remembers = needsIDs && ConsumerEdge.creates(operation) && operation.result != nil
            let remembersFirst = needsIDs && !remembers && operation.pagination != nil
            if operation.result == nil {
                step += "        _ = \(call)\n"
            } else if properties.isEmpty && !remembers && !remembersFirst {
                step += "        _ = \(call).body.json\n"
            } else {
                step += "        let \(method) = \(call).body.json\n"
            }
            if !properties.isEmpty {
                step += "        let \(method)Answer = try jsonObject(\(method))\n"
                step += "        for property in [\(properties.map(literal).joined(separator: ", "))] {\n"
                step += "            #expect(\(method)Answer[property] != nil, \"\(method): the answer has no \\(property)\")\n        }\n"
            }
            if remembers {
                step += "        seen[\(literal(collection))] = try jsonObject(\(method))\n"
            } else if remembersFirst, let page = operation.pagination {
                let items = IdentifierWords.camel(page.itemsProperty)
                step += "        if seen[\(literal(collection))] == nil, let first = \(method).\(items).first {\n"
                step += "            seen[\(literal(collection))] = try jsonObject(first)\n        }\n"
            }
            steps.append(step)
        }
        let operations = edge.used.map { ClientMethodName.name($0, language: .swift) }
        let needsSeen = ConsumerEdge.needsIDs(edge.used)
        var body: String
        if steps.isEmpty {
            body = """
                    @Test(.disabled("\(edge.consumer.name) calls no operation of \(name) yet: run `groundwork link \(edge.consumer.name) \(name)` again once it does"))
                    func operationsInUse() {}

                """
        } else {
            body = """
                    @Test("\(edge.consumer.name) → \(name): \(operations.joined(separator: ", "))")
                    func operationsInUse() async throws {
                        let environment = ProcessInfo.processInfo.environment
                        let url = try #require(environment["\(p)_URL"].flatMap(URL.init(string:)))
                        let token = environment["\(p)_TOKEN"]
                        let client = \(edge.packageName).Client(
                            serverURL: url,
                            configuration: standardConfiguration,
                            transport: AsyncHTTPClientTransport(),
                            middlewares: standardMiddlewares(tokenProvider: { token }, retries: 0)
                        )

                """
            if needsSeen {
                body += "        // What earlier calls created or listed, by collection path: later calls take their ids from it.\n"
                body += "        var seen: [String: [String: Any]] = [:]\n"
            }
            body += "\n" + steps.joined(separator: "\n") + "    }\n"
        }
        var helpers = ""
        if steps.contains(where: { $0.contains("jsonObject(") }) {
            helpers += """

                    /// A value as its JSON properties.
                    private func jsonObject(_ value: some Encodable) throws -> [String: Any] {
                        let data = try JSONEncoder().encode(value)
                        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
                    }

                """
        }
        if steps.contains(where: { $0.contains("known(") }) {
            helpers += """

                    /// A property of the item an earlier call created or listed in `collection`.
                    private func known(_ seen: [String: [String: Any]], _ collection: String, _ property: String) throws -> String {
                        let item = try #require(
                            seen[collection], "no \\(collection) item was created or listed before a call that needs its \\(property)")
                        return try #require((item[property] ?? item["id"]) as? String)
                    }

                """
        }
        let imports = steps.isEmpty ? ["Foundation", "Testing"] : [edge.packageName, "Foundation", "OpenAPIAsyncHTTPClient", "Testing"]
        return """
            \(imports.map { "import " + $0 }.joined(separator: "\n"))

            /// The consumer contract test of \(edge.consumer.name) → \(name): every operation \(edge.consumer.name) uses, called
            /// through the generated client against a real \(name) (`\(p)_URL`, with a bearer token in `\(p)_TOKEN`),
            /// in order: later calls take the ids earlier ones created. Written by `groundwork link \(edge.consumer.name) \(name)`,
            /// which rewrites it when the operations used or the contract change: a \(name) change that breaks
            /// \(edge.consumer.name) fails here, in CI.
            @Suite(
                .enabled(
                    if: ProcessInfo.processInfo.environment["\(p)_URL", default: ""].isEmpty == false,
                    "\(p)_URL is not set: start \(name) and set \(p)_URL and \(p)_TOKEN to run this test"))
            struct \(IdentifierWords.pascal(name))ContractTests {
            \(body)\(helpers)}

            """
    }

    /// `throw TYPE(MESSAGE)` laid out as swift-format lays it out in 120 columns: on one line when it fits,
    /// else broken after the parenthesis (the closing one on a line of its own when the message fills the line).
    static func raise(_ message: String, indent: Int, type: String = "ConfigurationError") -> String {
        let line = "throw \(type)(\(message))"
        if indent + line.count <= 120 { return line }
        let inner = String(repeating: " ", count: indent + 4) + message
        return inner.count + 1 <= 120
            ? "throw \(type)(\n\(inner))"
            : "throw \(type)(\n\(inner)\n\(String(repeating: " ", count: indent)))"
    }

    /// The case swift-openapi-generator names a status code's answer by.
    static func statusCase(_ status: Int) -> String {
        switch status {
        case 201: "created"
        case 202: "accepted"
        case 204: "noContent"
        default: "ok"
        }
    }

    static func literal(_ text: String) -> String { JSONString.quoted(text) }
}
