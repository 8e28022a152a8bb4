/// Every rule of the contract diff, in the order docs/contracts.md lists them.
///
/// Requests and responses are judged in opposite directions: a consumer *sends* requests, so a request
/// schema that accepts less breaks it; a consumer *reads* responses, so a response that may carry more
/// (a new enum value, a null, a new oneOf variant) breaks it.
package enum ContractRules {
    // MARK: Paths and operations

    package static let pathRemoved = ContractRule(
        "path.removed", .breaking, "A path is gone: every call to it now fails.",
        old: get("/items") + get("/things", header: false), new: get("/items"))
    package static let pathAdded = ContractRule(
        "path.added", .nonBreaking, "A new path.",
        old: get("/items"), new: get("/items") + get("/things", header: false))
    package static let operationRemoved = ContractRule(
        "operation.removed", .breaking, "An operation (method) of a path is gone.",
        old: "paths:\n  /items:\n    get: \(ok)\n    delete: \(ok)\n", new: "paths:\n  /items:\n    get: \(ok)\n")
    package static let operationAdded = ContractRule(
        "operation.added", .nonBreaking, "A new operation on an existing path.",
        old: "paths:\n  /items:\n    get: \(ok)\n", new: "paths:\n  /items:\n    get: \(ok)\n    delete: \(ok)\n")
    package static let operationDeprecated = ContractRule(
        "operation.deprecated", .info, "An operation is now deprecated: plan its replacement.",
        old: "paths:\n  /items:\n    get: \(ok)\n", new: "paths:\n  /items:\n    get: {deprecated: true, responses: {'200': {description: ok}}}\n")
    package static let operationIdChanged = ContractRule(
        "operation.id-changed", .info, "An operationId changed: generated clients rename the method.",
        old: "paths:\n  /items:\n    get: {operationId: listItems, responses: {'200': {description: ok}}}\n",
        new: "paths:\n  /items:\n    get: {operationId: getItems, responses: {'200': {description: ok}}}\n")

    // MARK: Parameters

    package static let parameterRemoved = ContractRule(
        "parameter.removed", .breaking, "A parameter consumers send is gone; strict servers refuse it.",
        old: parameters("{name: q, in: query, schema: {type: string}}"), new: parameters(""))
    package static let parameterAddedRequired = ContractRule(
        "parameter.added-required", .breaking, "A new required parameter: existing calls lack it.",
        old: parameters(""), new: parameters("{name: q, in: query, required: true, schema: {type: string}}"))
    package static let parameterAddedOptional = ContractRule(
        "parameter.added-optional", .nonBreaking, "A new optional parameter.",
        old: parameters(""), new: parameters("{name: q, in: query, schema: {type: string}}"))
    package static let parameterBecameRequired = ContractRule(
        "parameter.became-required", .breaking, "An optional parameter is now required.",
        old: parameters("{name: q, in: query, schema: {type: string}}"),
        new: parameters("{name: q, in: query, required: true, schema: {type: string}}"))
    package static let parameterBecameOptional = ContractRule(
        "parameter.became-optional", .nonBreaking, "A required parameter is now optional.",
        old: parameters("{name: q, in: query, required: true, schema: {type: string}}"),
        new: parameters("{name: q, in: query, schema: {type: string}}"))
    package static let parameterTypeChanged = ContractRule(
        "parameter.type-changed", .breaking, "A parameter's type changed.",
        old: parameters("{name: q, in: query, schema: {type: string}}"), new: parameters("{name: q, in: query, schema: {type: integer}}"))
    package static let parameterFormatChanged = ContractRule(
        "parameter.format-changed", .breaking, "A parameter's format changed (e.g. date-time → date).",
        old: parameters("{name: q, in: query, schema: {type: string, format: date-time}}"),
        new: parameters("{name: q, in: query, schema: {type: string, format: date}}"))
    package static let parameterEnumNarrowed = ContractRule(
        "parameter.enum-narrowed", .breaking, "A parameter accepts fewer values.",
        old: parameters("{name: q, in: query, schema: {type: string, enum: [a, b]}}"),
        new: parameters("{name: q, in: query, schema: {type: string, enum: [a]}}"))
    package static let parameterEnumWidened = ContractRule(
        "parameter.enum-widened", .nonBreaking, "A parameter accepts more values.",
        old: parameters("{name: q, in: query, schema: {type: string, enum: [a]}}"),
        new: parameters("{name: q, in: query, schema: {type: string, enum: [a, b]}}"))
    package static let parameterConstraintStricter = ContractRule(
        "parameter.constraint-stricter", .breaking, "A parameter's bounds, length, pattern or item limits got stricter.",
        old: parameters("{name: limit, in: query, schema: {type: integer, maximum: 100}}"),
        new: parameters("{name: limit, in: query, schema: {type: integer, maximum: 50}}"))
    package static let parameterConstraintLooser = ContractRule(
        "parameter.constraint-looser", .nonBreaking, "A parameter's constraints got looser.",
        old: parameters("{name: limit, in: query, schema: {type: integer, maximum: 50}}"),
        new: parameters("{name: limit, in: query, schema: {type: integer, maximum: 100}}"))
    package static let parameterStyleChanged = ContractRule(
        "parameter.style-changed", .breaking, "A parameter's serialisation (style or explode) changed: clients encode it differently.",
        old: parameters("{name: ids, in: query, style: form, explode: true, schema: {type: array, items: {type: string}}}"),
        new: parameters("{name: ids, in: query, style: form, explode: false, schema: {type: array, items: {type: string}}}"))

    // MARK: Request bodies

    package static let requestBodyAddedRequired = ContractRule(
        "request-body.added-required", .breaking, "An operation now requires a body that existing calls do not send.",
        old: "paths:\n  /items:\n    post: \(created)\n",
        new: "paths:\n  /items:\n    post: {requestBody: {required: true, content: {application/json: {schema: {type: object}}}}, responses: {'201': {description: created}}}\n")
    package static let requestBodyBecameRequired = ContractRule(
        "request-body.became-required", .breaking, "An optional body is now required.",
        old: "paths:\n  /items:\n    post: {requestBody: {content: {application/json: {schema: {type: object}}}}, responses: {'201': {description: created}}}\n",
        new: "paths:\n  /items:\n    post: {requestBody: {required: true, content: {application/json: {schema: {type: object}}}}, responses: {'201': {description: created}}}\n")
    package static let requestBodyRemoved = ContractRule(
        "request-body.removed", .breaking, "An operation no longer takes the body consumers send.",
        old: requestBody("{type: object}"), new: "paths:\n  /items:\n    post: \(created)\n")
    package static let requestMediaTypeRemoved = ContractRule(
        "request-body.media-type-removed", .breaking, "A request media type is no longer accepted (415 for consumers sending it).",
        old:
            "paths:\n  /items:\n    post: {requestBody: {content: {application/json: {schema: {type: object}}, application/xml: {schema: {type: object}}}}, responses: {'201': {description: created}}}\n",
        new: requestBody("{type: object}", required: false))
    package static let requestMediaTypeAdded = ContractRule(
        "request-body.media-type-added", .nonBreaking, "A new request media type is accepted.",
        old: requestBody("{type: object}", required: false),
        new:
            "paths:\n  /items:\n    post: {requestBody: {content: {application/json: {schema: {type: object}}, application/xml: {schema: {type: object}}}}, responses: {'201': {description: created}}}\n"
    )
    package static let requestTypeChanged = ContractRule(
        "request.type-changed", .breaking, "A request field's type changed.",
        old: requestBody("{type: object, properties: {n: {type: string}}}"), new: requestBody("{type: object, properties: {n: {type: integer}}}"))
    package static let requestTypeWidened = ContractRule(
        "request.type-widened", .nonBreaking, "A request field accepts a wider type (integer → number).",
        old: requestBody("{type: object, properties: {n: {type: integer}}}"), new: requestBody("{type: object, properties: {n: {type: number}}}"))
    package static let requestFormatChanged = ContractRule(
        "request.format-changed", .breaking, "A request field's format changed or was added.",
        old: requestBody("{type: object, properties: {at: {type: string}}}"),
        new: requestBody("{type: object, properties: {at: {type: string, format: date-time}}}"))
    package static let requestEnumNarrowed = ContractRule(
        "request.enum-narrowed", .breaking, "A request field accepts fewer values.",
        old: requestBody("{type: object, properties: {s: {type: string, enum: [a, b]}}}"),
        new: requestBody("{type: object, properties: {s: {type: string, enum: [a]}}}"))
    package static let requestEnumWidened = ContractRule(
        "request.enum-widened", .nonBreaking, "A request field accepts more values.",
        old: requestBody("{type: object, properties: {s: {type: string, enum: [a]}}}"),
        new: requestBody("{type: object, properties: {s: {type: string, enum: [a, b]}}}"))
    package static let requestConstraintStricter = ContractRule(
        "request.constraint-stricter", .breaking, "A request field's bounds, length, pattern or item limits got stricter.",
        old: requestBody("{type: object, properties: {s: {type: string, maxLength: 100}}}"),
        new: requestBody("{type: object, properties: {s: {type: string, maxLength: 10}}}"))
    package static let requestConstraintLooser = ContractRule(
        "request.constraint-looser", .nonBreaking, "A request field's constraints got looser.",
        old: requestBody("{type: object, properties: {s: {type: string, maxLength: 10}}}"),
        new: requestBody("{type: object, properties: {s: {type: string, maxLength: 100}}}"))
    package static let requestNullableRemoved = ContractRule(
        "request.nullable-removed", .breaking, "A request field no longer accepts null.",
        old: requestBody("{type: object, properties: {s: {type: [string, 'null']}}}"),
        new: requestBody("{type: object, properties: {s: {type: string}}}"))
    package static let requestNullableAdded = ContractRule(
        "request.nullable-added", .nonBreaking, "A request field now accepts null.",
        old: requestBody("{type: object, properties: {s: {type: string}}}"),
        new: requestBody("{type: object, properties: {s: {type: [string, 'null']}}}"))
    package static let requestPropertyRemoved = ContractRule(
        "request.property-removed", .breaking, "A request field is gone and the schema refuses unknown fields.",
        old: requestBody("{type: object, additionalProperties: false, properties: {a: {type: string}, b: {type: string}}}"),
        new: requestBody("{type: object, additionalProperties: false, properties: {a: {type: string}}}"))
    package static let requestPropertyIgnored = ContractRule(
        "request.property-ignored", .info, "A request field is gone; the schema still accepts unknown fields, so it is ignored.",
        old: requestBody("{type: object, properties: {a: {type: string}, b: {type: string}}}"),
        new: requestBody("{type: object, properties: {a: {type: string}}}"))
    package static let requestPropertyAddedRequired = ContractRule(
        "request.property-added-required", .breaking, "A new required request field: existing calls lack it.",
        old: requestBody("{type: object, properties: {a: {type: string}}}"),
        new: requestBody("{type: object, required: [b], properties: {a: {type: string}, b: {type: string}}}"))
    package static let requestPropertyAddedOptional = ContractRule(
        "request.property-added-optional", .nonBreaking, "A new optional request field.",
        old: requestBody("{type: object, properties: {a: {type: string}}}"),
        new: requestBody("{type: object, properties: {a: {type: string}, b: {type: string}}}"))
    package static let requestPropertyBecameRequired = ContractRule(
        "request.property-became-required", .breaking, "An optional request field is now required.",
        old: requestBody("{type: object, properties: {a: {type: string}}}"),
        new: requestBody("{type: object, required: [a], properties: {a: {type: string}}}"))
    package static let requestPropertyBecameOptional = ContractRule(
        "request.property-became-optional", .nonBreaking, "A required request field is now optional.",
        old: requestBody("{type: object, required: [a], properties: {a: {type: string}}}"),
        new: requestBody("{type: object, properties: {a: {type: string}}}"))
    package static let requestPropertyBecameReadOnly = ContractRule(
        "request.property-became-read-only", .breaking, "A request field is now read-only: consumers may no longer send it.",
        old: requestBody("{type: object, properties: {a: {type: string}}}"),
        new: requestBody("{type: object, properties: {a: {type: string, readOnly: true}}}"))
    package static let requestAdditionalPropertiesForbidden = ContractRule(
        "request.additional-properties-forbidden", .breaking, "A request object no longer accepts fields it does not declare.",
        old: requestBody("{type: object, properties: {a: {type: string}}}"),
        new: requestBody("{type: object, additionalProperties: false, properties: {a: {type: string}}}"))
    package static let requestVariantRemoved = ContractRule(
        "request.variant-removed", .breaking, "A oneOf/anyOf alternative consumers may send is gone.",
        old: requestBody("{oneOf: [{type: string}, {type: integer}]}"), new: requestBody("{oneOf: [{type: string}]}"))
    package static let requestVariantAdded = ContractRule(
        "request.variant-added", .nonBreaking, "A new oneOf/anyOf alternative is accepted.",
        old: requestBody("{oneOf: [{type: string}]}"), new: requestBody("{oneOf: [{type: string}, {type: integer}]}"))
    package static let requestDiscriminatorChanged = ContractRule(
        "request.discriminator-changed", .breaking, "The discriminator property of a oneOf/anyOf changed.",
        old: requestBody("{oneOf: [{type: object}], discriminator: {propertyName: kind}}"),
        new: requestBody("{oneOf: [{type: object}], discriminator: {propertyName: type}}"))

    // MARK: Responses

    package static let responseStatusRemoved = ContractRule(
        "response.status-removed", .breaking, "A success status consumers handle is no longer answered.",
        old: "paths:\n  /items:\n    post: {responses: {'200': {description: ok}, '201': {description: created}}}\n",
        new: "paths:\n  /items:\n    post: {responses: {'201': {description: created}}}\n")
    package static let responseErrorStatusRemoved = ContractRule(
        "response.error-status-removed", .info, "An error status is no longer documented.",
        old: "paths:\n  /items:\n    get: {responses: {'200': {description: ok}, '404': {description: missing}}}\n",
        new: "paths:\n  /items:\n    get: {responses: {'200': {description: ok}}}\n")
    package static let responseStatusAdded = ContractRule(
        "response.status-added", .nonBreaking, "A new status is documented (consumers should handle it).",
        old: "paths:\n  /items:\n    get: {responses: {'200': {description: ok}}}\n",
        new: "paths:\n  /items:\n    get: {responses: {'200': {description: ok}, '429': {description: slow down}}}\n")
    package static let responseMediaTypeRemoved = ContractRule(
        "response.media-type-removed", .breaking, "A response media type consumers read is gone.",
        old: responseBody("{type: object}").replacingOccurrences(of: "application/json: ", with: "application/xml: {schema: {type: object}}, application/json: "),
        new: responseBody("{type: object}"))
    package static let responseTypeChanged = ContractRule(
        "response.type-changed", .breaking, "A response field's type changed.",
        old: responseBody("{type: object, properties: {n: {type: integer}}}"), new: responseBody("{type: object, properties: {n: {type: string}}}"))
    package static let responseTypeWidened = ContractRule(
        "response.type-widened", .breaking, "A response field may now carry a wider type (integer → number) consumers do not decode.",
        old: responseBody("{type: object, properties: {n: {type: integer}}}"), new: responseBody("{type: object, properties: {n: {type: number}}}"))
    package static let responseFormatChanged = ContractRule(
        "response.format-changed", .breaking, "A response field's format changed or was dropped.",
        old: responseBody("{type: object, properties: {at: {type: string, format: date-time}}}"),
        new: responseBody("{type: object, properties: {at: {type: string, format: date}}}"))
    package static let responseEnumWidened = ContractRule(
        "response.enum-widened", .breaking, "A response field may carry a value consumers do not know.",
        old: responseBody("{type: object, properties: {s: {type: string, enum: [a]}}}"),
        new: responseBody("{type: object, properties: {s: {type: string, enum: [a, b]}}}"))
    package static let responseEnumNarrowed = ContractRule(
        "response.enum-narrowed", .nonBreaking, "A response field carries fewer values.",
        old: responseBody("{type: object, properties: {s: {type: string, enum: [a, b]}}}"),
        new: responseBody("{type: object, properties: {s: {type: string, enum: [a]}}}"))
    package static let responseNullableAdded = ContractRule(
        "response.nullable-added", .breaking, "A response field may now be null.",
        old: responseBody("{type: object, properties: {s: {type: string}}}"),
        new: responseBody("{type: object, properties: {s: {type: [string, 'null']}}}"))
    package static let responseConstraintLooser = ContractRule(
        "response.constraint-looser", .info, "A response field's documented bounds got looser (longer strings, larger numbers).",
        old: responseBody("{type: object, properties: {s: {type: string, maxLength: 10}}}"),
        new: responseBody("{type: object, properties: {s: {type: string, maxLength: 100}}}"))
    package static let responsePropertyRemoved = ContractRule(
        "response.property-removed", .breaking, "A response field consumers may read is gone.",
        old: responseBody("{type: object, required: [a, b], properties: {a: {type: string}, b: {type: string}}}"),
        new: responseBody("{type: object, required: [a], properties: {a: {type: string}}}"))
    package static let responsePropertyBecameOptional = ContractRule(
        "response.property-became-optional", .breaking, "A response field that was always present may now be missing.",
        old: responseBody("{type: object, required: [a], properties: {a: {type: string}}}"),
        new: responseBody("{type: object, properties: {a: {type: string}}}"))
    package static let responsePropertyBecameRequired = ContractRule(
        "response.property-became-required", .nonBreaking, "A response field is now always present.",
        old: responseBody("{type: object, properties: {a: {type: string}}}"),
        new: responseBody("{type: object, required: [a], properties: {a: {type: string}}}"))
    package static let responsePropertyAdded = ContractRule(
        "response.property-added", .nonBreaking, "A new response field.",
        old: responseBody("{type: object, properties: {a: {type: string}}}"),
        new: responseBody("{type: object, properties: {a: {type: string}, b: {type: string}}}"))
    package static let responsePropertyBecameWriteOnly = ContractRule(
        "response.property-became-write-only", .breaking, "A response field is now write-only: it is no longer returned.",
        old: responseBody("{type: object, properties: {a: {type: string}}}"),
        new: responseBody("{type: object, properties: {a: {type: string, writeOnly: true}}}"))
    package static let responseVariantAdded = ContractRule(
        "response.variant-added", .breaking, "A response may now carry a oneOf/anyOf alternative consumers do not decode.",
        old: responseBody("{oneOf: [{type: string}]}"), new: responseBody("{oneOf: [{type: string}, {type: integer}]}"))
    package static let responseVariantRemoved = ContractRule(
        "response.variant-removed", .nonBreaking, "A response no longer carries one of its alternatives.",
        old: responseBody("{oneOf: [{type: string}, {type: integer}]}"), new: responseBody("{oneOf: [{type: string}]}"))
    package static let responseDiscriminatorChanged = ContractRule(
        "response.discriminator-changed", .breaking, "The discriminator property of a oneOf/anyOf changed.",
        old: responseBody("{oneOf: [{type: object}], discriminator: {propertyName: kind}}"),
        new: responseBody("{oneOf: [{type: object}], discriminator: {propertyName: type}}"))
    package static let responseHeaderRemoved = ContractRule(
        "response.header-removed", .breaking, "A response header consumers may read is gone.",
        old: "paths:\n  /items:\n    get: {responses: {'200': {description: ok, headers: {X-Total: {schema: {type: integer}}}}}}\n",
        new: "paths:\n  /items:\n    get: {responses: {'200': {description: ok}}}\n")
    package static let responseHeaderAdded = ContractRule(
        "response.header-added", .info, "A new response header.",
        old: "paths:\n  /items:\n    get: {responses: {'200': {description: ok}}}\n",
        new: "paths:\n  /items:\n    get: {responses: {'200': {description: ok, headers: {X-Total: {schema: {type: integer}}}}}}\n")

    // MARK: Security and servers

    package static let securityAdded = ContractRule(
        "security.requirement-added", .breaking, "An operation that needed no credentials now does.",
        old: security(nil), new: security("[{bearer: []}]"))
    package static let securityRemoved = ContractRule(
        "security.requirement-removed", .info, "An operation no longer requires credentials: check that this is intended.",
        old: security("[{bearer: []}]"), new: security(nil))
    package static let securityChanged = ContractRule(
        "security.requirement-changed", .breaking, "An operation requires different credentials or scopes.",
        old: security("[{bearer: []}]"), new: security("[{apiKey: []}]"))
    package static let securitySchemeRemoved = ContractRule(
        "security.scheme-removed", .breaking, "A security scheme is gone from components.",
        old: security(nil), new: security(nil).replacingOccurrences(of: "    apiKey: {type: apiKey, in: header, name: X-Key}\n", with: ""))
    package static let securitySchemeChanged = ContractRule(
        "security.scheme-changed", .breaking, "A security scheme's type, location or flows changed.",
        old: security(nil), new: security(nil).replacingOccurrences(of: "in: header, name: X-Key", with: "in: query, name: key"))
    package static let serversChanged = ContractRule(
        "servers.changed", .info, "The documented servers changed.",
        old: "servers: [{url: 'https://a.example'}]\n" + get("/items"), new: "servers: [{url: 'https://b.example'}]\n" + get("/items"))
    package static let versionChanged = ContractRule(
        "info.version-changed", .info, "The contract's version changed.",
        old: "info: {title: t, version: '1'}\n" + get("/items"), new: "info: {title: t, version: '2'}\n" + get("/items"))

    /// A whole document around an example body (which may bring its own `info`).
    package static func exampleDocument(_ body: String) -> String {
        "openapi: 3.1.0\n" + (body.hasPrefix("info:") ? "" : "info: {title: example, version: '1'}\n") + body
    }

    /// Every rule, in documentation order; a test fails when a rule exists but is not listed.
    package static let all: [ContractRule] = [
        pathRemoved, pathAdded, operationRemoved, operationAdded, operationDeprecated, operationIdChanged,
        parameterRemoved, parameterAddedRequired, parameterAddedOptional, parameterBecameRequired, parameterBecameOptional,
        parameterTypeChanged, parameterFormatChanged, parameterEnumNarrowed, parameterEnumWidened, parameterConstraintStricter,
        parameterConstraintLooser, parameterStyleChanged,
        requestBodyAddedRequired, requestBodyBecameRequired, requestBodyRemoved, requestMediaTypeRemoved, requestMediaTypeAdded,
        requestTypeChanged, requestTypeWidened, requestFormatChanged, requestEnumNarrowed, requestEnumWidened,
        requestConstraintStricter, requestConstraintLooser, requestNullableRemoved, requestNullableAdded,
        requestPropertyRemoved, requestPropertyIgnored, requestPropertyAddedRequired, requestPropertyAddedOptional,
        requestPropertyBecameRequired, requestPropertyBecameOptional, requestPropertyBecameReadOnly,
        requestAdditionalPropertiesForbidden, requestVariantRemoved, requestVariantAdded, requestDiscriminatorChanged,
        responseStatusRemoved, responseErrorStatusRemoved, responseStatusAdded, responseMediaTypeRemoved,
        responseTypeChanged, responseTypeWidened, responseFormatChanged, responseEnumWidened, responseEnumNarrowed,
        responseNullableAdded, responseConstraintLooser, responsePropertyRemoved, responsePropertyBecameOptional,
        responsePropertyBecameRequired, responsePropertyAdded, responsePropertyBecameWriteOnly, responseVariantAdded,
        responseVariantRemoved, responseDiscriminatorChanged, responseHeaderRemoved, responseHeaderAdded,
        securityAdded, securityRemoved, securityChanged, securitySchemeRemoved, securitySchemeChanged,
        serversChanged, versionChanged,
    ]

    // MARK: Example builders

    private static let ok = "{responses: {'200': {description: ok}}}"
    private static let created = "{responses: {'201': {description: created}}}"

    private static func get(_ path: String, header: Bool = true) -> String {
        (header ? "paths:\n" : "") + "  \(path):\n    get: \(ok)\n"
    }

    private static func parameters(_ list: String) -> String {
        "paths:\n  /items:\n    get: {parameters: [\(list)], responses: {'200': {description: ok}}}\n"
    }

    private static func requestBody(_ schema: String, required: Bool = true) -> String {
        "paths:\n  /items:\n    post: {requestBody: {required: \(required), content: {application/json: {schema: \(schema)}}}, responses: {'201': {description: created}}}\n"
    }

    private static func responseBody(_ schema: String) -> String {
        "paths:\n  /items:\n    get: {responses: {'200': {description: ok, content: {application/json: {schema: \(schema)}}}}}\n"
    }

    private static func security(_ requirement: String?) -> String {
        let operation = requirement.map { "{security: \($0), responses: {'200': {description: ok}}}" } ?? ok
        return """
            paths:
              /items:
                get: \(operation)
            components:
              securitySchemes:
                bearer: {type: http, scheme: bearer}
                apiKey: {type: apiKey, in: header, name: X-Key}

            """
    }
}
