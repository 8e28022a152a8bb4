#if Enterprise
import Foundation
import GroundworkTestSupport
import Testing

/// Tier 2: the manifests the recipes write or edit validate strictly (unknown fields refused, required
/// fields present) against the Kubernetes 1.31 JSON schemas that kubernetes-validate 1.37.0 ships
/// (scripts/recipes/kubernetes-validate.sh makes it and prints its path into GROUNDWORK_KUBERNETES_VALIDATE).
@Suite struct RecipeSchemaTests {
    static let kubernetesVersion = "1.31.0"
    static var validator: String? {
        ProcessInfo.processInfo.environment["GROUNDWORK_KUBERNETES_VALIDATE"].flatMap { FileManager.default.isExecutableFile(atPath: $0) ? $0 : nil }
    }

    /// Runs the validator on `files`; (exit status, output).
    static func validate(_ files: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(validator))
        process.arguments = ["--strict", "--kubernetes-version", kubernetesVersion, "--quiet"] + files
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(
        .enabled(if: RecipeSchemaTests.validator != nil || ProcessInfo.processInfo.environment["CI"] == "true", "GROUNDWORK_KUBERNETES_VALIDATE is not set: run scripts/recipes/kubernetes-validate.sh")
    )
    func renderedManifestsValidate() async throws {
        let repo = try await RecipeFixtures.nodeServiceWithManifests()
        for id in ["graceful-shutdown", "pdb", "hpa"] { try await RecipeFixtures.applyRecipes([id], to: repo) }
        let scratch = ScratchDirectory()
        var files: [String] = []
        for path in ["k8s/worker.yaml", "deploy/kubernetes/base/deployment.yaml", "deploy/kubernetes/base/service.yaml"] {
            let text = try #require(try RecipeFixtures.text(path, in: repo), "\(path) missing")
            files.append(try scratch.write(path, text))
        }
        let worker = try #require(try RecipeFixtures.text("k8s/worker.yaml", in: repo))
        #expect(worker.contains("kind: PodDisruptionBudget") && worker.contains("kind: HorizontalPodAutoscaler"))
        let deployment = try #require(try RecipeFixtures.text("deploy/kubernetes/base/deployment.yaml", in: repo))
        #expect(deployment.contains("preStop") && deployment.contains("topologySpreadConstraints") && deployment.contains("HorizontalPodAutoscaler"))
        let (status, output) = try Self.validate(files)
        #expect(status == 0, "\(output)")

        // The validator is strict: a field the API does not define is refused.
        let bogus = try scratch.write("bogus.yaml", worker.replacingOccurrences(of: "  maxUnavailable: 1\n", with: "  maxUnavailable: 1\n  maxUnavailables: 2\n"))
        let (refused, message) = try Self.validate([bogus])
        #expect(refused != 0)
        #expect(message.contains("maxUnavailables"))
    }

    @Test(
        .enabled(if: RecipeSchemaTests.validator != nil || ProcessInfo.processInfo.environment["CI"] == "true", "GROUNDWORK_KUBERNETES_VALIDATE is not set: run scripts/recipes/kubernetes-validate.sh")
    )
    func workerDeploymentValidates() async throws {
        let repo = try await RecipeTests.goServiceWithWorker()
        try await RecipeFixtures.applyRecipes(["workers"], to: repo)
        let text = try #require(try RecipeFixtures.text("deploy/kubernetes/base/deployment.yaml", in: repo))
        // The ScaledObject is KEDA's custom resource, outside the validator's schemas: scale.keda-scaledobject-valid
        // holds it to KEDA's admission rules instead.
        let documents = text.components(separatedBy: "\n---\n").filter { !$0.contains("kind: ScaledObject") }
        #expect(documents.count == 2 && documents.allSatisfy { $0.contains("kind: Deployment") })
        let scratch = ScratchDirectory()
        let file = try scratch.write("deployment.yaml", documents.joined(separator: "\n---\n"))
        let (status, output) = try Self.validate([file])
        #expect(status == 0, "\(output)")
    }
}
#endif
