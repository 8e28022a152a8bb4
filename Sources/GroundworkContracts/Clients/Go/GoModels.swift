/// `models.go`: string enums with their constants, structs, unions kept as JSON until asked, aliases.
enum GoModels {
    static func source(_ api: ClientAPI, package: String) -> String {
        var body = ""
        var needsJSON = false
        var needsFmt = false
        for type in api.types {
            let description = GoSyntax.comment(type.description ?? "")
            switch type.kind {
            case .enumeration(let values):
                body += "\n// \(type.name) is one of \(values.map { "\"\($0)\"" }.joined(separator: ", ")).\(description.isEmpty ? "" : " \(description)")\n"
                body += "type \(type.name) string\n\n// Values of \(type.name).\nconst (\n"
                var used = Set<String>()
                var rows: [[String]] = []
                for value in values {
                    var name = type.name + GoSyntax.exported(value)
                    while !used.insert(name).inserted { name += "_" }
                    rows.append([name, type.name, "= \(GoSyntax.literal(value))"])
                }
                body += GoSyntax.aligned(rows) + ")\n"
            case .object(let properties):
                body += "\n// \(type.name) is \(description.isEmpty ? "the \(type.originalName) object." : description)\n"
                body += properties.isEmpty ? "type \(type.name) struct{}\n" : "type \(type.name) struct {\n" + GoSyntax.aligned(fields(properties)) + "}\n"
            case .union(let variants, let discriminator):
                needsJSON = true
                if discriminator != nil { needsFmt = true }
                body += union(type, variants, discriminator)
            case .alias(let target):
                body += "\n// \(type.name) is \(GoClientEmitter.goType(target)).\ntype \(type.name) = \(GoClientEmitter.goType(target))\n"
            }
        }
        var imports: [String] = []
        if needsJSON { imports.append("encoding/json") }
        if needsFmt { imports.append("fmt") }
        if body.contains("time.Time") { imports.append("time") }
        return GoClientEmitter.header(api) + "\npackage \(package)\n" + importBlock(imports) + body
    }

    static func importBlock(_ imports: [String]) -> String {
        switch imports.count {
        case 0: ""
        case 1: "\nimport \(GoSyntax.literal(imports[0]))\n"
        default: "\nimport (\n" + imports.sorted().map { "\t\(GoSyntax.literal($0))\n" }.joined() + ")\n"
        }
    }

    /// Struct field rows: name, type, tag. Optional fields are pointers with `omitempty`.
    static func fields(_ properties: [ClientProperty]) -> [[String]] {
        var used = Set<String>()
        return properties.map { property in
            var name = GoSyntax.exported(property.jsonName)
            while !used.insert(name).inserted { name += "_" }
            let type = GoClientEmitter.goType(property.type, optional: !property.required && isPointerable(property.type))
            let omit = property.required ? "" : ",omitempty"
            return [name, type, "`json:\(GoSyntax.literal(property.jsonName + omit))`"]
        }
    }

    /// Slices, maps and `any` are already nil-able; everything else becomes a pointer when optional.
    static func isPointerable(_ type: ClientTypeRef) -> Bool {
        switch type.nonNull {
        case .array, .map, .any: false
        default: true
        }
    }

    static func variantName(_ variant: ClientTypeRef, index: Int) -> String {
        if case .named(let name) = variant.nonNull { return name }
        return "Variant\(index + 1)"
    }

    static func union(_ type: ClientType, _ variants: [ClientTypeRef], _ discriminator: ClientDiscriminator?) -> String {
        let name = type.name
        let alternatives = variants.enumerated().map { variantName($1, index: $0) }
        var out = "\n// \(name) is one of \(alternatives.joined(separator: ", "))"
        out += discriminator.map { ", told apart by \"\($0.property)\".\n" } ?? ".\n"
        out += """
            type \(name) struct {
            \traw json.RawMessage
            }

            // MarshalJSON writes the alternative the value holds.
            func (u \(name)) MarshalJSON() ([]byte, error) {
            \tif u.raw == nil {
            \t\treturn []byte("null"), nil
            \t}
            \treturn u.raw, nil
            }

            // UnmarshalJSON keeps the JSON until an As method decodes it.
            func (u *\(name)) UnmarshalJSON(data []byte) error {
            \tu.raw = append(u.raw[:0], data...)
            \treturn nil
            }

            """
        for (index, variant) in variants.enumerated() {
            let alternative = alternatives[index]
            let goType = GoClientEmitter.goType(variant.nonNull)
            out += """

                // As\(alternative) decodes the value as \(goType).
                func (u \(name)) As\(alternative)() (\(goType), error) {
                \tvar value \(goType)
                \terr := json.Unmarshal(u.raw, &value)
                \treturn value, err
                }

                // \(name)From\(alternative) wraps a \(goType).
                func \(name)From\(alternative)(value \(goType)) (\(name), error) {
                \traw, err := json.Marshal(value)
                \treturn \(name){raw: raw}, err
                }

                """
        }
        if let discriminator {
            out += """

                // Tag is the value of "\(discriminator.property)", which names the alternative.
                func (u \(name)) Tag() (string, error) {
                \tvar probe struct {
                \t\tTag string `json:\(GoSyntax.literal(discriminator.property))`
                \t}
                \tif err := json.Unmarshal(u.raw, &probe); err != nil {
                \t\treturn "", err
                \t}
                \treturn probe.Tag, nil
                }

                // Value decodes the alternative the tag names.
                func (u \(name)) Value() (any, error) {
                \ttag, err := u.Tag()
                \tif err != nil {
                \t\treturn nil, err
                \t}
                \tswitch tag {

                """
            for entry in discriminator.mapping {
                out += "\tcase \(GoSyntax.literal(entry.value)):\n\t\treturn u.As\(entry.type)()\n"
            }
            out += "\t}\n\treturn nil, fmt.Errorf(\"\(name): unknown \(discriminator.property) %q\", tag)\n}\n"
        }
        return out
    }
}
