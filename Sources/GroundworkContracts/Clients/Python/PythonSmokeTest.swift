/// `tests/test_smoke.py`: the client against httpx's MockTransport — retries with Retry-After, credentials,
/// trace context, the result decoded into its model, and problem+json raised as `ApiError`.
enum PythonSmokeTest {
    static func source(_ api: ClientAPI, package: String) -> String {
        let header = PythonClientEmitter.header(api)
        guard let operation = api.operations.first(where: { $0.method == "GET" }) ?? api.operations.first(where: \.idempotent) ?? api.operations.first else {
            return header + "\n\ndef test_contract_has_no_operations() -> None:\n    pass\n"
        }
        var arguments: [String] = []
        for parameter in operation.parameters where parameter.location == .path {
            arguments.append(value(parameter.type, api))
        }
        if let body = operation.body, body.required { arguments.append(value(body.type, api)) }
        for parameter in operation.parameters where parameter.location != .path && parameter.required {
            arguments.append("\(PythonOperations.argumentName(parameter))=\(value(parameter.type, api))")
        }
        let call = "client.\(PythonOperations.name(operation))(\(arguments.joined(separator: ", ")))"
        let status = operation.successStatuses.first ?? 200
        let success =
            operation.result.map { "httpx.Response(\(status), json=json.loads(\(PythonClientEmitter.literal(ClientSamples.json($0, in: api)))))" }
            ?? "httpx.Response(\(status))"
        var resultCheck = "assert result is None"
        if let result = operation.result {
            let annotation = PythonClientEmitter.annotation(result, qualified: true)
            if case .named(let name) = result.nonNull, case .object? = api.types.first(where: { $0.name == name })?.kind {
                resultCheck = "assert isinstance(result, \(annotation.replacingOccurrences(of: " | None", with: "")))"
            } else {
                resultCheck = "assert result is not None or \(result.isNullable ? "True" : "False")"
            }
        }
        return header + """

            import datetime
            import json

            import httpx
            import pytest

            from \(package) import ApiError, Client, models

            TRACEPARENT = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"


            def serve(*answers: httpx.Response) -> tuple[httpx.MockTransport, list[httpx.Request]]:
                received: list[httpx.Request] = []

                def handler(request: httpx.Request) -> httpx.Response:
                    received.append(request)
                    return answers[min(len(received) - 1, len(answers) - 1)]

                return httpx.MockTransport(handler), received


            def test_\(PythonOperations.name(operation))_retries_and_sends_credentials() -> None:
                busy = httpx.Response(503, headers={"Retry-After": "0"}, json={"title": "busy", "status": 503})
                transport, received = serve(busy, \(success))
                with Client("http://service.test", token_provider=lambda: "smoke-token", traceparent=TRACEPARENT, transport=transport) as client:
                    result = \(call)
                \(resultCheck)
                assert len(received) == 2
                assert received[1].method == "\(operation.method)"
                \(operation.authenticated ? "assert received[1].headers[\"authorization\"] == \"Bearer smoke-token\"" : "assert \"authorization\" not in received[1].headers")
                assert received[1].headers["traceparent"] == TRACEPARENT


            def test_\(PythonOperations.name(operation))_raises_api_error_on_problem_json() -> None:
                problem = {"type": "about:blank", "title": "Not Found", "status": 404, "detail": "no such thing"}
                transport, _ = serve(httpx.Response(404, headers={"content-type": "application/problem+json"}, json=problem))
                with Client("http://service.test", token="smoke-token", retries=0, transport=transport) as client:
                    with pytest.raises(ApiError) as raised:
                        \(call)
                assert raised.value.status == 404
                assert raised.value.title == "Not Found"
                assert raised.value.detail == "no such thing"


            def test_models_round_trip() -> None:
                assert datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc) == models.parse_datetime("2026-01-02T03:04:05Z")
                assert models.format_datetime(models.parse_datetime("2026-01-02T03:04:05Z")) == "2026-01-02T03:04:05Z"
            \(roundTrips(api))
            """
    }

    /// Decoding then encoding a sample of each object type gives the sample back.
    static func roundTrips(_ api: ClientAPI) -> String {
        var out = ""
        for type in api.types {
            guard case .object = type.kind else { continue }
            let sample = ClientSamples.json(.named(type.name), in: api)
            out += "    sample = json.loads(\(PythonClientEmitter.literal(sample)))\n"
            out += "    assert models.\(type.name).from_dict(sample).to_dict() == sample\n"
        }
        return out
    }

    /// A Python expression of a value of `type`.
    static func value(_ type: ClientTypeRef, _ api: ClientAPI) -> String {
        PythonClientEmitter.decode(type, "json.loads(\(PythonClientEmitter.literal(ClientSamples.json(type, in: api))))", api: api, qualified: true)
    }
}
