import Foundation
import GRDB
import GroundworkAudit
import GroundworkAuditModel
import GroundworkBasics
import GroundworkGit
import GroundworkSecrets
import GroundworkTestSupport
import Testing

@Suite("One history walk, cached by object id")
struct HistoryWalkTests {
    static let now = Date(timeIntervalSince1970: 1_767_225_600)
    static let key = "AKIA" + "QY7RZ3WXKB2M4NTL"

    func options(_ cache: ScratchDirectory, useCache: Bool = true) -> AuditOptions {
        var options = AuditOptions()
        options.now = Self.now
        options.useCache = useCache
        options.jobs = 2
        options.directories = Directories(cache: cache.path, config: cache.appending("config"))
        return options
    }

    func secrets(_ report: AuditReport) -> [Evidence] {
        report.results.first { $0.id == "security.secrets-in-history" }?.evidence ?? []
    }

    /// The history's secrets by an audit that uses no cache; its scratch folder lives until the audit is done (a
    /// scratch passed inline would be removed before the audit ran, which then recreated it under /tmp).
    func uncachedSecrets(_ repo: RepoBuilder) throws -> [Evidence] {
        let cache = ScratchDirectory()
        return try withExtendedLifetime(cache) { secrets(try Auditor.audit(repo.path, options: options(cache, useCache: false))) }
    }

    @Test func findsSecretsOnEveryBranchAttributedToTheCommitThatAddedThem() throws {
        let repo = try RepoBuilder()
        try repo.commit("base", files: ["app.py": "import os\n"], date: Self.now.addingTimeInterval(-30 * 86_400))
        try repo.branch("leaky")
        let leak = try repo.commit("oops", files: ["app.py": "import os\nKEY = '\(Self.key)'\n"], date: Self.now.addingTimeInterval(-20 * 86_400))
        try repo.commit("fix", files: ["app.py": "import os\n"], date: Self.now.addingTimeInterval(-19 * 86_400))
        try repo.switchTo("main")
        let cache = ScratchDirectory()
        let report = try Auditor.audit(repo.path, options: options(cache))
        let found = secrets(report)
        #expect(found.count == 1)
        #expect(found.first?.commit == leak.hex)
        #expect(found.first?.line == 2)
        #expect(found.first?.path == "app.py")
        #expect(found.first?.message.contains("AKIA****") == true)
        #expect(!(found.first?.message.contains(Self.key) ?? true))
        #expect(report.history?.commitCount == 3)
    }

    /// Over enough commits for both workers of `--jobs 2`: a blob added again (here at another path) is reported
    /// once, at the oldest commit that added it; a file is diffed against its version before, so a later commit
    /// is blamed only for the line it added.
    @Test func aBlobAddedAgainIsReportedAtTheOldestCommitAndAnEditOnlyForItsOwnLine() throws {
        let repo = try RepoBuilder()
        let otherKey = "AKIA" + "MB5TQ2WZ7KR3XN4L"
        let leaked = "import os\nKEY = '\(Self.key)'\n"
        var commits: [Int: ObjectID] = [:]
        for index in 0..<150 {
            var files: [String: FixtureContent] = ["notes/\(index % 7).txt": "note \(index)\n"]
            switch index {
            case 40: files["app.py"] = .text(leaked)
            case 41: files["app.py"] = "import os\n"
            case 120: files["copy/app.py"] = .text(leaked)
            case 130: files["app.py"] = "import os\nOTHER_KEY = '\(otherKey)'\n"
            default: break
            }
            commits[index] = try repo.commit("change \(index)", files: files, date: Self.now.addingTimeInterval(Double(index - 200) * 3_600))
        }
        for useCache in [true, false] {
            let cache = ScratchDirectory()
            let found = secrets(try Auditor.audit(repo.path, options: options(cache, useCache: useCache)))
            #expect(found.count == 2, "\(found)")
            #expect(Set(found.map(\.commit)) == [commits[40]?.hex, commits[130]?.hex], "\(found)")
            #expect(found.allSatisfy { $0.path == "app.py" && $0.line == 2 }, "\(found)")
        }
    }

