import OpenAPIKit

/// Compares two schemas for one side of an exchange: what a consumer sends (request body, parameter)
/// or what it reads (response). Recursive schemas stop at a pair of references already being compared.
struct SchemaWalk {
    enum Subject { case request, parameter, response }

    let subject: Subject
    let operation: String
    /// What is compared, as messages name it: `request body`, `200 response`, `query parameter `limit``.
    let label: String
    var visited: Set<String>

    /// The label of a field inside the compared value (`lines[].quantity`), or of the value itself.
    private func describe(_ field: String) -> String {
        field.isEmpty ? label : "\(label) field `\(field)`"
    }

    mutating func compare(_ oldSchema: JSONSchema, _ newSchema: JSONSchema, at path: String, field: String, in diff: inout ContractDiff) {
        if let oldName = diff.oldResolver.referenceName(oldSchema), let newName = diff.newResolver.referenceName(newSchema) {
            guard visited.insert("\(oldName)|\(newName)").inserted else { return }
        }
        let before = SchemaShape(oldSchema, resolver: diff.oldResolver)
        let after = SchemaShape(newSchema, resolver: diff.newResolver)
        guard compareTypes(before, after, at: path, field: field, in: &diff) else { return }
        compareNullability(before, after, at: path, field: field, in: &diff)
        compareFormats(before, after, at: path, field: field, in: &diff)
        compareEnums(before, after, at: path, field: field, in: &diff)
        compareConstraints(before.constraints, after.constraints, at: path, field: field, in: &diff)
        compareProperties(before, after, at: path, field: field, in: &diff)
        if let oldItems = before.items, let newItems = after.items {
            compare(oldItems, newItems, at: "\(path).items", field: field + "[]", in: &diff)
        }
        compareVariants(before, after, at: path, field: field, in: &diff)
    }

    private var sends: Bool { subject != .response }

    private func rule(request: ContractRule, parameter: ContractRule? = nil, response: ContractRule) -> ContractRule {
        switch subject {
        case .request: request
        case .parameter: parameter ?? request
        case .response: response
        }
    }

    /// Reports a type change; false when the schemas are too different to compare further.
    private func compareTypes(_ before: SchemaShape, _ after: SchemaShape, at path: String, field: String, in diff: inout ContractDiff) -> Bool {
        guard !before.types.isEmpty, !after.types.isEmpty, before.types != after.types else { return true }
        let widened = before.types == ["integer"] && after.types == ["number"]
        let described = "\(before.types.sorted().joined(separator: "|")) → \(after.types.sorted().joined(separator: "|"))"
        if widened {
            switch subject {
            case .request: diff.report(ContractRules.requestTypeWidened, at: path, operation: operation, "\(operation): \(describe(field)) accepts any number now (\(described))")
            case .parameter: diff.report(ContractRules.parameterConstraintLooser, at: path, operation: operation, "\(operation): \(describe(field)) accepts any number now (\(described))")
            case .response: diff.report(ContractRules.responseTypeWidened, at: path, operation: operation, "\(operation): \(describe(field)) may carry non-integer numbers (\(described))")
            }
            return true
        }
        let changed = rule(request: ContractRules.requestTypeChanged, parameter: ContractRules.parameterTypeChanged, response: ContractRules.responseTypeChanged)
        diff.report(changed, at: path, operation: operation, "\(operation): \(describe(field)) changed type (\(described))")
        return false
    }

    private func compareNullability(_ before: SchemaShape, _ after: SchemaShape, at path: String, field: String, in diff: inout ContractDiff) {
        guard before.nullable != after.nullable, subject != .parameter else { return }
        if sends {
            if before.nullable {
                diff.report(ContractRules.requestNullableRemoved, at: path, operation: operation, "\(operation): \(describe(field)) no longer accepts null")
            } else {
                diff.report(ContractRules.requestNullableAdded, at: path, operation: operation, "\(operation): \(describe(field)) accepts null")
            }
        } else if after.nullable {
            diff.report(ContractRules.responseNullableAdded, at: path, operation: operation, "\(operation): \(describe(field)) may be null")
        }
    }

