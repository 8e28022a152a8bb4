import GroundworkContracts

/// The go-chi consumer's contract test (`contract_test.go`): every operation the consumer uses, called
/// through the generated client against a real provider, later calls taking the ids earlier ones created.
extension GoConsumerFiles {
    static func contractTest(_ edge: ConsumerEdge) -> String {
        let p = edge.prefix, name = edge.provider.name, client = edge.packageName
        let test = "Test" + IdentifierWords.pascal(name) + "Contract"
        var steps: [String] = []
        var usesJSON = false
        for operation in edge.used {
            let method = ClientMethodName.name(operation, language: .go)
            let collection = ConsumerEdge.collection(of: operation.path)
            var setup = ""
            var arguments = ["ctx"]
            for parameter in operation.parameters where parameter.location == .path {
                arguments.append(pathArgument(parameter, collection: collection, client: client))
            }
            if let body = operation.body, let json = edge.sampleBody(of: operation) {
                let type = edge.bodyTypeName(of: operation).map { "\(client).\($0)" } ?? "map[string]any"
                setup += "\t\tvar body \(type)\n"
                setup += "\t\tif err := json.Unmarshal([]byte(\(rawLiteral(json))), &body); err != nil {\n\t\t\tt.Fatalf(\"the sample body: %v\", err)\n\t\t}\n"
                arguments.append(body.required ? "body" : "&body")
                usesJSON = true
            }
            if GoOperations.hasParams(operation) {
                let required = operation.parameters.filter { $0.location != .path && $0.required }
                let fields = required.map { "\(GoOperations.fieldName($0)): \(ClientSamples.json($0.type, in: edge.api))" }
                arguments.append("\(client).\(GoOperations.paramsName(operation)){\(fields.joined(separator: ", "))}")
            }
            let call = "client.\(method)(\(arguments.joined(separator: ", ")))"
            var step = "\tt.Run(\(literal("\(method): \(operation.method.uppercased()) \(operation.path)")), func(t *testing.T) {\n" + setup
            let properties = edge.requiredProperties(of: operation)
            let remembers = ConsumerEdge.creates(operation) && ConsumerEdge.needsIDs(edge.used)
            if operation.result == nil {
                step += "\t\tif err := \(call); err != nil {\n\t\t\tt.Fatalf(\"\(method): %v\", err)\n\t\t}\n"
            } else {
                let uses = !properties.isEmpty || remembers || (operation.pagination != nil && ConsumerEdge.needsIDs(edge.used))
                step += "\t\t\(uses ? "result" : "_"), err := \(call)\n\t\tif err != nil {\n\t\t\tt.Fatalf(\"\(method): %v\", err)\n\t\t}\n"
            }
            if !properties.isEmpty {
                usesJSON = true
                step += "\t\tanswer := fields(t, result)\n"
                step += "\t\tfor _, property := range []string{\(properties.map(literal).joined(separator: ", "))} {\n"
                step += "\t\t\tif _, ok := answer[property]; !ok {\n\t\t\t\tt.Errorf(\"\(method): the answer has no %s\", property)\n\t\t\t}\n\t\t}\n"
            }
            if remembers, operation.result != nil {
                usesJSON = true
                step += "\t\tseen[\(literal(collection))] = fields(t, result)\n"
            } else if let page = operation.pagination, ConsumerEdge.needsIDs(edge.used) {
                usesJSON = true
                let items = GoSyntax.exported(page.itemsProperty)
                step += "\t\tif _, ok := seen[\(literal(collection))]; !ok && len(result.\(items)) > 0 {\n"
                step += "\t\t\tseen[\(literal(collection))] = fields(t, result.\(items)[0])\n\t\t}\n"
            }
            step += "\t})\n"
            steps.append(step)
        }
        let needsSeen = ConsumerEdge.needsIDs(edge.used)
        var imports = ["\"os\"", "\"testing\""]
        if !steps.isEmpty { imports.append("\"context\"") }
        if usesJSON { imports.append("\"encoding/json\"") }
        if steps.contains(where: { $0.contains("knownTime(") }) { imports.append("\"time\"") }
        imports.sort()
        var body = """
            \tbaseURL := os.Getenv("\(p)_URL")
            \tif baseURL == "" {
            \t\tt.Skip("\(p)_URL is not set: start \(name) and set \(p)_URL and \(p)_TOKEN to run this test")
            \t}

            """
        if steps.isEmpty {
            body += "\tt.Skip(\"\(edge.consumer.name) calls no operation of \(name) yet: run `groundwork link \(edge.consumer.name) \(name)` again once it does\")\n"
        } else {
            imports.append("")
            imports.append(clientImport(edge))
            body += """
                \tclient, err := \(client).NewClient(baseURL, \(client).WithToken(os.Getenv("\(p)_TOKEN")), \(client).WithRetries(0))
                \tif err != nil {
                \t\tt.Fatal(err)
                \t}
                \tctx := context.Background()

                """
            if needsSeen {
                body += "\t// What earlier calls created or listed, by collection path: later calls take their ids from it.\n\tseen := map[string]map[string]any{}\n"
            }
            body += "\n" + steps.joined(separator: "\n")
        }
        var helpers = ""
        if usesJSON {
            helpers += """

                // fields is a value as its JSON properties.
                func fields(t *testing.T, value any) map[string]any {
                \tt.Helper()
                \tdata, err := json.Marshal(value)
                \tif err != nil {
                \t\tt.Fatal(err)
                \t}
                \tvar properties map[string]any
                \tif err := json.Unmarshal(data, &properties); err != nil {
                \t\tt.Fatal(err)
                \t}
                \treturn properties
                }

                """
        }
        if steps.contains(where: { $0.contains("known(") || $0.contains("knownNumber(") || $0.contains("knownTime(") }) {
            helpers += """

                // known is a property of the item an earlier call created or listed in collection (its id when
                // the item has no property of that name), as it came in the JSON answer.
                func known(t *testing.T, seen map[string]map[string]any, collection, property string) any {
                \tt.Helper()
                \titem, ok := seen[collection]
                \tif !ok {
                \t\tt.Fatalf("no %s item was created or listed before a call that needs its %s", collection, property)
                \t}
                \tif value, ok := item[property]; ok {
                \t\treturn value
                \t}
                \treturn item["id"]
                }

                // knownString is a known property that is a string.
                func knownString(t *testing.T, seen map[string]map[string]any, collection, property string) string {
                \tt.Helper()
                \tvalue, ok := known(t, seen, collection, property).(string)
                \tif !ok {
                \t\tt.Fatalf("the %s of the %s item is not a string", property, collection)
                \t}
                \treturn value
                }

                """
        }
        if steps.contains(where: { $0.contains("knownNumber(") }) {
            helpers += """

                // knownNumber is a known property that is a number (JSON numbers decode as float64).
                func knownNumber(t *testing.T, seen map[string]map[string]any, collection, property string) float64 {
                \tt.Helper()
                \tvalue, ok := known(t, seen, collection, property).(float64)
                \tif !ok {
                \t\tt.Fatalf("the %s of the %s item is not a number", property, collection)
                \t}
                \treturn value
                }

                """
        }
        if steps.contains(where: { $0.contains("knownTime(") }) {
            helpers += """

                // knownTime is a known property that is an RFC 3339 date-time.
                func knownTime(t *testing.T, seen map[string]map[string]any, collection, property string) time.Time {
                \tt.Helper()
                \tvalue, err := time.Parse(time.RFC3339Nano, knownString(t, seen, collection, property))
                \tif err != nil {
                \t\tt.Fatalf("the %s of the %s item: %v", property, collection, err)
                \t}
                \treturn value
                }

                """
        }
        return """
            package \(packageName(edge))_test

            import (
            \(imports.map { $0.isEmpty ? "" : "\t" + $0 }.joined(separator: "\n"))
            )

            // \(test) is the consumer contract test of \(edge.consumer.name) → \(name): every
            // operation \(edge.consumer.name) uses, called through the generated client against a real
            // \(name) (\(p)_URL, with a bearer token in \(p)_TOKEN), in order: later calls take
            // the ids earlier ones created. Written by `groundwork link \(edge.consumer.name) \(name)`, which
            // rewrites it when the operations used or the contract change: a \(name) change
            // that breaks \(edge.consumer.name) fails here, in CI, before it is deployed.
            func \(test)(t *testing.T) {
            \(body)}
            \(helpers)
            """
    }

    /// The argument for a path parameter: the value an earlier call created or listed, converted to the Go
    /// type the client's method takes (`int64(knownNumber(…))` for an integer id, a named string type…).
    static func pathArgument(_ parameter: ClientParameter, collection: String, client: String) -> String {
        let known = "(t, seen, \(literal(collection)), \(literal(parameter.wireName)))"
        switch parameter.type.nonNull {
        case .integer(let format): return "\(format == "int32" ? "int32" : "int64")(knownNumber\(known))"
        case .number(let format): return format == "float" ? "float32(knownNumber\(known))" : "knownNumber\(known)"
        case .boolean: return "known\(known) == true"
        case .string(let format) where format == "date-time": return "knownTime\(known)"
        case .named(let name): return "\(client).\(name)(knownString\(known))"
        default: return "knownString\(known)"
        }
    }

    /// A JSON sample as a raw Go string when it holds no backquote, a quoted one otherwise.
    static func rawLiteral(_ json: String) -> String {
        json.contains("`") || json.contains("\n") ? literal(json) : "`" + json + "`"
    }
}
