#if Enterprise
import GroundworkAuditModel
import GroundworkBricks

/// The text the recipes commands print.
package enum RecipeText {
    /// `recipes show`: summary, checks fixed with their peers, files per stack, parameters, verification.
    package static func show(_ recipe: Recipe) -> String {
        var lines = ["\(recipe.id) \(recipe.brick.version) — \(recipe.summary)", ""]
        lines.append("Fixes:")
        for id in recipe.fixes {
            let check = ScaleChecks.all.first { $0.id == id }
            let peers = check?.peers.byTool.map { "\($0.tool) \($0.ids.joined(separator: ", "))" }.joined(separator: "; ") ?? ""
            lines.append("  \(id)  \(check?.title ?? "")\(peers.isEmpty ? "" : " (peers: \(peers))")")
        }
        lines += ["", "Changes:"]
        for spec in recipe.brick.manifest.files {
            lines.append("  writes \(spec.path)\(spec.when.map { " when " + describe($0) } ?? "")")
        }
        for edit in recipe.brick.manifest.edits {
            lines.append("  edits \(edit.paths.joined(separator: ", ")) (\(edit.name))")
        }
        lines.append("  application code changed for: \(recipe.stacks.isEmpty ? "none (manifests only)" : recipe.stacks.joined(separator: ", "))")
        if !recipe.brick.manifest.parameters.isEmpty {
            lines += ["", "Parameters (--param \(recipe.id).NAME=VALUE):"]
            for parameter in recipe.brick.manifest.parameters {
                lines.append("  \(parameter.name) (\(parameter.kind.rawValue)) \(parameter.description)")
            }
        }
        lines += ["", "Verification:"]
        for step in recipe.verification {
            lines.append("  [\(step.tier.rawValue)] \(step.what) — \(step.test)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `ecosystem=python framework=fastapi`, for the files a recipe writes per stack.
    static func describe(_ predicate: BrickPredicate) -> String {
        predicate.requirements.map { "\($0.fact)=\($0.accepted.joined(separator: "|"))" }.joined(separator: " ")
    }

    /// `recipes plan`: each scale check's verdict and, for failures, the evidence and the recipe that fixes it.
    package static func findings(_ report: AuditReport, catalog: RecipeCatalog) -> String {
        var lines = ["Scale checks of \(report.repository.source)\(report.repository.commit.map { " at \($0.prefix(7))" } ?? ""):"]
        for result in report.results {
            switch result.status {
            case .pass: lines.append("  pass  \(result.id)")
            case .notApplicable: lines.append("  n/a   \(result.id) (\(result.reason ?? ""))")
            case .fail:
                let recipes = catalog.recipes.filter { $0.fixes.contains(result.id) }.map(\.id)
                lines.append("  FAIL  \(result.id)  \(result.title)\(recipes.isEmpty ? "" : " — fix: groundwork recipes apply \(recipes.joined(separator: " "))")")
                lines += result.evidence.map { "        \($0.location.map { $0 + "  " } ?? "")\($0.message)" }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
#endif