    /// The walk skips the diff of a blob none of whose lines a rule reads (keyword-dense code without values), and
    /// once a path had a blob with such a line it diffs the path's later blobs: the secret a commit adds is found
    /// at that commit and line, and the commits after it that keep the line are not blamed.
    @Test func keywordDenseCodeIsSkippedUntilALineHoldsAValue() throws {
        let repo = try RepoBuilder()
        let dense = (0..<20).map { "const token\($0) = session.token ?? req.headers.authorization // \($0)\n" }.joined()
        #expect(!Data(dense.utf8).withUnsafeBytes { SecretScanner.shared.readsSomeLine(of: $0) }, "no rule reads these lines")
        var leak: ObjectID?
        for index in 0..<30 {
            let body = dense + "// version \(index)\n" + ((12..<20).contains(index) ? "const key = '\(Self.key)'\n" : "")
            let commit = try repo.commit("change \(index)", files: ["src/session.js": .text(body)], date: Self.now.addingTimeInterval(Double(index - 40) * 3_600))
            if index == 12 { leak = commit }
        }
        let found = try uncachedSecrets(repo)
        #expect(found.map(\.commit) == [leak?.hex], "\(found)")
        #expect(found.first?.path == "src/session.js" && found.first?.line == 22, "\(found)")
    }

    /// libgit2 gives no lines for a pair of blobs when either is binary: a text file that replaces a binary one at
    /// the same path must still have its lines scanned.
    @Test func textThatReplacesABinaryFileIsScanned() throws {
        let repo = try RepoBuilder()
        try repo.commit("binary", files: ["config/key": .binary(count: 300)], date: Self.now.addingTimeInterval(-3 * 86_400))
        let leak = try repo.commit("text", files: ["config/key": "KEY = '\(Self.key)'\n"], date: Self.now.addingTimeInterval(-2 * 86_400))
        try repo.commit("gone", files: ["config/key": .binary(count: 300, seed: 7)], date: Self.now.addingTimeInterval(-86_400))
        let found = try uncachedSecrets(repo)
        #expect(found.map(\.commit) == [leak.hex], "\(found)")
        #expect(found.first?.path == "config/key" && found.first?.line == 1, "\(found)")
    }

    /// A blob over the size the walk scans (10 MB) is never scanned, so the text that replaces it is compared with
    /// nothing: a secret line kept from the big version is reported at the commit that made the file small again
    /// (a diff against the big version, which the walk also read whole, would show it as already there).
    @Test func textThatReplacesABlobTooLargeToScanIsScanned() throws {
        let repo = try RepoBuilder()
        let secretLine = "KEY = '\(Self.key)'\n"
        let filler = String(repeating: "x = 1\n", count: RepoSnapshot.maxContentBytes / 6 + 1)
        try repo.commit("big", files: ["data.py": .text(secretLine + filler)], date: Self.now.addingTimeInterval(-3 * 86_400))
        let small = try repo.commit("small", files: ["data.py": .text(secretLine + "x = 2\n")], date: Self.now.addingTimeInterval(-2 * 86_400))
        let found = try uncachedSecrets(repo)
        #expect(found.map(\.commit) == [small.hex], "\(found)")
        #expect(found.first?.path == "data.py" && found.first?.line == 1, "\(found)")
    }

