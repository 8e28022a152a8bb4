/// Turns defaults, `--param BRICK.NAME=VALUE` and the values recorded in the lock file into each
/// brick's validated parameters.
package enum ParameterResolver {
    /// Values given on the command line, by brick id and parameter name.
    package typealias Overrides = [String: [String: String]]

    /// Parses `--param` values (`docker.port=8080`), checking every brick and parameter name against
    /// the bricks of the run.
    package static func parse(_ arguments: [String], bricks: [Brick]) throws(BrickError) -> Overrides {
        var overrides: Overrides = [:]
        for argument in arguments {
            guard let equals = argument.firstIndex(of: "="), let dot = argument[..<equals].firstIndex(of: ".") else {
                throw BrickError(.parameter, "--param \(argument): expected BRICK.NAME=VALUE, such as docker.port=8080")
            }
            let brickID = String(argument[..<dot])
            let name = String(argument[argument.index(after: dot)..<equals])
            let value = String(argument[argument.index(after: equals)...])
            guard let brick = bricks.first(where: { $0.id == brickID }) else {
                throw BrickError(.parameter, "--param \(argument): \(brickID) is not a brick of this run; expected one of \(bricks.map(\.id).joined(separator: ", "))")
            }
            guard brick.manifest.parameter(named: name) != nil else {
                let names = brick.manifest.parameters.map(\.name)
                throw BrickError(.parameter, "--param \(argument): \(brickID) has no parameter \(name); \(names.isEmpty ? "it takes none" : "its parameters are \(names.joined(separator: ", "))")")
            }
            overrides[brickID, default: [:]][name] = value
        }
        return overrides
    }

    /// The brick's parameters: the command line first, then the value recorded in the lock file
    /// (so a re-apply or an update keeps what was chosen), then the default rendered over the facts.
    package static func resolve(_ brick: Brick, facts: BrickFacts, overrides: [String: String] = [:], locked: [String: ParameterValue] = [:]) throws(BrickError) -> [String: ParameterValue] {
        var values: [String: ParameterValue] = [:]
        let manifest = brick.manifest
        for parameter in manifest.parameters {
            if let text = overrides[parameter.name] {
                switch parameter.parse(text) {
                case .success(let value): values[parameter.name] = value
                case .failure(let problem):
                    throw BrickError(.parameter, "--param \(brick.id).\(parameter.name)=\(text): \(problem.message)")
                }
                continue
            }
            if let recorded = locked[parameter.name], case .success(let value) = parameter.validate(coerce(recorded, to: parameter)) {
                values[parameter.name] = value
                continue
            }
            values[parameter.name] = try defaultValue(parameter, brick: brick, facts: facts)
        }
        return values
    }

    private static func defaultValue(_ parameter: BrickParameter, brick: Brick, facts: BrickFacts) throws(BrickError) -> ParameterValue {
        let file = brick.manifest.manifestPath
        switch parameter.defaultValue {
        case nil:
            throw BrickError(.parameter, "parameters: \(parameter.name) has no default; pass --param \(brick.id).\(parameter.name)=VALUE", file: file, line: parameter.line)
        case .list(let items):
            return .list(items)
        case .template(let template):
            let rendered = try TemplateRenderer.render(template, file: file, context: facts.templateContext(parameters: [:], service: nil))
            switch parameter.parse(rendered) {
            case .success(let value): return value
            case .failure(let problem):
                throw BrickError(
                    .parameter,
                    "parameters: the default of \(parameter.name) (\(template)) gave \"\(rendered)\" for this repository: \(problem.message); pass --param \(brick.id).\(parameter.name)=VALUE",
                    file: file, line: parameter.line)
            }
        }
    }

    /// A value read back from the lock file, in the shape the parameter's type wants.
    private static func coerce(_ value: ParameterValue, to parameter: BrickParameter) -> ParameterValue {
        switch (parameter.kind, value) {
        case (.string, .int), (.string, .bool), (.enum, .int), (.enum, .bool):
            return .string(value.commandLineText)
        case (.int, .string(let text)):
            return Int(text).map(ParameterValue.int) ?? value
        case (.bool, .string(let text)):
            switch BrickPredicate.normalised(text) {
            case "true": return .bool(true)
            case "false": return .bool(false)
            default: return value
            }
        case (.list, .string(let text)):
            return .list(text.isEmpty ? [] : [text])
        default:
            return value
        }
    }
}
