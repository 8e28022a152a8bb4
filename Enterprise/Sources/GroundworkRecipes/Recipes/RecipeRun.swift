#if Enterprise
import Foundation
import GroundworkAudit
import GroundworkAuditModel
import GroundworkBricks

/// Prepares recipes for the brick engine: checks that they fit the repository, reads the repository's
/// scale objects once, and gives each recipe brick the implementations of its `recipes/…` edits with
/// the parameters of the run. Apply, plan and update then run as for any brick.
package enum RecipeRun {
    /// The stacks of a repository as recipes name them (`python-fastapi`): ecosystem and framework.
    package static func stackNames(_ facts: BrickFacts) -> [String] {
        facts.frameworks.map { "\(facts.ecosystem)-\($0)" }
    }

    /// The library to plan with: `builtin` plus the recipes `ids` (their bricks carrying their edits).
    /// Throws for an unknown recipe, a stack a recipe does not change, or a repository with nothing to work on.
    package static func library(
        _ ids: [String], catalog: RecipeCatalog, parameters: [String], workspace: BrickWorkspace, builtin: BrickLibrary, updating: Bool = false
    ) throws -> BrickLibrary {
        let recipes = try ids.map { try catalog.recipe($0) }
        let stacks = stackNames(workspace.facts)
        for recipe in recipes where recipe.stackRequired && !recipe.changesApplication(of: stacks) {
            throw RecipeError(
                .unsupportedStack,
                "recipe \(recipe.id) changes the application of \(recipe.stacks.joined(separator: ", ")); this repository's stack is \(stacks.first ?? "not one groundwork recognises")")
        }
        let snapshot = try snapshot(of: workspace)
        let inventory = snapshot.map { ScaleInventory.load(AuditContext(snapshot: $0, stack: workspace.report.stack)) } ?? ScaleInventory(objects: [])
        let worker = snapshot.flatMap(WorkerEntryPoint.find(in:))
        if inventory.workloads.isEmpty, !recipes.contains(where: { $0.changesApplication(of: stacks) }) {
            throw RecipeError(
                .nothingToChange, "\(workspace.path) has no Kubernetes Deployment or StatefulSet for the recipes to work on; apply the kubernetes brick first (groundwork apply kubernetes)")
        }
        var library = builtin
        let overrides = try ParameterResolver.parse(parameters, bricks: recipes.map(\.brick))
        for recipe in recipes {
            var brick = try fittingSessions(recipe.brick, snapshot: snapshot, path: workspace.path, updating: updating)
            let values = try ParameterResolver.resolve(brick, facts: workspace.facts, overrides: overrides[brick.id] ?? [:], locked: workspace.lock.brick(brick.id)?.parameters ?? [:])
            for spec in brick.manifest.edits where spec.kind == nil {
                brick.editionEdits[spec.name] = try RecipeEdits.make(
                    RecipeEditInputs(name: spec.name, values: values, inventory: inventory, worker: worker, file: recipe.brick.manifest.manifestPath))
            }
            library.add([brick])
        }
        return library
    }

    /// The library for `update`: `builtin` plus every recipe the lock file records, with their edits.
    package static func updateLibrary(catalog: RecipeCatalog, workspace: BrickWorkspace, builtin: BrickLibrary) throws -> BrickLibrary {
        let applied = catalog.recipes.map(\.id).filter { workspace.lock.brick($0) != nil }
        guard !applied.isEmpty else { return builtin }
        return try library(applied, catalog: catalog, parameters: [], workspace: workspace, builtin: builtin, updating: true)
    }

    /// The repository's tree at HEAD; nil before its first commit.
    static func snapshot(of workspace: BrickWorkspace) throws -> RepoSnapshot? {
        guard let commit = workspace.baseCommit else { return nil }
        return try RepoSnapshot.load(from: workspace.repository, commit: commit)
    }

    /// Audits the repository at `path` (the tree at HEAD) with the scale checks only.
    package static func scaleReport(_ path: String, now: Date) throws -> AuditReport {
        var options = AuditOptions.treeOnly(now: now)
        options.checks = ScaleChecks.all.map { $0 as any Check }
        return try Auditor.audit(path, options: options)
    }
}
#endif
