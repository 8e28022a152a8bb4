/// `client.test.js`: the generated client against a local `node:http` server — retries with
/// Retry-After, the auth and trace headers, and problem+json turned into `ApiError`.
enum TypeScriptSmokeTest {
    static func source(_ api: ClientAPI) -> String {
        let operation = api.operations.first { $0.method == "GET" } ?? api.operations.first { $0.idempotent } ?? api.operations.first
        guard let operation else {
            return TypeScriptClientEmitter.header(api) + "import test from 'node:test';\n\ntest('the contract has no operations', () => {});\n"
        }
        var arguments = operation.parameters.filter { $0.location == .path }.map { _ in "'id-1'" }
        if let body = operation.body { arguments.append(body.required ? sample(body.type, api) : "undefined") }
        let required = operation.parameters.filter { $0.location != .path && $0.required }
        if operation.parameters.contains(where: { $0.location != .path }) {
            arguments.append("{ " + required.map { "\(TypeScriptClientEmitter.key($0.name)): \(sample($0.type, api))" }.joined(separator: ", ") + " }")
        }
        let call = "client.\(operation.name)(\(arguments.joined(separator: ", ")))"
        return TypeScriptClientEmitter.header(api) + """
            import assert from 'node:assert/strict';
            import { createServer } from 'node:http';
            import test from 'node:test';
            import { ApiError, Client } from './index.js';

            /** A server that answers each request with the next of `answers` and records what it received. */
            async function serve(answers) {
              const received = [];
              const server = createServer((request, response) => {
                received.push({ method: request.method, url: request.url, headers: request.headers });
                const answer = answers[Math.min(received.length - 1, answers.length - 1)];
                response.writeHead(answer.status, answer.headers ?? { 'content-type': 'application/json' });
                response.end(answer.body ?? '');
              });
              await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
              const baseUrl = `http://127.0.0.1:${server.address().port}`;
              return { baseUrl, received, close: () => new Promise((resolve) => server.close(resolve)) };
            }

            test('\(operation.name) retries a 503 after Retry-After and sends the token and trace context', async () => {
              const server = await serve([
                { status: 503, headers: { 'retry-after': '0', 'content-type': 'application/problem+json' }, body: '{"title":"busy","status":503}' },
                { status: \(operation.successStatuses.first ?? 200), body: \(operation.result == nil || operation.successStatuses.first == 204 ? "''" : "'{}'") },
              ]);
              try {
                const traceparent = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
                const client = new Client({ baseUrl: server.baseUrl, tokenProvider: async () => 'smoke-token', traceparent, retries: 2 });
                await \(call);
                assert.equal(server.received.length, 2);
                assert.equal(server.received[1].method, '\(operation.method)');
                \(operation.authenticated ? "assert.equal(server.received[1].headers.authorization, 'Bearer smoke-token');" : "// this operation takes no credentials")
                assert.equal(server.received[1].headers.traceparent, traceparent);
              } finally {
                await server.close();
              }
            });

            test('\(operation.name) turns problem+json into ApiError', async () => {
              const problem = { type: 'about:blank', title: 'Not Found', status: 404, detail: 'no such thing' };
              const server = await serve([{ status: 404, headers: { 'content-type': 'application/problem+json' }, body: JSON.stringify(problem) }]);
              try {
                const client = new Client({ baseUrl: server.baseUrl, token: 'smoke-token', retries: 0 });
                await assert.rejects(\(call), (error) => {
                  assert.ok(error instanceof ApiError);
                  assert.equal(error.status, 404);
                  assert.equal(error.title, 'Not Found');
                  assert.equal(error.detail, 'no such thing');
                  return true;
                });
              } finally {
                await server.close();
              }
            });

            """
    }

    /// A JavaScript value of the type, good enough to be sent.
    static func sample(_ type: ClientTypeRef, _ api: ClientAPI) -> String {
        switch type.nonNull {
        case .string(let format):
            switch format {
            case "uuid": "'00000000-0000-4000-8000-000000000000'"
            case "date": "'2026-01-01'"
            case "date-time": "'2026-01-01T00:00:00Z'"
            default: "'x'"
            }
        case .integer, .number: "1"
        case .boolean: "true"
        case .array: "[]"
        case .map, .any: "{}"
        case .named(let name):
            switch api.types.first(where: { $0.name == name })?.kind {
            case .enumeration(let values)?: TypeScriptClientEmitter.literal(values.first ?? "")
            case .alias(let target)?: sample(target, api)
            default: "{}"
            }
        case .nullable: "null"
        }
    }
}
