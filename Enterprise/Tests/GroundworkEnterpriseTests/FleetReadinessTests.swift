#if Enterprise
import Foundation
import GroundworkAuditModel
import Testing
@testable import GroundworkFleet
@testable import GroundworkRecipes

/// Issue 13 §4: fleet reports gain a scaling-readiness view per client, from the scale checks of the
/// stored reports, in every format that has sections.
@Suite struct FleetReadinessTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    /// An audited repository whose scale checks came out as `failing` (ids) and passed otherwise;
    /// `kubernetes: false` leaves the manifests out (and, without failing checks, every scale check not applicable).
    static func result(_ name: String, client: String, failing: Set<String> = [], kubernetes: Bool = true) -> FleetRepositoryResult {
        let results = ScaleChecks.all.map { check -> CheckResult in
            guard kubernetes || !failing.isEmpty else { return CheckResult(check: check, outcome: .notApplicable("no Kubernetes manifests")) }
            return CheckResult(check: check, outcome: failing.contains(check.id) ? .failed([Evidence("found")]) : .passed)
        }
        let info = RepositoryInfo(source: "/r/\(name)", commit: "abc", branch: "main", isBare: false, isShallow: false, submodules: [], skippedLargeFiles: 0)
        var stack = Stack()
        if kubernetes { stack.delivery.kubernetesManifests = ["k8s/\(name).yaml"] }
        let report = AuditReport(tool: "groundwork", repository: info, generatedAt: now, stack: stack, results: results, history: nil, problems: [])
        return FleetRepositoryResult(
            runID: "run", repository: FleetRepository(name: name, location: "/r/\(name)", client: client), status: .audited,
            overallScore: 70, areaScores: report.scores.areas, report: report, recordedAt: now)
    }

    static var data: FleetReportData {
        let run = FleetRun(id: "run", fleet: "agency", startedAt: now, finishedAt: now, isEvaluation: false)
        return FleetReportData(
            run: run,
            results: [
                result("orders", client: "acme", failing: ["scale.pdb-missing", "scale.worker-split"]),
                result("billing", client: "acme", failing: ["scale.pdb-missing"]),
                result("web", client: "acme"),
                // A CPU-limit notice (info) does not make a service unready.
                result("api", client: "globex", failing: ["scale.cpu-limits"]),
                result("docs", client: "initech", kubernetes: false),
                // Scale checks of the code alone (no manifests) do not make a service "on Kubernetes".
                result("script", client: "initech", failing: ["scale.red-metrics-missing"], kubernetes: false),
            ], trend: [], generatedAt: now)
    }

    @Test func eachClientWithServicesOnKubernetesGetsItsReadinessAndGaps() throws {
        let readiness = Self.data.scalingReadiness
        #expect(readiness.map(\.client) == ["acme", "globex"], "initech has nothing on Kubernetes")
        let acme = try #require(readiness.first)
        #expect(acme.onKubernetes == 3 && acme.ready == 1)
        #expect(acme.gaps.map(\.check) == ["scale.pdb-missing", "scale.worker-split"])
        #expect(acme.gaps.first?.repositories.sorted() == ["billing", "orders"])
        #expect(acme.gaps.first?.recipes == ["pdb"])
        #expect(readiness.last?.ready == 1 && readiness.last?.gaps.isEmpty == true)
    }

    @Test(arguments: [FleetReportFormat.html, .markdown, .json])
    func theViewIsInTheReport(format: FleetReportFormat) {
        let text = format.render(Self.data)
        switch format {
        case .html:
            #expect(text.contains("<h2>Scaling readiness</h2>") && text.contains("1 of 3") && text.contains("<code>pdb</code>"))
        case .markdown:
            #expect(text.contains("## Scaling readiness") && text.contains("| acme | 3 | 1 of 3 |") && text.contains("`scale.pdb-missing` in 2 → `pdb`"))
        default:
            #expect(text.contains("\"scalingReadiness\"") && text.contains("\"onKubernetes\" : 3"))
        }
    }
}
#endif
