#if Enterprise
import Foundation
import Testing
@testable import GroundworkEnterprise
@testable import GroundworkFleet
@testable import GroundworkLicense

/// What every `FleetStore` must do, run against SQLite and (when available) PostgreSQL.
enum StoreContractChecks {
    /// begin/record/finish, read back field by field.
    static func roundtrip(_ store: any FleetStore, prefix: String) async throws {
        let runs = try await StoreFixtures.fill(store, prefix: prefix, count: 2, lastIsEvaluation: true)
        let stored = try await store.runs().filter { $0.id.hasPrefix(prefix + "-") }
        #expect(stored.map(\.id) == [runs[1].id, runs[0].id])
        #expect(stored.first?.isEvaluation == true)
        #expect(stored.last?.isEvaluation == false)
        #expect(stored.first?.finishedAt == runs[1].finishedAt)
        #expect(stored.first?.startedAt == runs[1].startedAt)
        #expect(stored.first?.fleet == "Agency fleet")

        let results = try await store.results(runID: runs[1].id)
        #expect(results.count == StoreFixtures.repositories.count)
        for expected in StoreFixtures.repositories.enumerated().map({
            StoreFixtures.result(runID: runs[1].id, repository: $0.element, position: $0.offset, runIndex: 1, recordedAt: runs[1].startedAt.addingTimeInterval(60))
        }) {
            let found = try #require(results.first { $0.repository.name == expected.repository.name })
            #expect(found.repository == expected.repository)
            #expect(found.status == expected.status)
            #expect(found.message == expected.message)
            #expect(found.commit == expected.commit)
            #expect(found.overallScore == expected.overallScore)
            #expect(found.areaScores == expected.areaScores)
            #expect(found.level == expected.level)
            #expect(found.gatesPassed == expected.gatesPassed)
            #expect(found.failingChecks == expected.failingChecks)
            #expect(found.effortHours == expected.effortHours)
            #expect(found.automatedHours == expected.automatedHours)
            #expect(found.recordedAt == expected.recordedAt)
            #expect(found.auditKey == expected.auditKey)
            #expect(found.report?.results.map(\.id) == expected.report?.results.map(\.id))
            #expect(found.report?.failures.first?.evidence == expected.report?.failures.first?.evidence)
        }
    }

    /// The newest audited report recorded for a repository under a key is found again; a failed result, another
    /// key or another repository is not.
    static func reuse(_ store: any FleetStore, prefix: String) async throws {
        let repository = FleetRepository(name: "\(prefix)/reused", location: "/srv/reused", client: "c")
        for (index, failing) in [["docs.readme"], ["ci.present"]].enumerated() {
            let run = FleetRun(id: "\(prefix)-reuse-\(index)", fleet: "f", startedAt: StoreFixtures.start, isEvaluation: false)
            try await store.begin(run)
            try await store.record(
                FleetRepositoryResult(
                    runID: run.id, repository: repository, status: .audited, report: StoreFixtures.report(failing: failing, source: "/srv/reused"),
                    auditKey: "key-1", recordedAt: StoreFixtures.start.addingTimeInterval(Double(index))
                ))
        }
        let failedRun = FleetRun(id: "\(prefix)-reuse-failed", fleet: "f", startedAt: StoreFixtures.start, isEvaluation: false)
        try await store.begin(failedRun)
        try await store.record(
            FleetRepositoryResult(
                runID: failedRun.id, repository: repository, status: .failed, message: "could not read everything",
                report: StoreFixtures.report(failing: [], source: "/srv/reused"), auditKey: "key-2", recordedAt: StoreFixtures.start
            ))
        let found = try await store.reusableReport(repository: repository.name, auditKey: "key-1")
        #expect(found?.failures.map(\.id) == ["ci.present"])
        #expect(try await store.reusableReport(repository: repository.name, auditKey: "key-2") == nil)
        #expect(try await store.reusableReport(repository: repository.name, auditKey: "key-3") == nil)
        #expect(try await store.reusableReport(repository: "\(prefix)/other", auditKey: "key-1") == nil)
    }

    /// Recording the same repository twice in a run keeps the last one.
    static func recordReplaces(_ store: any FleetStore, prefix: String) async throws {
        let run = FleetRun(id: "\(prefix)-replace", fleet: "f", startedAt: StoreFixtures.start, isEvaluation: false)
        try await store.begin(run)
        let repository = FleetRepository(name: "a/b", location: "/a/b", client: "c")
        try await store.record(FleetRepositoryResult(runID: run.id, repository: repository, status: .failed, message: "first", recordedAt: StoreFixtures.start))
        try await store.record(FleetRepositoryResult(runID: run.id, repository: repository, status: .audited, overallScore: 77, recordedAt: StoreFixtures.start))
        let results = try await store.results(runID: run.id)
        #expect(results.count == 1)
        #expect(results.first?.status == .audited)
        #expect(results.first?.overallScore == 77)
        #expect(results.first?.message == nil)
    }

    /// Shards of one run are stored apart and folded into one run.
    static func shardsFold(_ store: any FleetStore, prefix: String) async throws {
        let id = "\(prefix)-sharded"
        for index in 1...3 {
            try await store.begin(FleetRun(id: id, fleet: "f", startedAt: StoreFixtures.start.addingTimeInterval(Double(index)), shardIndex: index, shardCount: 3, isEvaluation: index == 2))
        }
        try await store.finish(runID: id, shardIndex: 1, at: StoreFixtures.start.addingTimeInterval(100))
        try await store.finish(runID: id, shardIndex: 3, at: StoreFixtures.start.addingTimeInterval(300))
        let shards = try await store.shards(runID: id)
        #expect(shards.map(\.shardIndex) == [1, 2, 3])
        #expect(shards.map { $0.finishedAt != nil } == [true, false, true])
        var folded = try #require(try await store.runs().first { $0.id == id })
        #expect(folded.shardCount == 3)
        #expect(folded.finishedAt == nil)
        #expect(folded.isEvaluation)
        #expect(folded.startedAt == StoreFixtures.start.addingTimeInterval(1))
        try await store.finish(runID: id, shardIndex: 2, at: StoreFixtures.start.addingTimeInterval(200))
        folded = try #require(try await store.runs().first { $0.id == id })
        #expect(folded.finishedAt == StoreFixtures.start.addingTimeInterval(300))
    }

    /// Two stores (two processes' worth) writing to one database at once lose nothing.
    static func concurrentWriters(_ first: any FleetStore, _ second: any FleetStore, prefix: String) async throws {
        let id = "\(prefix)-concurrent"
        try await first.begin(FleetRun(id: id, fleet: "f", startedAt: StoreFixtures.start, shardIndex: 1, shardCount: 2, isEvaluation: false))
        try await second.begin(FleetRun(id: id, fleet: "f", startedAt: StoreFixtures.start, shardIndex: 2, shardCount: 2, isEvaluation: false))
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (shard, store) in [(1, first), (2, second)] {
                group.addTask {
                    for number in 0..<25 {
                        let repository = FleetRepository(name: "shard\(shard)/repo\(number)", location: "/r/\(shard)/\(number)")
                        try await store.record(FleetRepositoryResult(runID: id, repository: repository, status: .audited, overallScore: number, recordedAt: StoreFixtures.start))
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(try await first.results(runID: id).count == 50)
        #expect(try await second.shards(runID: id).count == 2)
    }
}
#endif
