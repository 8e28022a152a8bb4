/// The `Client` class: one method per operation, and an `iter_…` generator per paged list.
enum PythonOperations {
    static func source(_ api: ClientAPI) -> String {
        var out = "\n\nclass Client(BaseClient):\n    \"\"\"The \(PythonModels.docstring(api.title)) API.\"\"\"\n"
        for operation in api.operations {
            out += method(operation, api)
            if let page = operation.pagination { out += iterator(operation, page, api) }
        }
        if api.operations.isEmpty { out += "\n    pass\n" }
        return out
    }

    static func name(_ operation: ClientOperation) -> String { PythonClientEmitter.identifier(operation.name) }

    static func argumentName(_ parameter: ClientParameter) -> String { PythonClientEmitter.identifier(parameter.wireName) }

    /// `(self, id: str, body: models.X, *, status: … = None)`, skipping `omit` (the page position for iterators).
    static func arguments(_ operation: ClientOperation, omit: String? = nil, withBody: Bool = true) -> String {
        var parts = ["self"]
        for parameter in operation.parameters where parameter.location == .path {
            parts.append("\(argumentName(parameter)): \(PythonClientEmitter.annotation(parameter.type, qualified: true))")
        }
        if withBody, let body = operation.body {
            let annotation = PythonClientEmitter.annotation(body.type, qualified: true)
            parts.append(body.required ? "body: \(annotation)" : "body: \(annotation) | None = None")
        }
        let keywords = operation.parameters.filter { $0.location != .path && $0.wireName != omit }
        if !keywords.isEmpty {
            parts.append("*")
            for parameter in keywords.sorted(by: { $0.required && !$1.required }) {
                let annotation = PythonClientEmitter.annotation(parameter.type, qualified: true)
                parts.append(parameter.required ? "\(argumentName(parameter)): \(annotation)" : "\(argumentName(parameter)): \(annotation) | None = None")
            }
        }
        return parts.joined(separator: ", ")
    }

    static func method(_ operation: ClientOperation, _ api: ClientAPI) -> String {
        let result = operation.result.map { PythonClientEmitter.annotation($0, qualified: true) } ?? "None"
        var out = "\n    def \(name(operation))(\(arguments(operation))) -> \(result):\n"
        out += "        \"\"\"\(PythonModels.docstring(operation.summary ?? "\(operation.method) \(operation.path)"))\"\"\"\n"
        var path = operation.path
        for parameter in operation.parameters where parameter.location == .path {
            path = path.replacingOccurrences(of: "{\(parameter.wireName)}", with: "{_path(\(argumentName(parameter)))}")
        }
        path = path.replacingOccurrences(of: "\"", with: "\\\"")
        let pathLiteral = path.contains("{_path(") ? "f\"\(path)\"" : "\"\(path)\""
        var call = "self._request(\n            \"\(operation.method)\",\n            \(pathLiteral),\n"
        let query = operation.parameters.filter { $0.location == .query }
        if !query.isEmpty {
            call += "            query={\(query.map { "\(PythonClientEmitter.literal($0.wireName)): \(argumentName($0))" }.joined(separator: ", "))},\n"
        }
        let headers = operation.parameters.filter { $0.location == .header }
        if !headers.isEmpty {
            call += "            headers={\(headers.map { "\(PythonClientEmitter.literal($0.wireName)): \(argumentName($0))" }.joined(separator: ", "))},\n"
        }
        if let body = operation.body {
            call += body.required ? "            body=body,\n            has_body=True,\n" : "            body=body,\n            has_body=body is not None,\n"
        }
        call += "            authenticated=\(operation.authenticated ? "True" : "False"),\n        )"
        if let resultType = operation.result {
            out += "        data = \(call)\n"
            out += "        return \(PythonClientEmitter.decode(resultType, "data", api: api, qualified: true))\n"
        } else {
            out += "        \(call)\n"
        }
        return out
    }

    static func iterator(_ operation: ClientOperation, _ page: ClientPagination, _ api: ClientAPI) -> String {
        let itemType = PythonClientEmitter.annotation(page.itemType, qualified: true)
        var out = "\n    def iter_\(name(operation))(\(arguments(operation, omit: page.requestParameter))) -> Iterator[\(itemType)]:\n"
        out += "        \"\"\"Every item of every page of `\(name(operation))`.\"\"\"\n"
        let passed = operation.parameters.filter { $0.wireName != page.requestParameter }.map { parameter in
            parameter.location == .path ? argumentName(parameter) : "\(argumentName(parameter))=\(argumentName(parameter))"
        }
        let positionArgument = "\(PythonClientEmitter.identifier(page.requestParameter))=position"
        let call = "self.\(name(operation))(\((passed + [positionArgument]).joined(separator: ", ")))"
        let items = PythonClientEmitter.identifier(page.itemsProperty)
        switch page.style {
        case .cursor:
            out += "        position: str | None = None\n        while True:\n            page = \(call)\n"
            out += "            yield from page.\(items) or []\n"
            out += "            position = page.\(PythonClientEmitter.identifier(page.nextCursorProperty ?? "next_cursor"))\n"
            out += "            if not position:\n                return\n"
        case .offset:
            out += "        position = 0\n        while True:\n            page = \(call)\n"
            out += "            items = page.\(items) or []\n            yield from items\n            position += len(items)\n"
            out += "            total = getattr(page, \"total\", None)\n"
            out += "            if not items or (isinstance(total, int) and position >= total):\n                return\n"
        }
        return out
    }
}
