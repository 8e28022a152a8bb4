extension BrickFacts {
    /// The facts predicates match, by name (docs/bricks.md, "Predicates").
    package var predicateFacts: PredicateFacts {
        var facts: [String: [String]] = [
            "ecosystem": nonEmpty(ecosystem),
            "package_manager": nonEmpty(packageManager),
            "build_tool": nonEmpty(packageManager),
            "framework": frameworks,
            "is_service": [isService ? "true" : "false"],
            "typescript": [usesTypeScript ? "true" : "false"],
            "compiled": [(primary?.isCompiled ?? false) ? "true" : "false"],
            "ci": ciSystems,
            "monorepo": nonEmpty(stack.monorepo ?? ""),
            "license": nonEmpty(stack.license?.spdx ?? ""),
            "has_dockerfile": [hasDockerfile ? "true" : "false"],
            "package_has_dockerfile": [packageHasDockerfile ? "true" : "false"],
            "has_github_actions": [hasGitHubActions ? "true" : "false"],
        ]
        for (flag, ecosystem) in Self.ecosystemFlags { facts[flag] = [self.ecosystem == ecosystem ? "true" : "false"] }
        for (flag, tool) in Self.toolFlags { facts[flag] = [packageManager == tool ? "true" : "false"] }
        return PredicateFacts(facts)
    }

    /// The Mustache context: `project`, `stack`, the `is_*` flags, `ci`, `service`, `params`, and with a
    /// model `model` and (for a file rendered `each: entity`) `entity` (docs/generation.md).
    /// Empty text is left out, so `{{#stack.lint_command}}…{{/stack.lint_command}}` is skipped when there is none.
    package func templateContext(parameters: [String: ParameterValue], service: ServiceFacts?, entity: String? = nil) -> [String: Any] {
        var stackValues: [String: Any] = [
            "port": port,
            "typescript": usesTypeScript,
            "is_service": isService,
            "compiled": primary?.isCompiled ?? false,
            "frameworks": frameworks,
            // `{{#stack.uses.fastapi}}`: a section per detected framework (Mustache cannot compare strings).
            "uses": Dictionary(frameworks.map { ($0, true) }, uniquingKeysWith: { first, _ in first }),
            "services": services.map(\.templateValue),
        ]
        let texts: [String: String] = [
            "ecosystem": ecosystem, "package_manager": packageManager, "build_tool": packageManager,
            "runtime_version": runtimeVersion, "runtime_major": runtimeMajor, "runtime_major_minor": runtimeMajorMinor,
            "framework": frameworks.first ?? "", "entrypoint": primary?.entrypoints.first ?? "",
            "entry_module": Self.pythonModule(primary?.entrypoints.first ?? ""),
            "test_command": testCommand, "build_command": buildCommand, "lint_command": lintCommand,
            "install_command": installCommand, "lockfile": primary?.lockfile ?? "", "monorepo": stack.monorepo ?? "",
        ]
        for (key, value) in texts where !value.isEmpty { stackValues[key] = value }
        // A brick's own `holder` parameter overrides git's user.name as the copyright holder.
        var holder = self.holder
        if case .string(let name)? = parameters["holder"], !name.isEmpty { holder = name }
        var context: [String: Any] = [
            "project": ["name": projectName, "slug": projectSlug, "year": year, "holder": holder] as [String: Any],
            "stack": stackValues,
        ]
        for (flag, ecosystem) in Self.ecosystemFlags { context[flag] = self.ecosystem == ecosystem }
        for (flag, tool) in Self.toolFlags { context[flag] = packageManager == tool }
        if let ci = ciSystems.first { context["ci"] = ci }
        context["has_dockerfile"] = hasDockerfile
        context["has_github_actions"] = hasGitHubActions
        if let service = service ?? defaultService { context["service"] = service.templateValue }
        var params: [String: Any] = [:]
        for (name, value) in parameters { if let rendered = value.templateValue { params[name] = rendered } }
        context["params"] = params
        if let serviceModel {
            context["model"] = serviceModel.facts.model
            if let entity { context["entity"] = serviceModel.facts.entities[entity] }
        }
        return context
    }

    private func nonEmpty(_ value: String) -> [String] { value.isEmpty ? [] : [value] }

    /// The Python module of an entry point file (`app/main.py` → `app.main`), for `uvicorn MODULE:app`;
    /// empty when the path is not a `.py` file.
    static func pythonModule(_ path: String) -> String {
        guard path.hasSuffix(".py") else { return "" }
        return path.dropLast(3).split(separator: "/").joined(separator: ".")
    }
}
