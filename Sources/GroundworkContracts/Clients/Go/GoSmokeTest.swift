/// `client_test.go`: the client against an httptest server — a retried 503 with Retry-After, the
/// credentials and trace headers, the decoded result, and problem+json as `*APIError`.
enum GoSmokeTest {
    static func source(_ api: ClientAPI, package: String) -> String {
        let header = GoClientEmitter.header(api)
        guard let operation = api.operations.first(where: { $0.method == "GET" }) ?? api.operations.first(where: \.idempotent) ?? api.operations.first else {
            return header + "\npackage \(package)\n\nimport \"testing\"\n\nfunc TestContractHasNoOperations(t *testing.T) {}\n"
        }
        var setup = ""
        var arguments = ["ctx"]
        for parameter in operation.parameters where parameter.location == .path {
            arguments.append(value(parameter.type, api) ?? "\"id-1\"")
        }
        if let body = operation.body {
            let goType = GoClientEmitter.goType(body.type.nonNull)
            setup += "\tvar body \(goType)\n\tif err := json.Unmarshal([]byte(\(GoSyntax.literal(ClientSamples.json(body.type.nonNull, in: api)))), &body); err != nil {\n\t\tt.Fatal(err)\n\t}\n"
            arguments.append(body.required ? "body" : "&body")
        }
        if GoOperations.hasParams(operation) {
            var fields: [String] = []
            for parameter in operation.parameters where parameter.location != .path && parameter.required {
                if let literal = value(parameter.type, api) { fields.append("\(GoOperations.fieldName(parameter)): \(literal)") }
            }
            arguments.append("\(GoOperations.paramsName(operation)){\(fields.joined(separator: ", "))}")
        }
        let call = "client.\(GoOperations.name(operation))(\(arguments.joined(separator: ", ")))"
        let hasResult = operation.result != nil
        let sample = operation.result.map { ClientSamples.json($0, in: api) } ?? ""
        let successStatus = operation.successStatuses.first ?? 200
        var imports = ["context", "errors", "net/http", "net/http/httptest", "sync", "testing"]
        if operation.body != nil { imports.append("encoding/json") }
        let assign = hasResult ? "_, err =" : "err ="
        return header + "\npackage \(package)\n" + GoModels.importBlock(imports) + """

            const smokeTraceparent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"

            // recorder answers with a busy 503 first, then with the given answer, and records the requests.
            type recorder struct {
            \tmu       sync.Mutex
            \treceived []*http.Request
            \tstatus   int
            \tbody     string
            \tbusy     bool
            }

            func (r *recorder) ServeHTTP(w http.ResponseWriter, request *http.Request) {
            \tr.mu.Lock()
            \tr.received = append(r.received, request.Clone(context.Background()))
            \tfirst := len(r.received) == 1
            \tr.mu.Unlock()
            \tif r.busy && first {
            \t\tw.Header().Set("Retry-After", "0")
            \t\tw.Header().Set("Content-Type", "application/problem+json")
            \t\tw.WriteHeader(http.StatusServiceUnavailable)
            \t\t_, _ = w.Write([]byte(`{"title":"busy","status":503}`))
            \t\treturn
            \t}
            \tif r.status >= 400 {
            \t\tw.Header().Set("Content-Type", "application/problem+json")
            \t} else {
            \t\tw.Header().Set("Content-Type", "application/json")
            \t}
            \tw.WriteHeader(r.status)
            \t_, _ = w.Write([]byte(r.body))
            }

            func TestSmoke\(GoOperations.name(operation))RetriesAndSendsCredentials(t *testing.T) {
            \tserver := &recorder{status: \(successStatus), body: \(GoSyntax.literal(sample)), busy: true}
            \thttpServer := httptest.NewServer(server)
            \tdefer httpServer.Close()
            \tclient, err := NewClient(httpServer.URL, WithTokenProvider(func(context.Context) (string, error) { return "smoke-token", nil }))
            \tif err != nil {
            \t\tt.Fatal(err)
            \t}
            \tctx := WithTraceparent(context.Background(), smokeTraceparent)
            \(setup)\t\(assign) \(call)
            \tif err != nil {
            \t\tt.Fatalf("\(GoOperations.name(operation)): %v", err)
            \t}
            \tif len(server.received) != 2 {
            \t\tt.Fatalf("got %d requests, want 2 (one retry)", len(server.received))
            \t}
            \tlast := server.received[1]
            \tif last.Method != \(GoOperations.method(operation.method)) {
            \t\tt.Errorf("method %s", last.Method)
            \t}
            \tif got := last.Header.Get("Authorization"); got != \(operation.authenticated ? "\"Bearer smoke-token\"" : "\"\"") {
            \t\tt.Errorf("Authorization %q", got)
            \t}
            \tif got := last.Header.Get("Traceparent"); got != smokeTraceparent {
            \t\tt.Errorf("Traceparent %q", got)
            \t}
            }

            func TestSmoke\(GoOperations.name(operation))ReturnsAPIError(t *testing.T) {
            \tserver := &recorder{status: http.StatusNotFound, body: `{"type":"about:blank","title":"Not Found","status":404,"detail":"no such thing"}`}
            \thttpServer := httptest.NewServer(server)
            \tdefer httpServer.Close()
            \tclient, err := NewClient(httpServer.URL, WithToken("smoke-token"), WithRetries(0))
            \tif err != nil {
            \t\tt.Fatal(err)
            \t}
            \tctx := context.Background()
            \(setup)\t\(assign) \(call)
            \tvar apiError *APIError
            \tif !errors.As(err, &apiError) {
            \t\tt.Fatalf("want *APIError, got %v", err)
            \t}
            \tif apiError.Status != http.StatusNotFound || apiError.Title != "Not Found" || apiError.Detail != "no such thing" {
            \t\tt.Errorf("got %+v", apiError)
            \t}
            \tif !IsStatus(err, http.StatusNotFound) {
            \t\tt.Error("IsStatus(err, 404) is false")
            \t}
            }

            """
    }

    /// A Go literal of a scalar or enum value, nil for types that need no value in a smoke test.
    static func value(_ type: ClientTypeRef, _ api: ClientAPI) -> String? {
        switch type.nonNull {
        case .string(let format) where format != "date-time": return GoSyntax.literal(ClientSamples.string(format))
        case .integer, .number: return "1"
        case .boolean: return "true"
        case .named(let name):
            if case .enumeration(let values)? = api.types.first(where: { $0.name == name })?.kind, let first = values.first {
                return "\(name)(\(GoSyntax.literal(first)))"
            }
            return nil
        default: return nil
        }
    }
}
