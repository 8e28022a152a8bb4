#if Enterprise
import Foundation
import GroundworkBasics
import Testing
@testable import GroundworkScale

/// The derivations of the capacity sheet, checked against numbers worked out by hand.
@Suite struct ScalePlannerTests {
    @Test func theCapacityIsTheFastestStepWithinTheTarget() throws {
        let plan = CapacityPlanner.plan(ScaleFixtures.measurement(), profile: .businessDay(peak: 9_000))
        #expect(plan.capacityStep == 1)
        #expect(plan.rpsPerProcess == 900)
        #expect(plan.cpuMillisecondsPerRequest == 1)
        // 9,000 CPU ms in 10 s: 900 millicores.
        #expect(plan.cpuRequestMillicores == 900)
        // 40 MiB × 1.25 = 50 → 64 MiB; limit 96 MiB.
        #expect(plan.memoryRequestMiB == 64)
        #expect(plan.memoryLimitMiB == 96)
    }

    @Test func hpaAndPdbFollowTheProfile() throws {
        let plan = CapacityPlanner.plan(ScaleFixtures.measurement(), profile: .businessDay(peak: 9_000))
        // A pod serves 900 × 70 % = 630 req/s on average. Trough 0.06 × 9,000 = 540 → 1, raised to 2.
        #expect(plan.minReplicas == 2)
        // Peak 9,000 × 1.2 = 10,800 → ⌈17.1⌉ = 18.
        #expect(plan.maxReplicas == 18)
        #expect(plan.pdbMinAvailable == 1)
        #expect(plan.targetUtilization == 70)
    }

    @Test func theConnectionBudgetAndPgBouncer() throws {
        let database = try #require(CapacityPlanner.plan(ScaleFixtures.measurement(), profile: .businessDay(peak: 9_000)).database)
        // Steps up to the capacity step held at most 5 connections per process.
        #expect(database.connectionsPerProcess == 5)
        #expect(database.poolSizePerProcess == 5)
        // 100 − 3 reserved for superusers − 2 other clients − 10 % reserve = 85.
        #expect(database.budget == 85)
        #expect(database.connectionsAtMaxReplicas == 90)
        #expect(!database.budgetHolds)
        #expect(database.pgbouncer.poolMode == "transaction")
        #expect(database.pgbouncer.maxClientConnections == 90)
        // At most 2 active per process × 18 processes = 36 server connections.
        #expect(database.pgbouncer.defaultPoolSize == 36)
        #expect(database.pgbouncer.reservePoolSize == 5)
    }

    @Test func theSimulationCoversTheDayWithinMinAndMax() throws {
        let plan = CapacityPlanner.plan(ScaleFixtures.measurement(), profile: .businessDay(peak: 9_000))
        let simulation = try #require(plan.simulation)
        #expect(simulation.ticks.count == 86_400 / 15)
        #expect(simulation.lowestReplicas == 2)
        // The peak needs 9,000 / 630 = 14.3 pods at the target; within the 0.1 tolerance 13 may already do.
        #expect((13...18).contains(simulation.peakReplicas))
        #expect(simulation.ticks.allSatisfy { (2...18).contains($0.replicas) })
        #expect(simulation.podHours > 2 * 24)
    }

    @Test func noStepWithinTheTargetGivesNoSizes() {
        var measurement = ScaleFixtures.measurement()
        measurement.p95TargetMilliseconds = 1
        let plan = CapacityPlanner.plan(measurement, profile: .businessDay(peak: 100))
        #expect(plan.capacityStep == nil)
        #expect(plan.minReplicas == nil && plan.simulation == nil && plan.database == nil)
    }

    @Test func stepsWithErrorsDoNotCount() {
        var measurement = ScaleFixtures.measurement()
        measurement.steps[1] = ScaleFixtures.step(2, rps: 900, p95: 10, cpu: 9_000, errors: 500)
        #expect(CapacityPlanner.capacityStep(measurement) == 0)
    }

    @Test func loadProfilesInterpolateAndWrapAtMidnight() throws {
        let profile = try LoadProfile.parseCSV("time,rps\n# quiet night\n06:00,100\n12:00,700\n18:00,100\n", file: "day.csv")
        #expect(profile.rps(at: 9 * 3600) == 400)
        #expect(profile.rps(at: 12 * 3600) == 700)
        // From 18:00 (100) to 06:00 the next day (100): flat across midnight.
        #expect(profile.rps(at: 0) == 100)
        #expect(profile.peak == 700 && profile.trough == 100)
        let seconds = try LoadProfile.parseCSV("0,10\n43200,20\n", file: "s.csv")
        #expect(seconds.rps(at: 21_600) == 15)
    }

    @Test(arguments: [
        ("09:00,abc\n", 1, "rps \"abc\""),
        ("09:00,1\n25:00,2\n", 2, "time \"25:00\""),
        ("09:00,1\n\n09:00,2\n", 3, "appears twice"),
        ("09:00,1,2\n", 1, "two columns"),
        ("09:00,-5\n", 1, "≥ 0"),
    ])
    func badProfilesNameTheirLine(text: String, line: Int, message: String) {
        let error = #expect(throws: ScaleError.self) {
            try LoadProfile.parseCSV(text, file: "day.csv")
        }
        #expect(error?.line == line && error?.file == "day.csv" && error?.exitStatus == .usage)
        #expect(error?.message.contains(message) == true, "\(String(describing: error?.message))")
    }
}
#endif
