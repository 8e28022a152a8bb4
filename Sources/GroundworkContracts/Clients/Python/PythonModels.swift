/// `models.py`: enums, dataclasses with `from_dict`/`to_dict`, unions with their decoders, aliases.
enum PythonModels {
    static func source(_ api: ClientAPI) -> String {
        var out =
            PythonClientEmitter.header(api) + """

                from __future__ import annotations

                import dataclasses
                import datetime
                import enum
                from typing import Any, Union


                def parse_datetime(value: str) -> datetime.datetime:
                    \"\"\"An RFC 3339 date-time (a trailing Z is UTC).\"\"\"
                    return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))


                def format_datetime(value: datetime.datetime) -> str:
                    \"\"\"RFC 3339, naive values taken as UTC.\"\"\"
                    if value.tzinfo is None:
                        value = value.replace(tzinfo=datetime.timezone.utc)
                    return value.isoformat().replace("+00:00", "Z")


                def to_json(value: Any) -> Any:
                    \"\"\"A model value as JSON data.\"\"\"
                    if hasattr(value, "to_dict"):
                        return value.to_dict()
                    if isinstance(value, enum.Enum):
                        return value.value
                    if isinstance(value, datetime.datetime):
                        return format_datetime(value)
                    if isinstance(value, datetime.date):
                        return value.isoformat()
                    if isinstance(value, list):
                        return [to_json(item) for item in value]
                    if isinstance(value, dict):
                        return {key: to_json(item) for key, item in value.items()}
                    return value

                """
        for type in api.types {
            switch type.kind {
            case .enumeration(let values):
                out += "\n\nclass \(type.name)(str, enum.Enum):\n"
                out += "    \"\"\"\(docstring(type.description ?? "One of \(values.count) values."))\"\"\"\n\n"
                var used = Set<String>()
                for value in values {
                    var member = IdentifierWords.snake(value).uppercased()
                    if member.isEmpty || member.first!.isNumber { member = "V_" + member }
                    while !used.insert(member).inserted { member += "_" }
                    out += "    \(member) = \(PythonClientEmitter.literal(value))\n"
                }
            case .object(let properties):
                out += objectClass(type, properties, api)
            default:
                break
            }
        }
        for type in api.types {
            switch type.kind {
            case .union(let variants, let discriminator):
                out += "\n\n\(type.name) = Union[\(variants.map { quoted(PythonClientEmitter.annotation($0)) }.joined(separator: ", "))]\n"
                out += unionDecoder(type.name, variants, discriminator, api)
            case .alias(let target):
                out += "\n\n\(type.name) = \(quoted(PythonClientEmitter.annotation(target)))\n"
            default:
                break
            }
        }
        return out
    }

    /// Names inside an annotation quoted, so aliases may refer to types defined later.
    static func quoted(_ annotation: String) -> String {
        annotation.contains(where: { $0.isUppercase }) && !annotation.hasPrefix("datetime") ? "\"\(annotation)\"" : annotation
    }

    static func docstring(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"\"\"", with: "\\\"\\\"\\\"").replacingOccurrences(of: "\n", with: " ")
    }

    static func objectClass(_ type: ClientType, _ properties: [ClientProperty], _ api: ClientAPI) -> String {
        var out = "\n\n@dataclasses.dataclass(kw_only=True)\nclass \(type.name):\n"
        out += "    \"\"\"\(docstring(type.description ?? "The \(type.originalName) object."))\"\"\"\n"
        var names: [(property: ClientProperty, attribute: String)] = []
        var used = Set<String>()
        for property in properties {
            var attribute = PythonClientEmitter.identifier(property.jsonName)
            while !used.insert(attribute).inserted { attribute += "_" }
            names.append((property, attribute))
        }
        if !names.isEmpty { out += "\n" }
        for (property, attribute) in names {
            let annotation = PythonClientEmitter.annotation(property.type)
            if property.required {
                out += "    \(attribute): \(annotation)\n"
            } else {
                let optional = property.type.isNullable || property.type == .any ? annotation : "\(annotation) | None"
                out += "    \(attribute): \(optional) = None\n"
            }
            if let description = property.description { out += "    \"\"\"\(docstring(description))\"\"\"\n" }
        }
        out += "\n    @classmethod\n    def from_dict(cls, data: dict[str, Any]) -> \(type.name):\n"
        out += "        \"\"\"Decodes the JSON object.\"\"\"\n"
        if names.isEmpty {
            out += "        return cls()\n"
        } else {
            out += "        return cls(\n"
            for (property, attribute) in names {
                let key = PythonClientEmitter.literal(property.jsonName)
                if property.required {
                    out += "            \(attribute)=\(PythonClientEmitter.decode(property.type, "data[\(key)]", api: api)),\n"
                } else {
                    let decoded = PythonClientEmitter.decode(property.type.nonNull, "data[\(key)]", api: api)
                    let value = decoded == "data[\(key)]" ? "data.get(\(key))" : "None if data.get(\(key)) is None else \(decoded)"
                    out += "            \(attribute)=\(value),\n"
                }
            }
            out += "        )\n"
        }
        out += "\n    def to_dict(self) -> dict[str, Any]:\n        \"\"\"The JSON object (optional fields left out when None).\"\"\"\n"
        out += "        data: dict[str, Any] = {}\n"
        for (property, attribute) in names {
            let key = PythonClientEmitter.literal(property.jsonName)
            if property.required {
                out += "        data[\(key)] = \(PythonClientEmitter.encode(property.type, "self.\(attribute)", api: api))\n"
            } else {
                out += "        if self.\(attribute) is not None:\n"
                out += "            data[\(key)] = \(PythonClientEmitter.encode(property.type.nonNull, "self.\(attribute)", api: api))\n"
            }
        }
        out += "        return data\n"
        return out
    }

    static func unionDecoder(_ name: String, _ variants: [ClientTypeRef], _ discriminator: ClientDiscriminator?, _ api: ClientAPI) -> String {
        var out = "\n\ndef \(PythonClientEmitter.unionDecoder(name))(data: Any) -> \(name):\n"
        out += "    \"\"\"Decodes one of the alternatives of \(name).\"\"\"\n"
        if let discriminator {
            out += "    tag = data.get(\(PythonClientEmitter.literal(discriminator.property))) if isinstance(data, dict) else None\n"
            for entry in discriminator.mapping {
                out += "    if tag == \(PythonClientEmitter.literal(entry.value)):\n"
                out += "        return \(PythonClientEmitter.decode(.named(entry.type), "data", api: api))\n"
            }
            out += "    raise ValueError(f\"unknown \(discriminator.property) {tag!r} for \(name)\")\n"
            return out
        }
        for variant in variants {
            switch variant.nonNull {
            case .string: out += "    if isinstance(data, str):\n        return data\n"
            case .integer: out += "    if isinstance(data, int) and not isinstance(data, bool):\n        return data\n"
            case .number: out += "    if isinstance(data, (int, float)) and not isinstance(data, bool):\n        return float(data)\n"
            case .boolean: out += "    if isinstance(data, bool):\n        return data\n"
            case .array: out += "    if isinstance(data, list):\n        return \(PythonClientEmitter.decode(variant, "data", api: api))\n"
            case .map, .any: out += "    if isinstance(data, dict):\n        return data\n"
            case .named, .nullable:
                out += "    try:\n        return \(PythonClientEmitter.decode(variant, "data", api: api))\n"
                out += "    except (KeyError, TypeError, ValueError):\n        pass\n"
            }
        }
        out += "    raise ValueError(\"no alternative of \(name) matches\")\n"
        return out
    }
}