    /// The repository's attribute files could tell libgit2's diff that every file is binary (`-diff`), which
    /// shows no lines: a repository under audit must not be able to hide its history that way.
    @Test func attributeFilesDoNotHideHistory() throws {
        let repo = try RepoBuilder()
        try repo.commit("start", files: ["app.py": "x = 1\n", ".gitattributes": "* binary -diff\n"], date: Self.now.addingTimeInterval(-3 * 86_400))
        let leak = try repo.commit("leak", files: ["app.py": "x = 1\nKEY = '\(Self.key)'\n"], date: Self.now.addingTimeInterval(-2 * 86_400))
        try repo.commit("gone", files: ["app.py": "x = 1\n"], date: Self.now.addingTimeInterval(-86_400))
        try FileManager.default.createDirectory(atPath: repo.path + "/.git/info", withIntermediateDirectories: true)
        try "* -diff\n".write(toFile: repo.path + "/.git/info/attributes", atomically: true, encoding: .utf8)
        let found = try uncachedSecrets(repo)
        #expect(found.map(\.commit) == [leak.hex], "\(found)")
        #expect(found.first?.path == "app.py" && found.first?.line == 2, "\(found)")
    }

    @Test func reauditOnlyWalksNewCommitsAndKeepsEarlierFindings() throws {
        let repo = try RepoBuilder()
        try repo.commit("leak", files: ["app.py": "KEY = '\(Self.key)'\n"], author: "Ana", date: Self.now.addingTimeInterval(-10 * 86_400))
        let cache = ScratchDirectory()
        let first = try Auditor.audit(repo.path, options: options(cache))
        #expect(secrets(first).count == 1)

        try repo.commit("more", files: ["b.txt": "b\n"], author: "Ben", date: Self.now.addingTimeInterval(-5 * 86_400))
        let second = try Auditor.audit(repo.path, options: options(cache))
        #expect(secrets(second).count == 1)
        #expect(second.history?.commitCount == 2)
        #expect(second.history?.authorCount == 2)

        // The cache holds what the walk found: a fresh walk without it agrees.
        let freshCache = ScratchDirectory()
        let uncached = try Auditor.audit(repo.path, options: options(freshCache, useCache: false))
        #expect(uncached.history == second.history)
        #expect(secrets(uncached) == secrets(second))
    }

    @Test func rewrittenHistoryInvalidatesTheCache() throws {
        let repo = try RepoBuilder()
        let base = try repo.commit("base", files: ["a.txt": "a\n"])
        try repo.commit("leak", files: ["app.py": "KEY = '\(Self.key)'\n"])
        let cache = ScratchDirectory()
        #expect(secrets(try Auditor.audit(repo.path, options: options(cache))).count == 1)
        // Force-push the leak away.
        try repo.repository.createBranch("main", at: base, force: true)
        try repo.commit("clean", files: ["b.txt": "b\n"])
        let after = try Auditor.audit(repo.path, options: options(cache))
        #expect(secrets(after).isEmpty)
        #expect(after.history?.commitCount == 2)
    }

    @Test func mailmapFoldsAuthorsForBusFactor() throws {
        let repo = try RepoBuilder()
        for day in 0..<6 {
            try repo.commit(
                "c\(day)", files: ["f\(day)": "x"], author: "Ana", email: day % 2 == 0 ? "ana@example.com" : "ana@laptop.local", date: Self.now.addingTimeInterval(Double(-30 + day) * 86_400))
        }
        try repo.commit("mailmap", files: [".mailmap": "Ana <ana@example.com> <ana@laptop.local>\n"], author: "Ana", date: Self.now.addingTimeInterval(-1 * 86_400))
        try repo.checkout()
        let cache = ScratchDirectory()
        let report = try Auditor.audit(repo.path, options: options(cache))
        #expect(report.history?.authorCount == 1)
        #expect(report.history?.busFactor == 1)
        #expect(report.history?.commitsPerMonth.reduce(0, +) == 7)
    }

    @Test func anUnreadableCommitStaysReportedWhenTheCacheIsWarm() throws {
        let repo = try RepoBuilder()
        try repo.commit("one", files: ["a.txt": "1\n"])
        let two = try repo.commit("two", files: ["a.txt": "2\n"])
        try repo.commit("three", files: ["a.txt": "3\n"])
        let lost = try #require(try repo.repository.entry(at: "a.txt", inTree: try repo.repository.commit(two).tree)).id
        try repo.corrupt(lost)
        let cache = ScratchDirectory()
        let cold = try Auditor.audit(repo.path, options: options(cache))
        let warm = try Auditor.audit(repo.path, options: options(cache))
        for report in [cold, warm] {
            #expect(report.history?.isPartial == true)
            #expect(report.problems.contains { $0.kind == .unreadableCommit && $0.message.contains(two.short) })
        }
    }

