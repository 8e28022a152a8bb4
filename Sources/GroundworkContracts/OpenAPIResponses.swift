import GroundworkModel

/// The error responses every route may answer, as RFC 9457 problem documents (docs/model.md, "Errors").
enum OpenAPIResponses {
    /// Status code → (component name, description), for the statuses docs/model.md lists.
    static let errors: [(status: Int, name: String, description: String)] = [
        (400, "BadRequest", "The request is invalid: a body, a parameter or the id does not match the contract (`errors` names each field)."),
        (401, "Unauthorized", "The bearer token is missing or invalid."),
        (403, "Forbidden", "No role of the caller grants this action."),
        (404, "NotFound", "No such row, or the row is outside the caller's scope."),
        (409, "Conflict", "A unique or foreign-key constraint would be violated."),
        (413, "PayloadTooLarge", "The body is larger than the service accepts."),
        (415, "UnsupportedMediaType", "The body is not JSON."),
        (429, "TooManyRequests", "The client sent too many requests; retry after `Retry-After` seconds."),
        (500, "InternalError", "An unexpected error; no detail is given."),
    ]

    /// The shared response components: one per error status.
    static func responses() -> [String: JSONNode] {
        var responses: [String: JSONNode] = [:]
        for error in errors {
            var response: [String: JSONNode] = [
                "description": .string(error.description),
                "content": .object(["application/problem+json": .object(["schema": reference("schemas", "Problem")])]),
            ]
            switch error.status {
            case 401:
                response["headers"] = .object(["WWW-Authenticate": .object(["schema": .object(["type": .string("string")])])])
            case 429:
                response["headers"] = .object([
                    "Retry-After": .object([
                        "description": .string("Seconds to wait before retrying."),
                        "schema": .object(["type": .string("integer"), "minimum": .int(0)]),
                        "required": .bool(true),
                    ])
                ])
            default:
                break
            }
            responses[error.name] = .object(response)
        }
        responses["ServiceUnavailable"] = .object([
            "description": .string("The database does not answer."),
            "content": .object(["application/problem+json": .object(["schema": reference("schemas", "Problem")])]),
        ])
        return responses
    }

    /// The responses of `statuses`, by reference.
    static func errorResponses(_ statuses: [Int]) -> [String: JSONNode] {
        var responses: [String: JSONNode] = [:]
        for error in errors where statuses.contains(error.status) {
            responses[String(error.status)] = reference("responses", error.name)
        }
        return responses
    }

    /// `Problem` (RFC 9457) and the status documents of /health and /ready.
    static func sharedSchemas() -> [String: JSONNode] {
        [
            "Problem": .object([
                "type": .string("object"),
                "description": .string("An RFC 9457 problem document."),
                "required": .array([.string("type"), .string("title"), .string("status")]),
                "properties": .object([
                    "type": .object(["type": .string("string"), "description": .string("`about:blank` or https://groundwork.dev/problems/<code>")]),
                    "title": .object(["type": .string("string")]),
                    "status": .object(["type": .string("integer"), "minimum": .int(400), "maximum": .int(599)]),
                    "detail": .object(["type": .string("string")]),
                    "instance": .object(["type": .string("string")]),
                    "errors": .object([
                        "type": .string("array"),
                        "items": .object([
                            "type": .string("object"),
                            "required": .array([.string("field"), .string("message")]),
                            "properties": .object([
                                "field": .object(["type": .string("string")]),
                                "message": .object(["type": .string("string")]),
                            ]),
                        ]),
                    ]),
                ]),
            ]),
            "Status": .object([
                "type": .string("object"),
                "required": .array([.string("status")]),
                "properties": .object(["status": .object(["type": .string("string")])]),
            ]),
        ]
    }
}