    private func compareFormats(_ before: SchemaShape, _ after: SchemaShape, at path: String, field: String, in diff: inout ContractDiff) {
        guard before.format != after.format else { return }
        let described = "format \(before.format ?? "none") → \(after.format ?? "none")"
        if sends {
            if after.format != nil {
                let changed = rule(request: ContractRules.requestFormatChanged, parameter: ContractRules.parameterFormatChanged, response: ContractRules.responseFormatChanged)
                diff.report(changed, at: path, operation: operation, "\(operation): \(describe(field)) \(described)")
            } else {
                let looser = rule(request: ContractRules.requestConstraintLooser, parameter: ContractRules.parameterConstraintLooser, response: ContractRules.responseConstraintLooser)
                diff.report(looser, at: path, operation: operation, "\(operation): \(describe(field)) \(described)")
            }
        } else if before.format != nil {
            diff.report(ContractRules.responseFormatChanged, at: path, operation: operation, "\(operation): \(describe(field)) \(described)")
        }
    }

    private func compareEnums(_ before: SchemaShape, _ after: SchemaShape, at path: String, field: String, in diff: inout ContractDiff) {
        let removed: Set<String>? = after.enumValues.map { newValues in (before.enumValues ?? []).subtracting(newValues) }
        let added: Set<String>? = before.enumValues.map { oldValues in (after.enumValues ?? []).subtracting(oldValues) }
        // Restricting an unrestricted value narrows it; dropping the restriction widens it.
        let narrowed = after.enumValues != nil && (before.enumValues == nil || !(removed ?? []).isEmpty)
        let widened = before.enumValues != nil && (after.enumValues == nil || !(added ?? []).isEmpty)
        let list = { (values: Set<String>?) in values.map { $0.sorted().joined(separator: ", ") } ?? "" }
        if narrowed {
            let detail = before.enumValues == nil ? "is now limited to \(list(after.enumValues))" : "no longer allows \(list(removed))"
            let narrowRule = rule(request: ContractRules.requestEnumNarrowed, parameter: ContractRules.parameterEnumNarrowed, response: ContractRules.responseEnumNarrowed)
            diff.report(narrowRule, at: path, operation: operation, "\(operation): \(describe(field)) \(detail)")
        }
        if widened {
            let detail = after.enumValues == nil ? "is no longer limited to a list of values" : "also allows \(list(added))"
            let widenRule = rule(request: ContractRules.requestEnumWidened, parameter: ContractRules.parameterEnumWidened, response: ContractRules.responseEnumWidened)
            diff.report(widenRule, at: path, operation: operation, "\(operation): \(describe(field)) \(detail)")
        }
    }

