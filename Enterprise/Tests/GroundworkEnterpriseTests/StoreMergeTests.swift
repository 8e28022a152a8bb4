#if Enterprise
import ArgumentParser
import Foundation
import GroundworkTestSupport
import Testing
@testable import GroundworkEnterprise
@testable import GroundworkFleet
@testable import GroundworkLicense

@Suite struct StoreMergeTests {
    let scratch = GroundworkTestSupport.ScratchDirectory(prefix: "fleet-merge")

    private func shardedStore(finished: [Int], begun: [Int], count: Int = 3) async throws -> SQLiteFleetStore {
        let store = try SQLiteFleetStore(path: scratch.appending("fleet.db"))
        for index in begun {
            try await store.begin(FleetRun(id: "r1", fleet: "f", startedAt: StoreFixtures.start, shardIndex: index, shardCount: count, isEvaluation: false))
            try await store.record(
                FleetRepositoryResult(runID: "r1", repository: FleetRepository(name: "repo\(index)", location: "/r\(index)"), status: index == 2 ? .failed : .audited, recordedAt: StoreFixtures.start))
            if finished.contains(index) { try await store.finish(runID: "r1", shardIndex: index, at: StoreFixtures.start.addingTimeInterval(60)) }
        }
        return store
    }

    @Test func everyShardArrivedAndFinished() async throws {
        let store = try await shardedStore(finished: [1, 2, 3], begun: [3, 1, 2])
        let status = try await FleetMergeStatus.check(runID: "r1", in: store)
        #expect(status.isComplete)
        #expect(status.shardCount == 3)
        #expect(status.audited == 2 && status.failed == 1)
        #expect(status.text.contains("complete: every shard arrived and finished"))
    }

    @Test func missingAndUnfinishedShardsAreListed() async throws {
        let store = try await shardedStore(finished: [1], begun: [1, 3])
        let status = try await FleetMergeStatus.check(runID: "r1", in: store)
        #expect(!status.isComplete)
        #expect(status.missingShards == [2])
        #expect(status.unfinishedShards == [3])
        #expect(status.text.contains("missing shards: 2/3"))
        #expect(status.text.contains("unfinished shards: 3/3"))
    }

    @Test func disagreeingShardCountsAreAProblem() async throws {
        let store = try await shardedStore(finished: [1, 2], begun: [1, 2], count: 2)
        try await store.begin(FleetRun(id: "r1", fleet: "f", startedAt: StoreFixtures.start, shardIndex: 3, shardCount: 3, isEvaluation: false))
        try await store.finish(runID: "r1", shardIndex: 3, at: StoreFixtures.start)
        let status = try await FleetMergeStatus.check(runID: "r1", in: store)
        #expect(!status.isComplete)
        #expect(status.problems.contains { $0.contains("disagree") })
    }

    @Test func anUnshardedRunIsCompleteOnceFinished() async throws {
        let store = try SQLiteFleetStore(path: scratch.appending("fleet.db"))
        try await store.begin(FleetRun(id: "plain", fleet: "f", startedAt: StoreFixtures.start, isEvaluation: false))
        #expect(try await FleetMergeStatus.check(runID: "plain", in: store).isComplete == false)
        try await store.finish(runID: "plain", shardIndex: nil, at: StoreFixtures.start)
        #expect(try await FleetMergeStatus.check(runID: "plain", in: store).isComplete)
    }

    @Test func anUnknownRunIsAUsageError() async throws {
        let store = try await shardedStore(finished: [1], begun: [1])
        await #expect { try await FleetMergeStatus.check(runID: "nope", in: store) } throws: { error in
            (error as? FleetReportError)?.code == .unknownRun && "\(error)".contains("r1")
        }
    }

    @Test func theCommandExitsTwoWhenIncompleteAndZeroWhenComplete() async throws {
        _ = try await shardedStore(finished: [1, 2], begun: [1, 2, 3])
        let store = scratch.appending("fleet.db")
        let incomplete = try FleetMergeCommand.parse(["--run", "r1", "--store", store])
        await #expect { try await incomplete.run() } throws: { error in (error as? ExitCode)?.rawValue == 2 }
        let sqlite = try SQLiteFleetStore(path: store)
        try await sqlite.finish(runID: "r1", shardIndex: 3, at: StoreFixtures.start)
        let complete = try FleetMergeCommand.parse(["--run", "r1", "--store", "sqlite:" + store])
        try await complete.run()
    }
}
#endif
