#if Enterprise
import Foundation
import Testing
@testable import GroundworkEnterprise
@testable import GroundworkFleet
@testable import GroundworkLicense

/// Writes a sample store and its HTML report into GROUNDWORK_FLEET_REPORT_SAMPLE (a folder), for
/// scripts/screenshot-fleet-report.sh; skipped otherwise.
enum FleetReportSample {
    static let folder = ProcessInfo.processInfo.environment["GROUNDWORK_FLEET_REPORT_SAMPLE"].flatMap { $0.isEmpty ? nil : $0 }
}

@Suite(.enabled(if: FleetReportSample.folder != nil, "GROUNDWORK_FLEET_REPORT_SAMPLE is not set: scripts/screenshot-fleet-report.sh sets it"))
struct FleetReportSampleTests {
    @Test func writeTheSampleStoreAndReport() async throws {
        let folder = try #require(FleetReportSample.folder)
        let path = folder + "/fleet.db"
        try? FileManager.default.removeItem(atPath: path)
        let evaluation = ProcessInfo.processInfo.environment["GROUNDWORK_FLEET_REPORT_EVALUATION"] == "1"
        let store = try SQLiteFleetStore(path: path)
        try await StoreFixtures.fill(store, prefix: "sample", count: 5, lastIsEvaluation: evaluation)
        let data = try await FleetReportLoader.load(from: store, runID: nil, since: nil, now: StoreFixtures.start.addingTimeInterval(5 * 86_400))
        let html = FleetReportFormat.html.render(data)
        try Data(html.utf8).write(to: URL(fileURLWithPath: folder + "/fleet-report.html"))
        #expect(html.contains("<svg class=\"trend\""))
    }
}
#endif
