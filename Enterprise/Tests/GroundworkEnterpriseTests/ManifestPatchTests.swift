#if Enterprise
import Foundation
import Testing
import Yams
@testable import GroundworkRecipes

/// Line insertions that end at the same line keep each key in its own block (issue 13): found on
/// GoogleCloudPlatform/microservices-demo, where the pdb recipe put `replicas: 2` (spec) above
/// `topologySpreadConstraints` (pod spec) after the pod template's last line, and the file no longer parsed.
@Suite struct ManifestPatchTests {
    static let deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: adservice
        spec:
          selector:
            matchLabels:
              app: adservice
          template:
            metadata:
              labels:
                app: adservice
            spec:
              containers:
              - name: server
                image: adservice
                ports:
                - containerPort: 9555

        """

    @Test func keysOfBlocksEndingTogetherStayInTheirBlocks() throws {
        let edit = DisruptionBudgetEdit(inventory: ScaleInventory(objects: ScaleInventory.read(Self.deployment, path: "k8s/ad.yaml")), minimumReplicas: 2)
        let result = try edit.apply(to: Self.deployment, path: "k8s/ad.yaml")
        let documents = try Yams.load_all(yaml: result.text).compactMap { $0 as? [String: Any] }
        let workload = try #require(documents.first)
        let spec = try #require(workload["spec"] as? [String: Any])
        #expect(spec["replicas"] as? Int == 2)
        let podSpec = try #require((spec["template"] as? [String: Any])?["spec"] as? [String: Any])
        #expect((podSpec["topologySpreadConstraints"] as? [Any])?.count == 2)
        #expect(podSpec["replicas"] == nil && spec["topologySpreadConstraints"] == nil)
        #expect(documents.contains { $0["kind"] as? String == "PodDisruptionBudget" })
    }
}
#endif