    @Test func anUnreadableCacheFileIsRebuilt() throws {
        let repo = try RepoBuilder()
        try repo.commit("leak", files: ["app.py": "KEY = '\(Self.key)'\n"])
        try repo.commit("more", files: ["b.txt": "b\n"])
        let cache = ScratchDirectory()
        _ = try Auditor.audit(repo.path, options: options(cache))
        let folder = cache.appending("audit")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(files.contains { $0.hasSuffix(".sqlite") })
        for name in files {
            if name.hasSuffix(".sqlite") {
                try Data(repeating: 0x5A, count: 8192).write(to: URL(fileURLWithPath: folder + "/" + name))
            } else {
                try FileManager.default.removeItem(atPath: folder + "/" + name)
            }
        }
        let report = try Auditor.audit(repo.path, options: options(cache))
        #expect(report.history?.commitCount == 2)
        #expect(secrets(report).count == 1)
        #expect(try Auditor.audit(repo.path, options: options(cache)).history == report.history)
    }

    @Test func aCacheOfTheFirstSchemaIsMigratedAndWalkedAfresh() throws {
        let repo = try RepoBuilder()
        try repo.commit("leak", files: ["app.py": "KEY = '\(Self.key)'\n"])
        let head = try repo.commit("more", files: ["b.txt": "b\n"])
        let cache = ScratchDirectory()
        _ = try Auditor.audit(repo.path, options: options(cache))
        let folder = cache.appending("audit")
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first { $0.hasSuffix(".sqlite") })
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) { try FileManager.default.removeItem(atPath: folder + "/" + name) }
        // What groundwork 0.1's first cache schema held: hex ids, one stale commit, HEAD as the last tip.
        let old = try DatabaseQueue(path: folder + "/" + file)
        try old.write { db in
            try db.execute(
                sql: """
                    CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                    INSERT INTO grdb_migrations VALUES ('v1');
                    CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                    CREATE TABLE commits (id TEXT PRIMARY KEY, author_name TEXT NOT NULL, author_email TEXT NOT NULL, time REAL NOT NULL);
                    CREATE TABLE blobs (id TEXT PRIMARY KEY);
                    CREATE TABLE events (kind TEXT NOT NULL, commit_id TEXT NOT NULL, path TEXT NOT NULL, blob TEXT NOT NULL, size INTEGER NOT NULL,
                        detail TEXT NOT NULL, rule_id TEXT, line INTEGER, redacted TEXT);
                    INSERT INTO commits VALUES ('\(head.hex)', 'Old', 'old@example.com', 0);
                    """)
            try db.execute(sql: "INSERT INTO state VALUES ('tips', ?), ('rules', ?)", arguments: [head.hex, SecretHooks.builtIn.rulesVersion])
        }
        try old.close()
        let report = try Auditor.audit(repo.path, options: options(cache))
        #expect(report.history?.commitCount == 2)
        #expect(report.history?.authorCount == 1)
        #expect(secrets(report).count == 1)
    }

    @Test func shallowCloneMakesHistoryPartial() throws {
        let repo = try RepoBuilder()
        try repo.commit("one", files: ["a.txt": "1\n"])
        let boundary = try repo.commit("two", files: ["a.txt": "2\n"])
        try repo.commit("three", files: ["a.txt": "3\n"])
        try repo.makeShallow(at: boundary)
        let cache = ScratchDirectory()
        let report = try Auditor.audit(repo.path, options: options(cache))
        #expect(report.repository.isShallow)
        #expect(report.history?.isPartial == true)
        #expect(report.problems.contains { $0.kind == .shallowHistory })
    }

    @Test func sinceLimitsTheWalk() throws {
        let repo = try RepoBuilder()
        let old = try repo.commit("old leak", files: ["app.py": "KEY = '\(Self.key)'\n"], date: Self.now.addingTimeInterval(-100 * 86_400))
        try repo.commit("new", files: ["b.txt": "b\n"], date: Self.now.addingTimeInterval(-2 * 86_400))
        let byRevisionCache = ScratchDirectory()
        var byRevision = options(byRevisionCache)
        byRevision.since = old.hex
        let report = try Auditor.audit(repo.path, options: byRevision)
        #expect(report.history?.commitCount == 1)
        #expect(secrets(report).isEmpty)
        let byDateCache = ScratchDirectory()
        var byDate = options(byDateCache)
        byDate.since = "2025-12-01"
        #expect(try Auditor.audit(repo.path, options: byDate).history?.commitCount == 1)
        let badCache = ScratchDirectory()
        var bad = options(badCache)
        bad.since = "not-a-rev"
        #expect(throws: AuditError.self) { try Auditor.audit(repo.path, options: bad) }
    }
}

