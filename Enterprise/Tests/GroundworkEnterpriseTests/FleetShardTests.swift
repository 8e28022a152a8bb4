#if Enterprise
import Testing
@testable import GroundworkEnterprise
@testable import GroundworkFleet
@testable import GroundworkLicense

@Suite struct FleetShardTests {
    static let names = (0..<500).map { "client-\($0 % 7)/service-\($0)" }

    @Test(arguments: [1, 2, 3, 7, 16])
    func shardsAreDisjointAndCoverTheFleet(count: Int) throws {
        var seen: [String: Int] = [:]
        for index in 1...count {
            let shard = try FleetShard(index: index, count: count)
            for name in Self.names where shard.contains(name) {
                #expect(seen[name] == nil, "\(name) in two shards")
                seen[name] = index
            }
        }
        #expect(seen.count == Self.names.count)
        if count > 1 { #expect(Set(seen.values).count == count, "every shard gets some of 500 repositories") }
    }

    @Test func assignmentIsStableAcrossRunsAndOrder() {
        // Fixed values: a change of hash would move repositories between shards of a running fleet.
        #expect(FleetShard.stableHash("") == 0xcbf2_9ce4_8422_2325)
        #expect(FleetShard.stableHash("a") == 0xaf63_dc4c_8601_ec8c)
        let forward = Self.names.map { FleetShard.index(of: $0, count: 5) }
        let backward = Self.names.reversed().map { FleetShard.index(of: $0, count: 5) }.reversed()
        #expect(forward == Array(backward))
    }

    @Test func parsesOneBasedAndAuto() throws {
        #expect(try FleetShard.parse("2/3", environment: [:]) == FleetShard(index: 2, count: 3))
        #expect(try FleetShard.parse("auto/3", environment: ["JOB_COMPLETION_INDEX": "0"]) == FleetShard(index: 1, count: 3))
        #expect(try FleetShard.parse("auto/3", environment: ["JOB_COMPLETION_INDEX": "2"]) == FleetShard(index: 3, count: 3))
        for bad in ["0/3", "4/3", "a/3", "3", "1/0", "auto/3"] {
            #expect(throws: FleetError.self, "\(bad)") { try FleetShard.parse(bad, environment: [:]) }
        }
        #expect(throws: FleetError.self) { try FleetShard.parse("auto/3", environment: ["JOB_COMPLETION_INDEX": "3"]) }
    }
}
#endif
