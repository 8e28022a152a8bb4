/// The JSON Schema (2020-12, as OpenAPI 3.1 uses it) of a field's value in the service contract
/// (docs/model.md, "JSON"): one definition shared by the template facts and the OpenAPI document.
extension Field {
    /// The schema of a non-null value.
    package var jsonSchema: JSONNode {
        var schema: [String: JSONNode] = [:]
        switch type {
        case .string, .text:
            schema["type"] = .string("string")
            if let minLength { schema["minLength"] = .int(minLength) }
            if let maxLength { schema["maxLength"] = .int(maxLength) } else if type == .string { schema["maxLength"] = .int(255) }
            if let pattern { schema["pattern"] = .string(PostgresDDLWriter.anchoredPattern(pattern)) }
        case .int, .bigint:
            schema["type"] = .string("integer")
            schema["format"] = .string(type == .int ? "int32" : "int64")
            if let minimum { schema["minimum"] = .double(minimum) }
            if let maximum { schema["maximum"] = .double(maximum) }
        case .decimal(let precision, let scale):
            // Exact digits travel as a string; the pattern bounds the digits like numeric(p,s) does,
            // and forbids a sign when the minimum is not negative.
            schema["type"] = .string("string")
            schema["format"] = .string("decimal")
            let sign = (minimum ?? -1) >= 0 ? "" : "-?"
            let integerDigits = max(precision - scale, 1)
            let fraction = scale > 0 ? "(\\.[0-9]{1,\(scale)})?" : ""
            schema["pattern"] = .string("^\(sign)[0-9]{1,\(integerDigits)}\(fraction)$")
        case .bool:
            schema["type"] = .string("boolean")
        case .date:
            schema["type"] = .string("string")
            schema["format"] = .string("date")
        case .datetime:
            schema["type"] = .string("string")
            schema["format"] = .string("date-time")
        case .uuid:
            schema["type"] = .string("string")
            schema["format"] = .string("uuid")
        case .enumeration(let values):
            schema["type"] = .string("string")
            schema["enum"] = .array(values.map(JSONNode.string))
        case .json:
            break
        }
        if let note { schema["description"] = .string(note) }
        return .object(schema)
    }

    /// The schema of a value that may also be `null`.
    package var nullableJSONSchema: JSONNode {
        guard case .object(var schema) = jsonSchema, case .string(let kind)? = schema["type"] else { return jsonSchema }
        schema["type"] = .array([.string(kind), .string("null")])
        if case .array(let values)? = schema["enum"] { schema["enum"] = .array(values + [.null]) }
        return .object(schema)
    }
}
