/// `operations.go`: a params struct per operation with query or header parameters, one method per
/// operation, and an `…All` method per paged list.
package enum GoOperations {
    static func source(_ api: ClientAPI, package: String) -> String {
        var body = ""
        for operation in api.operations {
            body += params(operation)
            body += method(operation, api)
            if let page = operation.pagination { body += all(operation, page, api) }
        }
        var imports = ["context", "net/http"]
        if body.contains("url.") { imports.append("net/url") }
        if body.contains("time.") { imports.append("time") }
        return GoClientEmitter.header(api) + "\npackage \(package)\n" + GoModels.importBlock(imports) + body
    }

    static func name(_ operation: ClientOperation) -> String { GoSyntax.exported(operation.name) }

    package static func paramsName(_ operation: ClientOperation) -> String { name(operation) + "Params" }

    package static func fieldName(_ parameter: ClientParameter) -> String { GoSyntax.exported(parameter.wireName) }

    package static func hasParams(_ operation: ClientOperation) -> Bool { operation.parameters.contains { $0.location != .path } }

    /// Required parameters are values; optional ones pointers (nil: not sent).
    static func params(_ operation: ClientOperation) -> String {
        guard hasParams(operation) else { return "" }
        var used = Set<String>()
        let rows = operation.parameters.filter { $0.location != .path }.map { parameter -> [String] in
            var field = fieldName(parameter)
            while !used.insert(field).inserted { field += "_" }
            return [field, GoClientEmitter.goType(parameter.type, optional: !parameter.required)]
        }
        return "\n// \(paramsName(operation)) holds the query and header parameters of \(name(operation)).\n"
            + "type \(paramsName(operation)) struct {\n" + GoSyntax.aligned(rows) + "}\n"
    }

    static func resultType(_ type: ClientTypeRef) -> (declaration: String, pointer: Bool) {
        if case .named(let name) = type.nonNull { return ("*" + name, true) }
        return (GoClientEmitter.goType(type.nonNull), false)
    }

    static func method(_ operation: ClientOperation, _ api: ClientAPI) -> String {
        var arguments = ["ctx context.Context"]
        for parameter in operation.parameters where parameter.location == .path {
            arguments.append("\(GoSyntax.unexported(parameter.wireName)) \(GoClientEmitter.goType(parameter.type.nonNull))")
        }
        if let body = operation.body {
            arguments.append("body \(body.required ? "" : "*")\(GoClientEmitter.goType(body.type.nonNull))")
        }
        if hasParams(operation) { arguments.append("params \(paramsName(operation))") }
        let result = operation.result.map(resultType)
        let returns = result.map { "(\($0.declaration), error)" } ?? "error"
        let summary = GoSyntax.comment(operation.summary ?? "calls \(operation.method) \(operation.path).")
        var out = "\n// \(name(operation)) \(summary.prefix(1).lowercased() + summary.dropFirst())\n"
        if operation.deprecated { out += "//\n// Deprecated: the contract marks this operation deprecated.\n" }
        out += "func (c *Client) \(name(operation))(\(arguments.joined(separator: ", "))) \(returns) {\n"
        var path = "\"" + operation.path + "\""
        for parameter in operation.parameters where parameter.location == .path {
            path = path.replacingOccurrences(of: "{\(parameter.wireName)}", with: "\"+url.PathEscape(formatValue(\(GoSyntax.unexported(parameter.wireName))))+\"")
        }
        // gofmt writes `a+b` without spaces inside call arguments.
        path = path.replacingOccurrences(of: "+\"\"", with: "")
        let query = operation.parameters.filter { $0.location == .query }
        let headers = operation.parameters.filter { $0.location == .header }
        if !query.isEmpty {
            out += "\tquery := url.Values{}\n"
            for parameter in query {
                out +=
                    parameter.required
                    ? "\tquery.Add(\(GoSyntax.literal(parameter.wireName)), formatValue(params.\(fieldName(parameter))))\n"
                    : "\taddQuery(query, \(GoSyntax.literal(parameter.wireName)), params.\(fieldName(parameter)))\n"
            }
        }
        if !headers.isEmpty {
            out += "\theader := http.Header{}\n"
            for parameter in headers {
                out +=
                    parameter.required
                    ? "\theader.Set(\(GoSyntax.literal(parameter.wireName)), formatValue(params.\(fieldName(parameter))))\n"
                    : "\taddHeader(header, \(GoSyntax.literal(parameter.wireName)), params.\(fieldName(parameter)))\n"
            }
        }
        var payload = "nil"
        if let body = operation.body {
            if body.required {
                payload = "body"
            } else {
                out += "\tvar payload any\n\tif body != nil {\n\t\tpayload = body\n\t}\n"
                payload = "payload"
            }
        }
        let call =
            "c.do(ctx, \(method(operation.method)), \(path), \(query.isEmpty ? "nil" : "query"), \(headers.isEmpty ? "nil" : "header"), \(payload), \(result == nil ? "nil" : "&result"), \(operation.authenticated))"
        if let result {
            let valueType = result.pointer ? String(result.declaration.dropFirst()) : result.declaration
            out += "\tvar result \(valueType)\n"
            out += "\tif err := \(call); err != nil {\n\t\treturn \(result.pointer ? "nil" : zero(valueType)), err\n\t}\n"
            out += "\treturn \(result.pointer ? "&result" : "result"), nil\n}\n"
        } else {
            out += "\treturn \(call)\n}\n"
        }
        return out
    }

    static func zero(_ type: String) -> String {
        switch type {
        case "string": "\"\""
        case "bool": "false"
        case "int32", "int64", "float32", "float64": "0"
        default: type.hasPrefix("[]") || type.hasPrefix("map[") || type == "any" ? "nil" : "\(type){}"
        }
    }

    static func method(_ method: String) -> String {
        switch method {
        case "GET": "http.MethodGet"
        case "POST": "http.MethodPost"
        case "PUT": "http.MethodPut"
        case "PATCH": "http.MethodPatch"
        case "DELETE": "http.MethodDelete"
        case "HEAD": "http.MethodHead"
        case "OPTIONS": "http.MethodOptions"
        default: GoSyntax.literal(method)
        }
    }

    /// The page type's property (field name and whether it is a pointer), when the page declares it.
    static func pageField(_ api: ClientAPI, _ operation: ClientOperation, _ json: String) -> (name: String, pointer: Bool, type: ClientTypeRef)? {
        guard case .named(let pageName)? = operation.result?.nonNull,
            case .object(let properties)? = api.types.first(where: { $0.name == pageName })?.kind,
            let property = properties.first(where: { $0.jsonName == json })
        else { return nil }
        let goType = GoClientEmitter.goType(property.type, optional: !property.required && GoModels.isPointerable(property.type))
        return (GoSyntax.exported(json), goType.hasPrefix("*"), property.type)
    }

    static func all(_ operation: ClientOperation, _ page: ClientPagination, _ api: ClientAPI) -> String {
        guard let position = operation.parameters.first(where: { $0.wireName == page.requestParameter && $0.location == .query }),
            let items = pageField(api, operation, page.itemsProperty)
        else { return "" }
        var arguments = ["ctx context.Context"]
        var passed = ["ctx"]
        for parameter in operation.parameters where parameter.location == .path {
            arguments.append("\(GoSyntax.unexported(parameter.wireName)) \(GoClientEmitter.goType(parameter.type.nonNull))")
            passed.append(GoSyntax.unexported(parameter.wireName))
        }
        arguments.append("params \(paramsName(operation))")
        passed.append("params")
        let itemType = GoClientEmitter.goType(page.itemType)
        arguments.append("fn func(\(itemType)) error")
        var out = "\n// \(name(operation))All calls fn for every item of every page of \(name(operation)), stopping at the first error.\n"
        out += "func (c *Client) \(name(operation))All(\(arguments.joined(separator: ", "))) error {\n"
        if page.style == .offset { out += "\tvar seen int64\n" }
        out += "\tfor {\n\t\tpage, err := c.\(name(operation))(\(passed.joined(separator: ", ")))\n\t\tif err != nil {\n\t\t\treturn err\n\t\t}\n"
        out += "\t\tfor _, item := range page.\(items.name) {\n\t\t\tif err := fn(item); err != nil {\n\t\t\t\treturn err\n\t\t\t}\n\t\t}\n"
        let positionField = fieldName(position)
        switch page.style {
        case .cursor:
            guard let next = pageField(api, operation, page.nextCursorProperty ?? "next_cursor") else { return "" }
            if next.pointer {
                out += "\t\tif page.\(next.name) == nil || *page.\(next.name) == \"\" {\n\t\t\treturn nil\n\t\t}\n"
                out += "\t\tcursor := *page.\(next.name)\n"
            } else {
                out += "\t\tif page.\(next.name) == \"\" {\n\t\t\treturn nil\n\t\t}\n\t\tcursor := page.\(next.name)\n"
            }
            out += position.required ? "\t\tparams.\(positionField) = cursor\n" : "\t\tparams.\(positionField) = &cursor\n"
        case .offset:
            out += "\t\tseen += int64(len(page.\(items.name)))\n\t\tif len(page.\(items.name)) == 0 {\n\t\t\treturn nil\n\t\t}\n"
            if let total = pageField(api, operation, "total") {
                out +=
                    total.pointer
                    ? "\t\tif page.\(total.name) != nil && seen >= int64(*page.\(total.name)) {\n\t\t\treturn nil\n\t\t}\n"
                    : "\t\tif seen >= int64(page.\(total.name)) {\n\t\t\treturn nil\n\t\t}\n"
            }
            let offsetType = GoClientEmitter.goType(position.type.nonNull)
            out += "\t\toffset := \(offsetType)(seen)\n"
            out += position.required ? "\t\tparams.\(positionField) = offset\n" : "\t\tparams.\(positionField) = &offset\n"
        }
        out += "\t}\n}\n"
        return out
    }
}
