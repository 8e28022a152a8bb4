import Foundation
import GroundworkContracts
import Testing

/// Every rule's example pair is its test: the diff of old → new reports that rule.
@Suite struct ContractRuleExampleTests {
    @Test(arguments: ContractRules.all.map(\.id))
    func exampleTriggersItsRule(id: String) throws {
        let rule = try #require(ContractRules.all.first { $0.id == id })
        let old = try ContractLoader.decode(Data(ContractRules.exampleDocument(rule.example.old).utf8), file: "old.yaml")
        let new = try ContractLoader.decode(Data(ContractRules.exampleDocument(rule.example.new).utf8), file: "new.yaml")
        let changes = ContractDiff.changes(from: old, to: new)
        #expect(changes.contains { $0.rule == id }, "\(id): got \(changes.map(\.rule))")
        let found = try #require(changes.first { $0.rule == id })
        #expect(found.severity == rule.severity)
        #expect(found.path.hasPrefix("$."))
    }

    @Test func exampleWithoutChangeReportsNothing() throws {
        for rule in ContractRules.all {
            let old = try ContractLoader.decode(Data(ContractRules.exampleDocument(rule.example.old).utf8), file: "old.yaml")
            #expect(ContractDiff.changes(from: old, to: old).isEmpty, "\(rule.id): a document compared with itself")
        }
    }

    @Test func catalogueIsLargeAndUnique() {
        let ids = ContractRules.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids.count >= 40)
        #expect(ids.allSatisfy { $0.range(of: "^[a-z-]+\\.[a-z-]+$", options: .regularExpression) != nil })
    }
}
