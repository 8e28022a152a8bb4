import OpenAPIKit

/// Builds the language-neutral `ClientAPI` from a contract: names every type, turns inline objects,
/// enums and unions into named types, and describes each operation.
package struct ClientAPIBuilder {
    let document: OpenAPI.Document
    let resolver: SchemaResolver
    let file: String
    /// Component schema name → client type name.
    private var componentNames: [String: String] = [:]
    private var types: [ClientType] = []
    private var usedNames: Set<String> = []
    /// Constructs that were carried over loosely (as `any`), with their JSON path.
    package private(set) var warnings: [String] = []

    /// The client API of `contract`; throws for constructs no client could call correctly.
    package static func build(_ contract: Contract) throws(ContractError) -> (api: ClientAPI, warnings: [String]) {
        var builder = ClientAPIBuilder(contract)
        let api = try builder.build()
        return (api, builder.warnings)
    }

    init(_ contract: Contract) {
        document = contract.document
        resolver = SchemaResolver(contract.document)
        file = contract.file
    }

    mutating func build() throws(ContractError) -> ClientAPI {
        for name in document.components.schemas.keys {
            componentNames[name.rawValue] = unique(IdentifierWords.pascal(name.rawValue))
        }
        for (name, schema) in document.components.schemas {
            let typeName = componentNames[name.rawValue]!
            let kind = typeKind(schema, context: typeName, at: "$.components.schemas.\(name.rawValue)")
            types.append(ClientType(name: typeName, originalName: name.rawValue, description: schema.description, kind: kind))
        }
        var operations: [ClientOperation] = []
        var operationNames = Set<String>()
        for (path, item) in document.paths {
            guard let pathItem = resolver.resolve(item) else { continue }
            for endpoint in pathItem.endpoints {
                let at = "$.paths.\(path.rawValue).\(endpoint.method.rawValue.lowercased())"
                guard var operation = try operation(endpoint, pathItem: pathItem, path: path, at: at) else { continue }
                var name = operation.name
                var suffix = 2
                while !operationNames.insert(name).inserted { name = "\(operation.name)\(suffix)"; suffix += 1 }
                operation.name = name
                operations.append(operation)
            }
        }
        return ClientAPI(
            title: document.info.title, version: document.info.version, types: types, operations: operations,
            authentication: authentication())
    }

    // MARK: Types

    private mutating func unique(_ name: String) -> String {
        var candidate = name
        var suffix = 2
        while !usedNames.insert(candidate).inserted { candidate = "\(name)\(suffix)"; suffix += 1 }
        return candidate
    }

    /// The named type's kind for a top-level schema.
    private mutating func typeKind(_ schema: JSONSchema, context: String, at path: String) -> ClientType.Kind {
        if case .reference = schema.value { return .alias(typeRef(schema, context: context, at: path)) }
        let shape = SchemaShape(schema, resolver: resolver)
        if let variants = shape.variants {
            let refs = variants.enumerated().map { index, variant in
                typeRef(variant, context: context + "Variant\(index + 1)", at: "\(path).oneOf[\(index)]")
            }
            return .union(variants: refs, discriminator: discriminator(schema, shape: shape, variants: refs))
        }
        if shape.types == ["object"] || !shape.properties.isEmpty {
            return .object(properties(shape, context: context, at: path))
        }
        if shape.types == ["string"], let values = enumStrings(schema) {
            return .enumeration(values)
        }
        return .alias(typeRef(schema, context: context, at: path))
    }

    private mutating func properties(_ shape: SchemaShape, context: String, at path: String) -> [ClientProperty] {
        shape.properties.map { name, schema in
            let propertyShape = SchemaShape(schema, resolver: resolver)
            return ClientProperty(
                jsonName: name,
                type: typeRef(schema, context: context + IdentifierWords.pascal(name), at: "\(path).properties.\(name)"),
                required: shape.required.contains(name), readOnly: propertyShape.readOnly, writeOnly: propertyShape.writeOnly,
                description: schema.description)
        }
    }

    private func enumStrings(_ schema: JSONSchema) -> [String]? {
        guard let values = resolver.resolve(schema)?.schema.allowedValues, !values.isEmpty else { return nil }
        let strings = values.compactMap { $0.value as? String }
        return strings.count == values.count ? strings : nil
    }

    private func discriminator(_ schema: JSONSchema, shape: SchemaShape, variants: [ClientTypeRef]) -> ClientDiscriminator? {
        guard let property = shape.discriminator else { return nil }
        let explicit = resolver.resolve(schema)?.schema.discriminator?.mapping
        var mapping: [(value: String, type: String)] = []
        if let explicit {
            for (value, target) in explicit {
                let componentName = target.split(separator: "/").last.map(String.init) ?? target
                if let typeName = componentNames[componentName] { mapping.append((value, typeName)) }
            }
        }
        // Without a mapping, the tag is the component's name (OpenAPI's implicit mapping).
        for variant in variants {
            guard case .named(let typeName) = variant, !mapping.contains(where: { $0.type == typeName }) else { continue }
            let original = componentNames.first { $0.value == typeName }?.key ?? typeName
            mapping.append((original, typeName))
        }
        return ClientDiscriminator(property: property, mapping: mapping)
    }

    /// The reference to a schema's type, naming inline objects, enums and unions after `context`.
    mutating func typeRef(_ schema: JSONSchema, context: String, at path: String) -> ClientTypeRef {
        if case .reference(let reference, _) = schema.value {
            guard let name = reference.name, let typeName = componentNames[name] else {
                warnings.append("\(path): reference \(reference.absoluteString) is not a component schema; typed as any")
                return .any
            }
            return schema.nullable ? .nullable(.named(typeName)) : .named(typeName)
        }
        let shape = SchemaShape(schema, resolver: resolver)
        let base = baseRef(schema, shape: shape, context: context, at: path)
        return shape.nullable && base != .any ? .nullable(base) : base
    }

    private mutating func baseRef(_ schema: JSONSchema, shape: SchemaShape, context: String, at path: String) -> ClientTypeRef {
        // A single-alternative oneOf or an allOf of one reference is that reference.
        if case .all(let parts, _) = schema.value, parts.count == 1 { return typeRef(parts[0], context: context, at: path).nonNull }
        if shape.variants != nil || (shape.types == ["object"] && !shape.properties.isEmpty) || (shape.types == ["string"] && enumStrings(schema) != nil) {
            let name = unique(context)
            types.append(ClientType(name: name, originalName: context, description: schema.description, kind: .object([])))
            let kind = typeKind(schema, context: name, at: path)
            if let index = types.firstIndex(where: { $0.name == name }) { types[index].kind = kind }
            return .named(name)
        }
        switch shape.types {
        case ["string"]: return .string(format: shape.format)
        case ["integer"]: return .integer(format: shape.format)
        case ["number"]: return .number(format: shape.format)
        case ["boolean"]: return .boolean
        case ["array"]:
            guard let items = shape.items else { return .array(.any) }
            return .array(typeRef(items, context: context + "Item", at: "\(path).items"))
        case ["object"]:
            if case .object(_, let object) = resolver.resolve(schema)?.schema.value, case .b(let values) = object.additionalProperties {
                return .map(typeRef(values, context: context + "Value", at: "\(path).additionalProperties"))
            }
            return .map(.any)
        case []:
            return .any
        default:
            warnings.append("\(path): a value of several types (\(shape.types.sorted().joined(separator: ", "))) is typed as any")
            return .any
        }
    }

    // MARK: Operations

    private mutating func operation(
        _ endpoint: OpenAPI.PathItem.Endpoint, pathItem: OpenAPI.PathItem, path: OpenAPI.Path, at: String
    ) throws(ContractError) -> ClientOperation? {
        let operation = endpoint.operation
        let method = endpoint.method.rawValue.uppercased()
        let name =
            operation.operationId.map(IdentifierWords.camel)
            ?? IdentifierWords.camel(method.lowercased() + " " + path.components.map { $0.hasPrefix("{") ? "by " + $0.dropFirst().dropLast() : $0 }.joined(separator: " "))
        let context = IdentifierWords.pascal(name)
        var parameters: [ClientParameter] = []
        for (index, item) in (pathItem.parameters + operation.parameters).enumerated() {
            guard let parameter = resolver.resolve(item) else { continue }
            let parameterAt = "\(at).parameters[\(index)]"
            let location: ClientParameter.Location
            switch parameter.location {
            case .path: location = .path
            case .query: location = .query
            case .header: location = .header
            default:
                throw ContractError(.invalid, file: file, path: parameterAt, "\(parameter.location.rawValue) parameter `\(parameter.name)` is not supported by the generated clients")
            }
            var schema: JSONSchema = .string
            if case .a(let context) = parameter.schemaOrContent {
                switch context.schema {
                case .a(let reference): schema = (try? resolver.components.lookup(reference)) ?? .string
                case .b(let inline): schema = inline
                }
            }
            let entry = ClientParameter(
                wireName: parameter.name, name: IdentifierWords.camel(parameter.name), location: location,
                type: typeRef(schema, context: context + IdentifierWords.pascal(parameter.name), at: "\(parameterAt).schema"),
                required: parameter.required || location == .path, description: parameter.description)
            parameters.removeAll { $0.wireName == entry.wireName && $0.location == entry.location }
            parameters.append(entry)
        }
        var body: ClientBody?
        if let requestItem = operation.requestBody, let request = resolver.resolve(requestItem) {
            guard let (mediaType, content) = jsonContent(request.content) else {
                warnings.append("\(at).requestBody: only \(request.content.keys.map(\.rawValue).joined(separator: ", ")) bodies; \(method) \(path.rawValue) is left out of the client")
                return nil
            }
            let type = content.schema.map { typeRef($0, context: context + "Request", at: "\(at).requestBody.content.\(mediaType).schema") } ?? .any
            body = ClientBody(type: type, required: request.required, mediaType: mediaType)
        }
        var result: ClientTypeRef?
        var successStatuses: [Int] = []
        for (status, item) in operation.responses {
            guard let code = Int(status.rawValue), (200..<300).contains(code) else { continue }
            successStatuses.append(code)
            guard result == nil, let response = resolver.resolve(item), let (mediaType, content) = jsonContent(response.content), let schema = content.schema else { continue }
            result = typeRef(schema, context: context + "Response", at: "\(at).responses.\(status.rawValue).content.\(mediaType).schema")
        }
        let security = operation.security ?? document.security
        return ClientOperation(
            name: name, method: method, path: path.rawValue, summary: operation.summary, parameters: parameters, body: body,
            result: result, successStatuses: successStatuses.isEmpty ? [200] : successStatuses,
            idempotent: ["GET", "HEAD", "PUT", "DELETE", "OPTIONS"].contains(method),
            authenticated: !security.isEmpty && !security.contains { $0.isEmpty },
            pagination: pagination(result: result, parameters: parameters), deprecated: operation.deprecated)
    }

    private func jsonContent(_ content: OpenAPI.Content.Map) -> (String, OpenAPI.Content)? {
        for (type, item) in content {
            let raw = type.rawValue.lowercased()
            guard raw == "application/json" || raw.hasSuffix("+json"), let resolved = resolver.resolve(item) else { continue }
            return (type.rawValue, resolved)
        }
        return nil
    }

    /// A result object with an array of items and a cursor property (or an `offset` parameter) is a page.
    private func pagination(result: ClientTypeRef?, parameters: [ClientParameter]) -> ClientPagination? {
        guard case .named(let name)? = result?.nonNull,
            case .object(let properties)? = types.first(where: { $0.name == name })?.kind
        else { return nil }
        guard let items = properties.first(where: { ["items", "data", "results"].contains($0.jsonName) }),
            case .array(let itemType) = items.type.nonNull
        else { return nil }
        let queryNames = Set(parameters.filter { $0.location == .query }.map(\.wireName))
        if let next = properties.first(where: { ["next_cursor", "nextCursor", "next"].contains($0.jsonName) }), queryNames.contains("cursor") {
            return ClientPagination(style: .cursor, itemsProperty: items.jsonName, itemType: itemType, nextCursorProperty: next.jsonName, requestParameter: "cursor")
        }
        if queryNames.contains("offset") {
            return ClientPagination(style: .offset, itemsProperty: items.jsonName, itemType: itemType, nextCursorProperty: nil, requestParameter: "offset")
        }
        return nil
    }

    private func authentication() -> [ClientAuthentication] {
        document.components.securitySchemes.compactMap { name, item in
            guard let scheme = resolver.resolve(item) else { return nil }
            switch scheme.type {
            case .http(let httpScheme, _) where httpScheme.lowercased() == "bearer": return .bearer(scheme: name.rawValue)
            case .oauth2, .openIdConnect: return .bearer(scheme: name.rawValue)
            case .apiKey(let header, let location) where location == .header: return .apiKeyHeader(scheme: name.rawValue, header: header)
            default: return nil
            }
        }
    }
}
