import OpenAPIKit

/// Compares two contracts and classifies every difference by a rule of `ContractRules`.
package struct ContractDiff {
    let old: OpenAPI.Document
    let new: OpenAPI.Document
    let oldResolver: SchemaResolver
    let newResolver: SchemaResolver
    var changes: [ContractChange] = []

    /// Every change from `old` to `new`, breaking first, then in document order.
    package static func changes(from old: Contract, to new: Contract) -> [ContractChange] {
        var diff = ContractDiff(
            old: old.document, new: new.document, oldResolver: SchemaResolver(old.document), newResolver: SchemaResolver(new.document))
        diff.compareDocuments()
        return diff.changes.enumerated()
            .sorted { ($0.element.severity, $0.offset) < ($1.element.severity, $1.offset) }
            .map(\.element)
    }

    mutating func report(_ rule: ContractRule, at path: String, operation: String? = nil, _ message: String) {
        let change = ContractChange(rule: rule, path: path, operation: operation, message: message)
        if !changes.contains(change) { changes.append(change) }
    }

    private mutating func compareDocuments() {
        if old.info.version != new.info.version {
            report(ContractRules.versionChanged, at: "$.info.version", "version \(old.info.version) → \(new.info.version)")
        }
        if old.servers.map(\.urlTemplate.absoluteString) != new.servers.map(\.urlTemplate.absoluteString) {
            report(ContractRules.serversChanged, at: "$.servers", "the servers list changed")
        }
        compareSecuritySchemes()
        let newPaths = Dictionary(new.paths.map { (Self.pathKey($0.key), $0) }, uniquingKeysWith: { first, _ in first })
        var matched = Set<String>()
        for (path, item) in old.paths {
            let at = "$.paths.\(path.rawValue)"
            guard let (newPath, newItem) = newPaths[Self.pathKey(path)] else {
                report(ContractRules.pathRemoved, at: at, "path \(path.rawValue) was removed")
                continue
            }
            matched.insert(Self.pathKey(path))
            guard let oldPathItem = oldResolver.resolve(item), let newPathItem = newResolver.resolve(newItem) else { continue }
            comparePathItems(oldPathItem, newPathItem, path: newPath, at: at)
        }
        for (path, _) in new.paths where !matched.contains(Self.pathKey(path)) {
            report(ContractRules.pathAdded, at: "$.paths.\(path.rawValue)", "path \(path.rawValue) was added")
        }
    }

    /// A path with its parameter names blanked, so `/orders/{id}` and `/orders/{orderId}` are one path.
    static func pathKey(_ path: OpenAPI.Path) -> String {
        "/" + path.components.map { $0.hasPrefix("{") && $0.hasSuffix("}") ? "{}" : $0 }.joined(separator: "/")
    }

    private mutating func comparePathItems(_ oldItem: OpenAPI.PathItem, _ newItem: OpenAPI.PathItem, path: OpenAPI.Path, at: String) {
        let newEndpoints = Dictionary(newItem.endpoints.map { ($0.method.rawValue, $0.operation) }, uniquingKeysWith: { first, _ in first })
        for endpoint in oldItem.endpoints {
            let method = endpoint.method.rawValue
            let operationAt = "\(at).\(method.lowercased())"
            let name = "\(method) \(path.rawValue)"
            guard let newOperation = newEndpoints[method] else {
                report(ContractRules.operationRemoved, at: operationAt, operation: name, "\(name) was removed")
                continue
            }
            compareOperations(
                endpoint.operation, newOperation,
                oldShared: oldItem.parameters, newShared: newItem.parameters, name: name, at: operationAt)
        }
        let oldMethods = Set(oldItem.endpoints.map(\.method.rawValue))
        for endpoint in newItem.endpoints where !oldMethods.contains(endpoint.method.rawValue) {
            let name = "\(endpoint.method.rawValue) \(path.rawValue)"
            report(ContractRules.operationAdded, at: "\(at).\(endpoint.method.rawValue.lowercased())", operation: name, "\(name) was added")
        }
    }

    private mutating func compareOperations(
        _ oldOperation: OpenAPI.Operation, _ newOperation: OpenAPI.Operation,
        oldShared: OpenAPI.Parameter.Array, newShared: OpenAPI.Parameter.Array, name: String, at: String
    ) {
        if !oldOperation.deprecated && newOperation.deprecated {
            report(ContractRules.operationDeprecated, at: "\(at).deprecated", operation: name, "\(name) is now deprecated")
        }
        if let oldId = oldOperation.operationId, let newId = newOperation.operationId, oldId != newId {
            report(ContractRules.operationIdChanged, at: "\(at).operationId", operation: name, "operationId \(oldId) → \(newId)")
        }
        compareParameters(
            effectiveParameters(oldShared, oldOperation.parameters, oldResolver),
            effectiveParameters(newShared, newOperation.parameters, newResolver), operation: name, at: at)
        compareRequestBodies(oldOperation.requestBody, newOperation.requestBody, operation: name, at: "\(at).requestBody")
        compareResponses(oldOperation.responses, newOperation.responses, operation: name, at: "\(at).responses")
        compareSecurity(oldOperation.security ?? old.security, newOperation.security ?? new.security, operation: name, at: "\(at).security")
    }

    // MARK: Parameters

    /// Path-level parameters overridden by operation-level ones, keyed by location and name
    /// (path parameters by position, since renaming `{id}` changes nothing for a caller).
    private func effectiveParameters(
        _ shared: OpenAPI.Parameter.Array, _ own: OpenAPI.Parameter.Array, _ resolver: SchemaResolver
    ) -> [(key: String, parameter: OpenAPI.Parameter)] {
        var result: [(key: String, parameter: OpenAPI.Parameter)] = []
        for item in shared + own {
            guard let parameter = resolver.resolve(item) else { continue }
            let key = "\(parameter.location.rawValue):\(parameter.name)"
            result.removeAll { $0.key == key }
            result.append((key, parameter))
        }
        var pathIndex = 0
        return result.map { entry in
            guard entry.parameter.location == .path else { return entry }
            defer { pathIndex += 1 }
            return ("path:#\(pathIndex)", entry.parameter)
        }
    }

    private mutating func compareParameters(
        _ oldParameters: [(key: String, parameter: OpenAPI.Parameter)],
        _ newParameters: [(key: String, parameter: OpenAPI.Parameter)], operation: String, at: String
    ) {
        for (key, oldParameter) in oldParameters {
            let label = "\(oldParameter.location.rawValue) parameter `\(oldParameter.name)`"
            let parameterAt = "\(at).parameters[\(oldParameter.location.rawValue):\(oldParameter.name)]"
            guard let newParameter = newParameters.first(where: { $0.key == key })?.parameter else {
                report(ContractRules.parameterRemoved, at: parameterAt, operation: operation, "\(operation): \(label) was removed")
                continue
            }
            if !oldParameter.required && newParameter.required {
                report(ContractRules.parameterBecameRequired, at: parameterAt, operation: operation, "\(operation): \(label) is now required")
            } else if oldParameter.required && !newParameter.required {
                report(ContractRules.parameterBecameOptional, at: parameterAt, operation: operation, "\(operation): \(label) is now optional")
            }
            if let oldStyle = oldParameter.schemaStyle, let newStyle = newParameter.schemaStyle,
                oldStyle != newStyle
                    || oldParameter.schemaOrContent.a?.explode != newParameter.schemaOrContent.a?.explode
            {
                report(ContractRules.parameterStyleChanged, at: parameterAt, operation: operation, "\(operation): \(label) is serialised differently")
            }
            if let oldSchema = parameterSchema(oldParameter, oldResolver), let newSchema = parameterSchema(newParameter, newResolver) {
                var walk = SchemaWalk(subject: .parameter, operation: operation, label: label, visited: [])
                walk.compare(oldSchema, newSchema, at: "\(parameterAt).schema", field: "", in: &self)
            }
        }
        for (key, newParameter) in newParameters where !oldParameters.contains(where: { $0.key == key }) {
            let label = "\(newParameter.location.rawValue) parameter `\(newParameter.name)`"
            let parameterAt = "\(at).parameters[\(newParameter.location.rawValue):\(newParameter.name)]"
            if newParameter.required {
                report(ContractRules.parameterAddedRequired, at: parameterAt, operation: operation, "\(operation): new required \(label)")
            } else {
                report(ContractRules.parameterAddedOptional, at: parameterAt, operation: operation, "\(operation): new optional \(label)")
            }
        }
    }

    private func parameterSchema(_ parameter: OpenAPI.Parameter, _ resolver: SchemaResolver) -> JSONSchema? {
        switch parameter.schemaOrContent {
        case .a(let context):
            switch context.schema {
            case .a(let reference): return try? resolver.components.lookup(reference)
            case .b(let schema): return schema
            }
        case .b(let content):
            return content.values.compactMap { resolver.resolve($0)?.schema }.first
        }
    }

    // MARK: Bodies

    private mutating func compareRequestBodies(
        _ oldBody: Either<OpenAPI.Reference<OpenAPI.Request>, OpenAPI.Request>?,
        _ newBody: Either<OpenAPI.Reference<OpenAPI.Request>, OpenAPI.Request>?, operation: String, at: String
    ) {
        let oldRequest = oldBody.flatMap { oldResolver.resolve($0) }
        let newRequest = newBody.flatMap { newResolver.resolve($0) }
        switch (oldRequest, newRequest) {
        case (nil, nil):
            return
        case (nil, let added?):
            if added.required {
                report(ContractRules.requestBodyAddedRequired, at: at, operation: operation, "\(operation) now requires a request body")
            }
        case (_?, nil):
            report(ContractRules.requestBodyRemoved, at: at, operation: operation, "\(operation) no longer takes a request body")
        case (let before?, let after?):
            if !before.required && after.required {
                report(ContractRules.requestBodyBecameRequired, at: at, operation: operation, "\(operation): the request body is now required")
            }
            for (type, item) in before.content {
                let contentAt = "\(at).content.\(type.rawValue)"
                guard let newItem = after.content[type] else {
                    report(ContractRules.requestMediaTypeRemoved, at: contentAt, operation: operation, "\(operation) no longer accepts \(type.rawValue)")
                    continue
                }
                if let oldSchema = oldResolver.resolve(item)?.schema, let newSchema = newResolver.resolve(newItem)?.schema {
                    var walk = SchemaWalk(subject: .request, operation: operation, label: "request body", visited: [])
                    walk.compare(oldSchema, newSchema, at: "\(contentAt).schema", field: "", in: &self)
                }
            }
            for type in after.content.keys where before.content[type] == nil {
                report(ContractRules.requestMediaTypeAdded, at: "\(at).content.\(type.rawValue)", operation: operation, "\(operation) also accepts \(type.rawValue)")
            }
        }
    }

    private mutating func compareResponses(_ oldResponses: OpenAPI.Response.Map, _ newResponses: OpenAPI.Response.Map, operation: String, at: String) {
        for (status, item) in oldResponses {
            let responseAt = "\(at).\(status.rawValue)"
            guard let newItem = newResponses[status] else {
                let success = status.rawValue.hasPrefix("2")
                report(
                    success ? ContractRules.responseStatusRemoved : ContractRules.responseErrorStatusRemoved,
                    at: responseAt, operation: operation, "\(operation) no longer answers \(status.rawValue)")
                continue
            }
            guard let before = oldResolver.resolve(item), let after = newResolver.resolve(newItem) else { continue }
            for (type, content) in before.content {
                let contentAt = "\(responseAt).content.\(type.rawValue)"
                guard let newContent = after.content[type] else {
                    report(ContractRules.responseMediaTypeRemoved, at: contentAt, operation: operation, "\(operation) \(status.rawValue) no longer returns \(type.rawValue)")
                    continue
                }
                if let oldSchema = oldResolver.resolve(content)?.schema, let newSchema = newResolver.resolve(newContent)?.schema {
                    var walk = SchemaWalk(subject: .response, operation: operation, label: "\(status.rawValue) response", visited: [])
                    walk.compare(oldSchema, newSchema, at: "\(contentAt).schema", field: "", in: &self)
                }
            }
            let oldHeaders = before.headers ?? [:]
            let newHeaders = after.headers ?? [:]
            for name in oldHeaders.keys where newHeaders[name] == nil {
                report(ContractRules.responseHeaderRemoved, at: "\(responseAt).headers.\(name)", operation: operation, "\(operation) \(status.rawValue) no longer sends header \(name)")
            }
            for name in newHeaders.keys where oldHeaders[name] == nil {
                report(ContractRules.responseHeaderAdded, at: "\(responseAt).headers.\(name)", operation: operation, "\(operation) \(status.rawValue) sends a new header \(name)")
            }
        }
        for status in newResponses.keys where oldResponses[status] == nil {
            report(ContractRules.responseStatusAdded, at: "\(at).\(status.rawValue)", operation: operation, "\(operation) may answer \(status.rawValue)")
        }
    }

    // MARK: Security

    private mutating func compareSecurity(
        _ oldRequirements: [OpenAPI.SecurityRequirement], _ newRequirements: [OpenAPI.SecurityRequirement], operation: String, at: String
    ) {
        let before = Self.describe(oldRequirements)
        let after = Self.describe(newRequirements)
        guard before != after else { return }
        // An empty requirement object (`{}`) means anonymous access is one of the options.
        let oldAnonymous = before.isEmpty || before.contains("")
        let newAnonymous = after.isEmpty || after.contains("")
        if oldAnonymous && !newAnonymous {
            report(ContractRules.securityAdded, at: at, operation: operation, "\(operation) now requires credentials (\(after.sorted().joined(separator: " or ")))")
        } else if !oldAnonymous && newAnonymous {
            report(ContractRules.securityRemoved, at: at, operation: operation, "\(operation) no longer requires credentials")
        } else if !before.isSubset(of: after) {
            report(
                ContractRules.securityChanged, at: at, operation: operation, "\(operation) requires \(after.sorted().joined(separator: " or ")) instead of \(before.sorted().joined(separator: " or "))"
            )
        }
    }

    /// Each alternative requirement as text: scheme names with their scopes, sorted.
    private static func describe(_ requirements: [OpenAPI.SecurityRequirement]) -> Set<String> {
        Set(
            requirements.map { requirement in
                requirement.map { "\($0.key.name ?? $0.key.absoluteString)[\($0.value.sorted().joined(separator: ","))]" }.sorted().joined(separator: "+")
            })
    }

    private mutating func compareSecuritySchemes() {
        for (name, item) in old.components.securitySchemes {
            let at = "$.components.securitySchemes.\(name.rawValue)"
            guard let newItem = new.components.securitySchemes[name] else {
                report(ContractRules.securitySchemeRemoved, at: at, "security scheme \(name.rawValue) was removed")
                continue
            }
            if let before = oldResolver.resolve(item), let after = newResolver.resolve(newItem), before.type != after.type {
                report(ContractRules.securitySchemeChanged, at: at, "security scheme \(name.rawValue) changed")
            }
        }
    }
}
