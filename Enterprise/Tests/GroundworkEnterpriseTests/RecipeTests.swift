#if Enterprise
import Foundation
import GroundworkAudit
import GroundworkAuditModel
import GroundworkBricks
import GroundworkRecipes
import GroundworkTestSupport
import Testing

/// The recipe catalogue, and recipes applied through the brick engine to a service whose manifests the
/// kubernetes brick wrote: the scale checks they fix pass afterwards, the user's text survives, and the
/// lock file records them for update.
@Suite struct RecipeTests {
    @Test func catalogueIsOrderedAndEveryRecipeFixesKnownChecks() throws {
        let catalog = try RecipeFixtures.catalog()
        #expect(catalog.recipes.map(\.id) == ["graceful-shutdown", "pdb", "hpa", "db-connection-budget", "red-metrics", "workers", "rate-limit", "cache", "stateless-sessions"])
        let known = Set(ScaleChecks.enterpriseAudit.map(\.id))
        for recipe in catalog.recipes {
            #expect(!recipe.fixes.isEmpty, "\(recipe.id) fixes nothing")
            for id in recipe.fixes { #expect(known.contains(id), "\(recipe.id) fixes unknown check \(id)") }
            #expect(!recipe.verification.isEmpty)
        }
        // Every scale check that can fail for a reason (all but the CPU-limit notice) has a recipe that fixes it.
        let fixed = Set(catalog.recipes.flatMap(\.fixes))
        for check in ScaleChecks.all where !check.fixedBy.isEmpty {
            #expect(check.fixedBy.allSatisfy { id in catalog.recipes.contains { $0.id == id } }, "\(check.id) is fixed by \(check.fixedBy), not all recipes")
            #expect(fixed.contains(check.id), "no recipe lists \(check.id) in its fixes")
        }
    }

    /// docs/recipes.md's catalogue is generated from the recipes and the scale checks.
    @Test func documentationIsCurrent() throws {
        let path = RecipeFixtures.root + "/docs/recipes.md"
        let document = try String(contentsOfFile: path, encoding: .utf8)
        let fresh = try #require(RecipeDocument.refreshed(document, catalog: try RecipeFixtures.catalog()), "docs/recipes.md lacks the generated-part markers")
        if ProcessInfo.processInfo.environment["GROUNDWORK_RECORD_DOCS"] == "1", fresh != document {
            try fresh.write(toFile: path, atomically: true, encoding: .utf8)
        }
        #expect(fresh == document, "docs/recipes.md is stale: GROUNDWORK_RECORD_DOCS=1 swift test --filter RecipeTests")
    }

    /// Each verification step names a test that exists in this suite's sources.
    @Test func verificationStepsNameRealTests() throws {
        let folder = RecipeFixtures.root + "/Enterprise/Tests/GroundworkEnterpriseTests"
        let sources = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".swift") }
            .map { try String(contentsOfFile: folder + "/" + $0, encoding: .utf8) }.joined()
        for recipe in try RecipeFixtures.catalog().recipes {
            for step in recipe.verification {
                let parts = step.test.split(separator: "/")
                #expect(parts.count == 2 && sources.contains("struct \(parts[0])") && sources.contains("func \(parts[1])("), "\(recipe.id): \(step.test) is not a test")
            }
        }
    }

    @Test func unknownRecipeAndMissingWorkloadsAreClearErrors() async throws {
        let catalog = try RecipeFixtures.catalog()
        #expect(throws: RecipeError.self) { try catalog.recipe("autoscale") }
        let repo = try RepoBuilder()
        try repo.commit("service", files: ["package.json": #"{"name": "a", "dependencies": {"express": "4"}}"#])
        let workspace = try BrickWorkspace.openForRecipes(repo.path, workTree: false, now: RecipeFixtures.now)
        let error = try #require(throws: RecipeError.self) {
            try RecipeRun.library(["pdb"], catalog: catalog, parameters: [], workspace: workspace, builtin: BrickLibrary())
        }
        #expect(error.code == .nothingToChange)
        #expect(error.message.contains("groundwork apply kubernetes"))
    }

    /// A go-chi service with the queue connector's worker (cmd/worker), whose image and manifests the docker
    /// and kubernetes bricks wrote: the worker runs in no pod until the recipe splits it out.
    static func goServiceWithWorker() async throws -> RepoBuilder {
        let repo = try RepoBuilder()
        try repo.commit(
            "service",
            files: [
                "go.mod": "module orders\n\ngo 1.22\n\nrequire github.com/go-chi/chi/v5 v5.0.10\n",
                "cmd/server/main.go": "package main\n\nimport \"net/http\"\n\nfunc main() { _ = http.ListenAndServe(\":8080\", nil) }\n",
                "cmd/worker/main.go": "package main\n\nfunc main() {}\n",
            ])
        try await RecipeFixtures.apply(["docker", "kubernetes"], to: repo, library: try await RecipeFixtures.builtin())
        return repo
    }

    @Test func workersSplitTheQueueWorkerAndScaleItOnTheBacklog() async throws {
        let repo = try await Self.goServiceWithWorker()
        let before = try Self.scaleResults(repo)
        #expect(before["scale.worker-split"]?.status == .fail, "\(before["scale.worker-split"]?.evidence.map(\.message) ?? [])")
        #expect(before["scale.keda-scaledobject-valid"]?.status == .notApplicable)
        try await RecipeFixtures.applyRecipes(["workers"], to: repo, parameters: ["workers.max_replicas=8", "workers.jobs_per_worker=50"])
        let after = try Self.scaleResults(repo)
        for id in ["scale.worker-split", "scale.keda-scaledobject-valid", "scale.autoscaler-conflict"] {
            #expect(after[id]?.status == .pass, "\(id): \(after[id]?.evidence.map(\.message) ?? [])")
        }
        let manifests = try #require(try RecipeFixtures.text("deploy/kubernetes/base/deployment.yaml", in: repo))
        #expect(manifests.contains("kind: ScaledObject") && manifests.contains("maxReplicaCount: 8") && manifests.contains(#"listLength: "50""#))
        #expect(manifests.contains(#"listName: "queue:default:ready""#))
        #expect(manifests.contains(#"command: ["/worker"]"#))
        // The worker's pods carry labels of their own: the web Service and budget do not select them.
        let workloads = ScaleInventory.read(manifests, path: "deployment.yaml").filter { $0.kind == "Deployment" }.map(ScaleWorkload.init)
        #expect(workloads.count == 2)
        if workloads.count == 2, let selector = LabelSelector(workloads[0].object["spec.selector"]) {
            #expect(!selector.matches(workloads[1].podLabels), "the web selector selects the worker's pods")
        }
        let dockerfile = try #require(try RecipeFixtures.text("Dockerfile", in: repo))
        #expect(dockerfile.contains("-o /out/worker ./cmd/worker") && dockerfile.contains("/out/worker /worker"))
        let lock = try #require(try RecipeFixtures.text(".groundwork/lock.yaml", in: repo))
        #expect(lock.contains("id: workers"))
    }

    /// The scale checks at the tip of the current branch.
    static func scaleResults(_ repo: RepoBuilder) throws -> [String: CheckResult] {
        let report = try RecipeRun.scaleReport(repo.path, now: RecipeFixtures.now)
        return Dictionary(uniqueKeysWithValues: report.results.map { ($0.id, $0) })
    }

    @Test func pdbFixesItsChecks() async throws {
        let repo = try await RecipeFixtures.nodeServiceWithManifests()
        let before = try Self.scaleResults(repo)
        #expect(before["scale.pdb-missing"]?.status == .fail)
        #expect(before["scale.replicas"]?.status == .fail) // the worker runs one pod
        try await RecipeFixtures.applyRecipes(["pdb"], to: repo)
        let after = try Self.scaleResults(repo)
        for id in ["scale.replicas", "scale.pdb-missing", "scale.spread-missing", "scale.pdb-blocks-eviction"] {
            #expect(after[id]?.status == .pass, "\(id): \(after[id]?.evidence.map(\.message) ?? [])")
        }
        let worker = try #require(try RecipeFixtures.text("k8s/worker.yaml", in: repo))
        #expect(worker.hasPrefix("# The queue worker: hand-written, keep this comment.\n"))
        #expect(worker.contains("kind: PodDisruptionBudget"))
        #expect(worker.contains("  replicas: 2\n"))
        let lock = try #require(try RecipeFixtures.text(".groundwork/lock.yaml", in: repo))
        #expect(lock.contains("id: pdb"))
    }

    @Test func hpaHoldsTheCrossFileRules() async throws {
        let repo = try await RecipeFixtures.nodeServiceWithManifests()
        try await RecipeFixtures.applyRecipes(["pdb"], to: repo)
        try await RecipeFixtures.applyRecipes(["hpa"], to: repo, parameters: ["hpa.max_replicas=6"])
        let after = try Self.scaleResults(repo)
        for id in ["scale.hpa-replicas-conflict", "scale.hpa-requests-missing", "scale.autoscaler-conflict", "scale.pdb-blocks-eviction", "scale.replicas"] {
            #expect(after[id]?.status == .pass, "\(id): \(after[id]?.evidence.map(\.message) ?? [])")
        }
        let worker = try #require(try RecipeFixtures.text("k8s/worker.yaml", in: repo))
        #expect(!worker.contains("  replicas:"))
        #expect(worker.contains("kind: HorizontalPodAutoscaler"))
        #expect(worker.contains("maxReplicas: 6"))
        #expect(worker.contains("cpu: 100m")) // requests added for the HPA to measure

        // A Deployment under a KEDA ScaledObject gets no HPA, and a note says why.
        let keda = try RepoBuilder()
        try keda.commit(
            "keda",
            files: [
                "k8s/web.yaml":
                    "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers:\n        - name: web\n          image: web:1\n",
                "k8s/keda.yaml":
                    "apiVersion: keda.sh/v1alpha1\nkind: ScaledObject\nmetadata: {name: web}\nspec:\n  scaleTargetRef: {name: web}\n  triggers: [{type: cpu, metricType: Utilization, metadata: {value: \"60\"}}]\n",
            ])
        let workspace = try BrickWorkspace.openForRecipes(keda.path, workTree: false, now: RecipeFixtures.now)
        let library = try RecipeRun.library(["hpa"], catalog: try RecipeFixtures.catalog(), parameters: [], workspace: workspace, builtin: BrickLibrary())
        let plan = try ApplyPlanner.plan(["hpa"], library: library, workspace: workspace)
        #expect(plan.notes.contains { $0.contains("ScaledObject/web") && $0.contains("no HPA added") })
        #expect(!plan.files.contains { String(decoding: $0.after ?? Data(), as: UTF8.self).contains("HorizontalPodAutoscaler") })
    }

    @Test func gracefulShutdownFixesItsCheck() async throws {
        let repo = try await RecipeFixtures.nodeServiceWithManifests()
        #expect(try Self.scaleResults(repo)["scale.graceful-shutdown-missing"]?.status == .fail)
        try await RecipeFixtures.applyRecipes(["graceful-shutdown"], to: repo, parameters: ["graceful-shutdown.drain_seconds=20"])
        let after = try Self.scaleResults(repo)
        #expect(after["scale.graceful-shutdown-missing"]?.status == .pass, "\(after["scale.graceful-shutdown-missing"]?.evidence.map(\.message) ?? [])")
        let deployment = try #require(try RecipeFixtures.text("deploy/kubernetes/base/deployment.yaml", in: repo))
        #expect(deployment.contains("seconds: 5"))
        #expect(deployment.contains("terminationGracePeriodSeconds: 30"))
    }

    /// The worker's port, then a DATABASE_URL from a Secret, as manifests usually give it.
    static let databaseEnvironment = """
                    - containerPort: 9000
                  env:
                    - name: DATABASE_URL
                      valueFrom:
                        secretKeyRef: {name: worker-database, key: url}

        """

    @Test func connectionBudgetFixesItsCheck() async throws {
        let repo = try await RecipeFixtures.nodeServiceWithManifests()
        let worker = try #require(try RecipeFixtures.text("k8s/worker.yaml", in: repo))
        try repo.commit("database", files: ["k8s/worker.yaml": "\(worker.replacingOccurrences(of: "            - containerPort: 9000\n", with: Self.databaseEnvironment))"])
        #expect(try Self.scaleResults(repo)["scale.db-connection-budget"]?.status == .fail)
        try await RecipeFixtures.applyRecipes(["db-connection-budget"], to: repo)
        let after = try Self.scaleResults(repo)
        #expect(after["scale.db-connection-budget"]?.status == .pass, "\(after["scale.db-connection-budget"]?.evidence.map(\.message) ?? [])")
        let edited = try #require(try RecipeFixtures.text("k8s/worker.yaml", in: repo))
        #expect(edited.contains("            - name: DB_POOL_SIZE\n              value: \"5\"\n"))
        #expect(edited.contains("groundwork.dev/database-max-connections: \"100\""))
    }

    /// A recipe applied, then the user's edit of its output, then update: the edit survives (three-way merge).
    @Test func updateKeepsTheUsersEdits() async throws {
        let repo = try await RecipeFixtures.nodeServiceWithManifests()
        try await RecipeFixtures.applyRecipes(["pdb"], to: repo)
        let worker = try #require(try RecipeFixtures.text("k8s/worker.yaml", in: repo))
        try repo.commit("tune", files: ["k8s/worker.yaml": "\(worker.replacingOccurrences(of: "  replicas: 2\n", with: "  replicas: 4\n"))"])
        let workspace = try BrickWorkspace.openForRecipes(repo.path, workTree: false, now: RecipeFixtures.now)
        let library = try RecipeRun.updateLibrary(catalog: try RecipeFixtures.catalog(), workspace: workspace, builtin: try await RecipeFixtures.builtin())
        let plan = try UpdatePlanner.plan([], library: library, workspace: workspace)
        #expect(plan.conflictCount == 0)
        #expect(!plan.files.contains { $0.path == "k8s/worker.yaml" && String(decoding: $0.after ?? Data(), as: UTF8.self).contains("replicas: 2") })
    }
}
#endif
