import Foundation
import Testing

@testable import GroundworkSecrets

/// Recall on the true-positive corpus and the flagged rate on the decoy corpus, measured with the built-in rules
/// as the audit runs them (rules quiet in test code stay quiet there), and printed for the README.
@Suite struct SecretCorpusTests {
    static let scanner = SecretScanner()

    /// The rules reported in a file, with their lines, as the audit would report them.
    static func findings(in file: CorpusFile) -> [SecretMatch] {
        scanner.scan(text: file.text).filter { scanner.reports(ruleID: $0.ruleID, at: file.path) }
    }

    @Test func decoyCorpusIsLargeAndVaried() {
        #expect(DecoyCorpus.files.count >= 500)
        #expect(Set(DecoyCorpus.files.map(\.kind)).count >= 20)
    }

    @Test func decoysAreRarelyFlagged() {
        var flagged: [String: [String]] = [:]
        for file in DecoyCorpus.files {
            let found = Self.findings(in: file)
            if !found.isEmpty { flagged[file.kind, default: []].append("\(file.path): \(found)") }
        }
        let count = flagged.values.map(\.count).reduce(0, +)
        let rate = Double(count) / Double(DecoyCorpus.files.count)
        print("secret decoys: \(count) of \(DecoyCorpus.files.count) files flagged (\(percent(rate)))")
        for (kind, files) in flagged.sorted(by: { $0.key < $1.key }) {
            print("  \(kind): \(files.count) flagged, e.g. \(files[0])")
        }
        #expect(rate <= 0.02, "decoy flagged rate \(percent(rate)) is over 2%")
    }

    @Test func truePositivesAreFound() {
        var missed: [String: [String]] = [:]
        var total: [String: Int] = [:]
        for item in TruePositiveCorpus.cases {
            total[item.ruleID, default: 0] += 1
            let found = Self.findings(in: item.file).contains { $0.ruleID == item.ruleID && item.lines.contains($0.line) }
            if !found { missed[item.ruleID, default: []].append("\(item.file.kind) in \(item.file.path)") }
        }
        let cases = TruePositiveCorpus.cases.count
        let found = cases - missed.values.map(\.count).reduce(0, +)
        let recall = Double(found) / Double(cases)
        print("secret true positives: \(found) of \(cases) found (recall \(percent(recall))) over \(total.count) rules")
        for (rule, misses) in missed.sorted(by: { $0.key < $1.key }) {
            print("  \(rule): \(total[rule, default: 0] - misses.count)/\(total[rule, default: 0]), missed \(misses.joined(separator: "; "))")
        }
        #expect(total.count == SecretRule.builtIn.count, "every rule has cases")
        #expect(recall >= 0.95, "recall \(percent(recall)) is under 95%")
        for (rule, count) in total {
            let ruleRecall = Double(count - (missed[rule]?.count ?? 0)) / Double(count)
            #expect(ruleRecall >= 0.5, "\(rule) finds only \(percent(ruleRecall)) of its corpus cases")
        }
    }

    private func percent(_ value: Double) -> String {
        String(format: "%.1f%%", value * 100)
    }
}
