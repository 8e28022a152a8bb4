#if Enterprise
import Foundation
import GroundworkAudit
import GroundworkAuditModel
import GroundworkRecipes
import GroundworkTestSupport
import Testing

/// Every scale check's examples, each built as a real repository and audited with that check alone:
/// the examples are the checks' documentation and their tests.
@Suite struct ScaleCheckTests {
    /// One example of one check, named for the test list.
    struct Case: CustomTestStringConvertible, Sendable {
        var check: any ScaleCheck
        var example: CheckExample
        var testDescription: String { "\(check.id): \(example.name)" }
    }

    static let cases: [Case] = ScaleChecks.all.flatMap { check in check.examples.map { Case(check: check, example: $0) } }

    @Test(arguments: cases) func exampleHasItsOutcome(_ item: Case) throws {
        let now = Date(timeIntervalSince1970: 1_767_225_600)
        let repo = try RepoBuilder.example(item.example, now: now)
        var options = AuditOptions.treeOnly(now: now)
        options.checks = [item.check]
        let result = try #require(try Auditor.audit(repo.path, options: options).results.first)
        let expected: CheckResult.Status =
            switch item.example.expectation {
            case .pass: .pass
            case .fail: .fail
            case .notApplicable: .notApplicable
            }
        #expect(result.status == expected, "\(result.evidence.map(\.message)) \(result.reason ?? "")")
        if expected == .fail { #expect(!result.evidence.isEmpty) }
    }

    /// Kustomize patches name a workload defined elsewhere: `$patch: delete` and strategic merge patches
    /// without a pod template are not workloads (seen in GoogleCloudPlatform/microservices-demo).
    @Test func kustomizePatchesAreNotWorkloads() {
        let text = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: loadgenerator}
            $patch: delete
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              replicas: 3
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: api}
            spec:
              selector: {matchLabels: {app: api}}
              template:
                metadata: {labels: {app: api}}
                spec:
                  containers: [{name: api, image: "api:1"}]
            """
        let objects = ScaleInventory.read(text, path: "kustomize/overlay.yaml")
        #expect(objects.map { $0.name } == ["api"])
    }

    @Test func everyCheckHasPassingFailingAndNotApplicableExamples() {
        for check in ScaleChecks.all {
            let kinds = Set(check.examples.map(\.expectation.rawValue))
            #expect(kinds == ["pass", "fail", "notApplicable"], "\(check.id) lacks an example kind: \(kinds.sorted())")
            #expect(check.id.hasPrefix("scale."), "\(check.id) is not in the scale area")
            #expect(check.area == .scale)
        }
        #expect(Set(ScaleChecks.all.map(\.id)).count == ScaleChecks.all.count, "two scale checks share an id")
    }

    /// A check type in Enterprise/Sources/GroundworkRecipes/Checks that is not registered fails here.
    @Test func everyCheckTypeIsRegistered() throws {
        let folder = RecipeFixtures.root + "/Enterprise/Sources/GroundworkRecipes/Checks"
        let declared = try FileManager.default.contentsOfDirectory(atPath: folder).compactMap { file -> String? in
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            guard let range = text.range(of: #"struct (\w+): ScaleCheck"#, options: .regularExpression) else { return nil }
            return String(text[range].dropFirst("struct ".count).prefix { $0 != ":" })
        }
        let registered = Set(ScaleChecks.all.map { String(describing: type(of: $0)) })
        #expect(Set(declared) == registered)
    }

    /// Enterprise audits (fleet audit, policy check) run the scale checks after the community ones.
    @Test func enterpriseAuditsRunTheScaleChecks() {
        let ids = ScaleChecks.enterpriseAudit.map(\.id)
        for check in ScaleChecks.all { #expect(ids.contains(check.id)) }
        #expect(ids.contains("delivery.k8s-autoscaler"))
    }
}
#endif
