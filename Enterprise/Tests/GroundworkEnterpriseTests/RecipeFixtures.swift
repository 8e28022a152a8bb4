#if Enterprise
import Foundation
import GroundworkBricks
import GroundworkGit
import GroundworkRecipes
import GroundworkTestSupport

/// The source tree, the shipped recipes, and repositories to apply them to.
enum RecipeFixtures {
    /// The package root (this file is Enterprise/Tests/GroundworkEnterpriseTests/RecipeFixtures.swift).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let now = Date(timeIntervalSince1970: 1_767_268_800)

    static func catalog() throws -> RecipeCatalog { try RecipeCatalog.load(folder: root + "/Enterprise/Recipes") }
    static func builtin() async throws -> BrickLibrary { try await BrickLibrary.load(sources: [], pluginsFolder: root + "/Plugins") }

    /// A Node service whose Kubernetes manifests the kubernetes brick wrote (merged on main), plus a
    /// hand-written worker Deployment in a manifest folder of its own, with a comment to keep.
    static func nodeServiceWithManifests() async throws -> RepoBuilder {
        let repo = try RepoBuilder()
        try repo.commit(
            "service",
            files: [
                "package.json": #"{"name": "orders-api", "version": "1.0.0", "scripts": {"start": "node index.js"}, "dependencies": {"express": "^4.21.0"}}"#,
                "index.js": "const express = require('express')\nexpress().listen(process.env.PORT || 3000)\n",
                "k8s/worker.yaml": """
                # The queue worker: hand-written, keep this comment.
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: worker
                spec:
                  replicas: 1
                  selector:
                    matchLabels:
                      app: worker
                  template:
                    metadata:
                      labels:
                        app: worker
                    spec:
                      containers:
                        - name: worker
                          image: ghcr.io/acme/worker:1.2.0
                          ports:
                            - containerPort: 9000

                """,
            ])
        try await apply(["kubernetes"], to: repo, library: try await builtin())
        return repo
    }

    /// Applies bricks (or recipes, with their library) on a branch and moves the current branch there, as a merged pull request.
    @discardableResult
    static func apply(_ ids: [String], to repo: RepoBuilder, library: BrickLibrary, parameters: [String] = []) async throws -> ChangeOutcome {
        let workspace = try BrickWorkspace.openForRecipes(repo.path, workTree: false, now: now)
        let plan = try ApplyPlanner.plan(ids, parameters: parameters, library: library, workspace: workspace)
        let outcome = try BrickApplier.apply(plan, requested: ids, workspace: workspace, now: now)
        if case .branch(_, let commit, _) = outcome { try repo.repository.createBranch(repo.currentBranch, at: commit, force: true) }
        return outcome
    }

    /// Applies recipes through `RecipeRun`, as `groundwork recipes apply` does.
    @discardableResult
    static func applyRecipes(_ ids: [String], to repo: RepoBuilder, parameters: [String] = []) async throws -> ChangeOutcome {
        let workspace = try BrickWorkspace.openForRecipes(repo.path, workTree: false, now: now)
        let library = try RecipeRun.library(ids, catalog: try catalog(), parameters: parameters, workspace: workspace, builtin: try await builtin())
        return try await apply(ids, to: repo, library: library, parameters: parameters)
    }

    /// A file's text at the tip of the current branch.
    static func text(_ path: String, in repo: RepoBuilder) throws -> String? {
        guard let head = repo.head, let entry = try repo.repository.entry(at: path, inTree: try repo.repository.commit(head).tree) else { return nil }
        return String(decoding: try repo.repository.blob(entry.id).data, as: UTF8.self)
    }
}
#endif