    private func compareConstraints(
        _ before: SchemaShape.Constraints, _ after: SchemaShape.Constraints, at path: String, field: String, in diff: inout ContractDiff
    ) {
        var stricter: [String] = []
        var looser: [String] = []
        func upper<T: Comparable>(_ name: String, _ old: T?, _ new: T?) {
            switch (old, new) {
            case (nil, let value?): stricter.append("\(name) \(value)")
            case (let value?, nil): looser.append("no \(name) (was \(value))")
            case (let a?, let b?) where b < a: stricter.append("\(name) \(a) → \(b)")
            case (let a?, let b?) where b > a: looser.append("\(name) \(a) → \(b)")
            default: break
            }
        }
        func lower<T: Comparable>(_ name: String, _ old: T?, _ new: T?) {
            switch (old, new) {
            case (nil, let value?): stricter.append("\(name) \(value)")
            case (let value?, nil): looser.append("no \(name) (was \(value))")
            case (let a?, let b?) where b > a: stricter.append("\(name) \(a) → \(b)")
            case (let a?, let b?) where b < a: looser.append("\(name) \(a) → \(b)")
            default: break
            }
        }
        upper("maxLength", before.maxLength, after.maxLength)
        lower("minLength", before.minLength == 0 ? nil : before.minLength, after.minLength == 0 ? nil : after.minLength)
        upper("maximum", before.maximum, after.maximum)
        lower("minimum", before.minimum, after.minimum)
        upper("maxItems", before.maxItems, after.maxItems)
        lower("minItems", before.minItems == 0 ? nil : before.minItems, after.minItems == 0 ? nil : after.minItems)
        upper("maxProperties", before.maxProperties, after.maxProperties)
        if before.pattern != after.pattern {
            if after.pattern != nil { stricter.append("pattern \(after.pattern ?? "")") } else { looser.append("no pattern") }
        }
        if before.multipleOf != after.multipleOf, let multiple = after.multipleOf { stricter.append("multipleOf \(multiple)") }
        if !before.uniqueItems && after.uniqueItems { stricter.append("uniqueItems") }
        if !before.exclusiveMaximum && after.exclusiveMaximum { stricter.append("exclusive maximum") }
        if !before.exclusiveMinimum && after.exclusiveMinimum { stricter.append("exclusive minimum") }
        if sends {
            if !stricter.isEmpty {
                let stricterRule = rule(request: ContractRules.requestConstraintStricter, parameter: ContractRules.parameterConstraintStricter, response: ContractRules.responseConstraintLooser)
                diff.report(stricterRule, at: path, operation: operation, "\(operation): \(describe(field)) is stricter: \(stricter.joined(separator: ", "))")
            }
            if !looser.isEmpty {
                let looserRule = rule(request: ContractRules.requestConstraintLooser, parameter: ContractRules.parameterConstraintLooser, response: ContractRules.responseConstraintLooser)
                diff.report(looserRule, at: path, operation: operation, "\(operation): \(describe(field)) is looser: \(looser.joined(separator: ", "))")
            }
        } else if !looser.isEmpty {
            diff.report(ContractRules.responseConstraintLooser, at: path, operation: operation, "\(operation): \(describe(field)) is documented looser: \(looser.joined(separator: ", "))")
        }
    }

    private mutating func compareProperties(_ before: SchemaShape, _ after: SchemaShape, at path: String, field: String, in diff: inout ContractDiff) {
        for (name, oldProperty) in before.properties {
            let propertyAt = "\(path).properties.\(name)"
            let child = field.isEmpty ? name : "\(field).\(name)"
            let label = describe(child)
            let oldShape = SchemaShape(oldProperty, resolver: diff.oldResolver)
            // Fields a consumer never sends (read-only) or never reads (write-only) do not concern it.
            if sends && oldShape.readOnly || !sends && oldShape.writeOnly { continue }
            guard let newProperty = after.property(name) else {
                if sends {
                    let removedRule = after.acceptsUnknownProperties ? ContractRules.requestPropertyIgnored : ContractRules.requestPropertyRemoved
                    diff.report(removedRule, at: propertyAt, operation: operation, "\(operation): \(label) was removed")
                } else {
                    diff.report(ContractRules.responsePropertyRemoved, at: propertyAt, operation: operation, "\(operation): \(label) was removed")
                }
                continue
            }
            let newShape = SchemaShape(newProperty, resolver: diff.newResolver)
            let wasRequired = before.required.contains(name)
            let isRequired = after.required.contains(name)
            if sends {
                if newShape.readOnly {
                    diff.report(ContractRules.requestPropertyBecameReadOnly, at: propertyAt, operation: operation, "\(operation): \(label) is read-only now")
                    continue
                }
                if !wasRequired && isRequired {
                    diff.report(ContractRules.requestPropertyBecameRequired, at: propertyAt, operation: operation, "\(operation): \(label) is now required")
                } else if wasRequired && !isRequired {
                    diff.report(ContractRules.requestPropertyBecameOptional, at: propertyAt, operation: operation, "\(operation): \(label) is now optional")
                }
            } else {
                if newShape.writeOnly {
                    diff.report(ContractRules.responsePropertyBecameWriteOnly, at: propertyAt, operation: operation, "\(operation): \(label) is no longer returned (write-only)")
                    continue
                }
                if wasRequired && !isRequired {
                    diff.report(ContractRules.responsePropertyBecameOptional, at: propertyAt, operation: operation, "\(operation): \(label) may now be missing")
                } else if !wasRequired && isRequired {
                    diff.report(ContractRules.responsePropertyBecameRequired, at: propertyAt, operation: operation, "\(operation): \(label) is now always present")
                }
            }
            compare(oldProperty, newProperty, at: propertyAt, field: child, in: &diff)
        }
        for (name, newProperty) in after.properties where before.property(name) == nil {
            let propertyAt = "\(path).properties.\(name)"
            let label = describe(field.isEmpty ? name : "\(field).\(name)")
            let shape = SchemaShape(newProperty, resolver: diff.newResolver)
            if sends {
                guard !shape.readOnly else { continue }
                if after.required.contains(name) {
                    diff.report(ContractRules.requestPropertyAddedRequired, at: propertyAt, operation: operation, "\(operation): new required \(label)")
                } else {
                    diff.report(ContractRules.requestPropertyAddedOptional, at: propertyAt, operation: operation, "\(operation): new optional \(label)")
                }
            } else if !shape.writeOnly {
                diff.report(ContractRules.responsePropertyAdded, at: propertyAt, operation: operation, "\(operation): new \(label)")
            }
        }
        if sends && before.acceptsUnknownProperties && !after.acceptsUnknownProperties && after.types.contains("object") {
            diff.report(ContractRules.requestAdditionalPropertiesForbidden, at: path, operation: operation, "\(operation): \(describe(field)) refuses undeclared fields now")
        }
    }