@Suite("History aggregation")
struct HistoryAggregationTests {
    @Test func monthNumbersAgreeWithTheGregorianCalendar() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var times: [Double] = [0, -1, 951_782_400, 951_868_799, 4_102_444_800, -2_208_988_800]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 { times.append(Double(Int64.random(in: -3_000_000_000...5_000_000_000, using: &generator))) }
        for time in times {
            let parts = calendar.dateComponents([.year, .month], from: Date(timeIntervalSince1970: time))
            #expect(HistoryAggregator.monthNumber(time) == parts.year! * 12 + parts.month! - 1, "at \(time)")
        }
    }

    @Test func aPersonIsNamedAsInTheirLatestCommitAndCountedOnce() throws {
        let now = Date(timeIntervalSince1970: 1_767_225_600)
        let day = 86_400.0
        func commit(_ name: String, _ email: String, daysAgo: Double) -> CommitRecord {
            CommitRecord(id: ObjectID.forBlob(Data("\(name)\(daysAgo)".utf8)), authorName: name, authorEmail: email, time: now.timeIntervalSince1970 - daysAgo * day)
        }
        let commits = [
            commit("ana", "Ana@Example.com", daysAgo: 400), commit("Ana Lima", "ana@example.com", daysAgo: 2),
            commit("A. Lima", "ana@laptop.local", daysAgo: 30), commit("Ben", "ben@example.com", daysAgo: 500),
        ]
        let mailmap = try Mailmap(text: "Ana Lima <ana@example.com> <ana@laptop.local>\n")
        let facts = HistoryAggregator(now: now, mailmap: mailmap, presentPaths: []).facts(commits: commits, events: [], branches: [])
        #expect(facts.authors.map(\.name) == ["Ana Lima", "Ben"])
        #expect(facts.authors.map(\.commits) == [3, 1])
        #expect(facts.recentAuthors.map(\.commits) == [2])
        #expect(facts.commitsPerMonth.reduce(0, +) == 2)
        #expect(facts.lastCommitDate == Date(timeIntervalSince1970: now.timeIntervalSince1970 - 2 * day))
    }
}

@Suite("History cache under concurrency")
struct HistoryCacheConcurrencyTests {
    @Test func concurrentAuditsOfOneRepositoryShareAColdCache() async throws {
        let repo = try RepoBuilder()
        for index in 0..<5 { try repo.commit("c\(index)", files: ["f\(index).txt": "\(index)\n"]) }
        let cache = ScratchDirectory()
        var options = AuditOptions()
        options.directories = Directories(cache: cache.path, config: cache.appending("config"))
        let frozen = options
        let path = repo.path
        let counts = try await withThrowingTaskGroup(of: Int?.self) { group in
            for _ in 0..<6 { group.addTask { try Auditor.audit(path, options: frozen).history?.commitCount } }
            var counts: [Int?] = []
            for try await count in group { counts.append(count) }
            return counts
        }
        #expect(counts == Array(repeating: 5, count: 6))
    }
}
