import Foundation
import GroundworkAuditModel
import Testing

@Suite("AuditProblem")
struct AuditProblemTests {
    @Test func onlyUnreadContentOrAnUnbornHeadLeavesTheAuditIncomplete() {
        let incomplete = AuditProblem.Kind.allCases.filter(\.leavesAuditIncomplete)
        #expect(Set(incomplete) == [.unreadableFile, .historyStopped, .unreadableCommit, .unbornHead])
    }

    @Test func encodesAsItsMessageSoTheJSONKeepsItsShape() throws {
        let data = try JSONEncoder().encode([AuditProblem(.unreadableCommit, "commit 1234 could not be read")])
        #expect(String(decoding: data, as: UTF8.self) == #"["commit 1234 could not be read"]"#)
        let decoded = try JSONDecoder().decode([AuditProblem].self, from: data)
        #expect(decoded == [AuditProblem(.other, "commit 1234 could not be read")])
    }
}