    private mutating func compareVariants(_ before: SchemaShape, _ after: SchemaShape, at path: String, field: String, in diff: inout ContractDiff) {
        if before.discriminator != after.discriminator, before.variants != nil || after.variants != nil {
            let changed = rule(request: ContractRules.requestDiscriminatorChanged, response: ContractRules.responseDiscriminatorChanged)
            diff.report(
                changed, at: "\(path).discriminator", operation: operation,
                "\(operation): \(describe(field)) is told apart by `\(after.discriminator ?? "nothing")` instead of `\(before.discriminator ?? "nothing")`")
        }
        guard let oldVariants = before.variants ?? (after.variants != nil ? [] : nil), let newVariants = after.variants ?? [] as [JSONSchema]? else { return }
        let oldKeyed = keyed(oldVariants, diff.oldResolver)
        let newKeyed = keyed(newVariants, diff.newResolver)
        for (key, schema) in oldKeyed {
            if let match = newKeyed.first(where: { $0.key == key }) {
                compare(schema, match.schema, at: "\(path).oneOf[\(key)]", field: field, in: &diff)
            } else {
                let removed = rule(request: ContractRules.requestVariantRemoved, response: ContractRules.responseVariantRemoved)
                diff.report(removed, at: "\(path).oneOf[\(key)]", operation: operation, "\(operation): \(describe(field)) alternative \(key) was removed")
            }
        }
        for (key, _) in newKeyed where !oldKeyed.contains(where: { $0.key == key }) {
            let added = rule(request: ContractRules.requestVariantAdded, response: ContractRules.responseVariantAdded)
            diff.report(added, at: "\(path).oneOf[\(key)]", operation: operation, "\(operation): \(describe(field)) has a new alternative \(key)")
        }
    }

    /// Alternatives keyed by the component they reference, else by their JSON types, else by position.
    private func keyed(_ variants: [JSONSchema], _ resolver: SchemaResolver) -> [(key: String, schema: JSONSchema)] {
        var seen: [String: Int] = [:]
        return variants.enumerated().map { index, schema in
            var key = resolver.referenceName(schema) ?? SchemaShape(schema, resolver: resolver).types.sorted().joined(separator: "|")
            if key.isEmpty { key = "#\(index)" }
            seen[key, default: 0] += 1
            if let count = seen[key], count > 1 { key += "#\(count)" }
            return (key, schema)
        }
    }
}
