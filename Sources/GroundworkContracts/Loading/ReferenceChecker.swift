import OpenAPIKit

/// Refuses a document with a `$ref` that points nowhere, naming where the reference is.
struct ReferenceChecker {
    let document: OpenAPI.Document
    let file: String

    func check() throws(ContractError) {
        let resolver = SchemaResolver(document)
        for (name, schema) in document.components.schemas {
            try checkSchema(schema, at: "$.components.schemas.\(name.rawValue)", resolver, visited: [])
        }
        for (path, item) in document.paths {
            let base = "$.paths.\(path.rawValue)"
            guard let pathItem = resolver.resolve(item) else { throw dangling(base) }
            for (index, parameter) in pathItem.parameters.enumerated() {
                try checkParameter(parameter, at: "\(base).parameters[\(index)]", resolver)
            }
            for endpoint in pathItem.endpoints {
                let at = "\(base).\(endpoint.method.rawValue.lowercased())"
                for (index, parameter) in endpoint.operation.parameters.enumerated() {
                    try checkParameter(parameter, at: "\(at).parameters[\(index)]", resolver)
                }
                if let body = endpoint.operation.requestBody {
                    guard let request = resolver.resolve(body) else { throw dangling("\(at).requestBody") }
                    try checkContent(request.content, at: "\(at).requestBody.content", resolver)
                }
                for (status, response) in endpoint.operation.responses {
                    let responseAt = "\(at).responses.\(status.rawValue)"
                    guard let resolved = resolver.resolve(response) else { throw dangling(responseAt) }
                    try checkContent(resolved.content, at: "\(responseAt).content", resolver)
                }
            }
        }
    }

    private func checkParameter(
        _ parameter: Either<OpenAPI.Reference<OpenAPI.Parameter>, OpenAPI.Parameter>, at path: String, _ resolver: SchemaResolver
    ) throws(ContractError) {
        guard let resolved = resolver.resolve(parameter) else { throw dangling(path) }
        switch resolved.schemaOrContent {
        case .a(let context):
            switch context.schema {
            case .a(let reference):
                guard (try? document.components.lookup(reference)) != nil else { throw dangling("\(path).schema") }
            case .b(let schema):
                try checkSchema(schema, at: "\(path).schema", resolver, visited: [])
            }
        case .b(let content):
            try checkContent(content, at: "\(path).content", resolver)
        }
    }

    private func checkContent(_ content: OpenAPI.Content.Map, at path: String, _ resolver: SchemaResolver) throws(ContractError) {
        for (type, item) in content {
            guard let resolved = resolver.resolve(item) else { throw dangling("\(path).\(type.rawValue)") }
            if let schema = resolved.schema {
                try checkSchema(schema, at: "\(path).\(type.rawValue).schema", resolver, visited: [])
            }
        }
    }

    private func checkSchema(_ schema: JSONSchema, at path: String, _ resolver: SchemaResolver, visited: Set<String>) throws(ContractError) {
        if case .reference(let reference, _) = schema.value {
            // Recursive schemas are legal: stop at a reference already being followed.
            guard !visited.contains(reference.absoluteString) else { return }
            guard reference.absoluteString.hasPrefix("#") else {
                throw ContractError(.invalid, file: file, path: path, "external reference \(reference.absoluteString) is not supported; bundle the contract into one file first")
            }
            guard let target = resolver.resolve(schema) else {
                throw ContractError(.danglingReference, file: file, path: path, "$ref \(reference.absoluteString) points to nothing in components")
            }
            var next = visited
            next.insert(reference.absoluteString)
            try checkSchema(target.schema, at: path, resolver, visited: next)
            return
        }
        switch schema.value {
        case .array(_, let array):
            if let items = array.items { try checkSchema(items, at: "\(path).items", resolver, visited: visited) }
        case .all(let parts, _), .one(let parts, _), .any(let parts, _):
            let keyword = if case .all = schema.value { "allOf" } else if case .one = schema.value { "oneOf" } else { "anyOf" }
            for (index, part) in parts.enumerated() {
                try checkSchema(part, at: "\(path).\(keyword)[\(index)]", resolver, visited: visited)
            }
        case .not(let negated, _):
            try checkSchema(negated, at: "\(path).not", resolver, visited: visited)
        default:
            break
        }
        if let object = schema.objectContext {
            for (name, property) in object.properties {
                try checkSchema(property, at: "\(path).properties.\(name)", resolver, visited: visited)
            }
            if case .b(let additional) = object.additionalProperties {
                try checkSchema(additional, at: "\(path).additionalProperties", resolver, visited: visited)
            }
        }
    }

    private func dangling(_ path: String) -> ContractError {
        ContractError(.danglingReference, file: file, path: path, "$ref points to nothing in components")
    }
}
