import GroundworkAuditModel

/// More than one person carries the recent work (mailmap-aware).
struct BusFactorCheck: Check {
    let id = "git.bus-factor"
    let title = "More than one person carries the project"
    let severity = Severity.medium
    let rationale =
        "When one person made at least half of the commits, their absence stops the project. The bus factor is the fewest authors covering 50% of commits; groundwork looks at the last 12 months (all time when the project was idle)."
    let fixedBy: [String] = []
    let effortHours = 8.0
    let needsHistory = true

    /// Below this many commits the bus factor says nothing.
    static let minimumCommits = 10

    func evaluate(_ context: AuditContext) -> CheckOutcome {
        guard let history = context.history else { return .notApplicable("history was not walked") }
        let recentCommits = history.recentAuthors.reduce(0) { $0 + $1.commits }
        let (authors, window) = recentCommits >= Self.minimumCommits ? (history.recentAuthors, "the last 12 months") : (history.authors, "all time")
        let total = authors.reduce(0) { $0 + $1.commits }
        guard total >= Self.minimumCommits else { return .notApplicable("fewer than \(Self.minimumCommits) commits") }
        let factor = HistoryFacts.busFactor(authors)
        guard factor <= 1, let top = authors.first else { return .passed }
        let share = Int((Double(top.commits) * 100 / Double(total)).rounded())
        return .failed([Evidence("bus factor 1 over \(window): \(top.name) made \(share)% of \(total) commits (\(authors.count) author(s) in all)")])
    }

    var examples: [CheckExample] {
        let solo = (1...12).map { ExampleCommit(author: "Solo Dev", daysAgo: Double(100 - $0), files: ["f\($0).txt": "\($0)\n"]) }
        let team = (1...12).map { ExampleCommit(author: ["Ana", "Ben", "Chloe"][$0 % 3], daysAgo: Double(100 - $0), files: ["f\($0).txt": "\($0)\n"]) }
        return [
            CheckExample("three people share the work", .pass, commits: team),
            CheckExample("one person made every commit", .fail, commits: solo),
            CheckExample("too few commits to tell", .notApplicable, commits: [ExampleCommit(files: ["a.txt": "a\n"])]),
        ]
    }
}
