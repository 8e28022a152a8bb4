#if Enterprise
import Foundation
import GroundworkBasics
import GroundworkBricks
import GroundworkGit
import GroundworkTestSupport
import Testing
@testable import GroundworkFleet
@testable import GroundworkLicense

/// `fleet apply` against bare repositories on disk: libgit2 clones, commits and pushes to them, and the
/// campaign's states are read back from a real SQLite store.
@Suite struct FleetApplyTests {
    /// `<package>/Plugins`, found from this file's path.
    static let plugins = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Plugins").path

    static func library() throws -> BrickLibrary {
        BrickLibrary(try BrickLibrary.builtinBricks(at: plugins))
    }

    /// A bare "remote" with a README and a Python file, and the fleet entry that points at it.
    static func remote(_ name: String, client: String = "acme", files: [String: FixtureContent] = [:], fileURL: Bool = true) throws -> (RepoBuilder, FleetRepository) {
        let builder = try RepoBuilder(bare: true)
        var content: [String: FixtureContent] = ["README.md": FleetFixtures.readme, "main.py": "print('hello')\n"]
        for (path, text) in files { content[path] = text }
        try builder.commit("initial", files: content, author: "Ada Client", email: "ada@client.example")
        return (builder, FleetRepository(name: name, location: (fileURL ? "file://" : "") + builder.path, client: client))
    }

    /// Everything a campaign run needs, in a scratch folder the test owns.
    struct Setup {
        let scratch: ScratchDirectory
        let store: SQLiteFleetStore
        var options: FleetApplyOptions
        let output = LockedList<String>()

        init(campaign: String = "tidy", entitlement: Entitlement? = nil) throws {
            scratch = try ScratchDirectory()
            store = try SQLiteFleetStore(path: scratch.path + "/fleet.db")
            let directories = Directories(cache: scratch.path + "/cache", config: scratch.path + "/config")
            let licensed = try entitlement ?? FleetAuditTests.licensed(repositories: 100).0
            options = FleetApplyOptions(campaign: campaign, mirrorRoot: scratch.path + "/mirrors", entitlement: licensed, directories: directories)
            options.now = FleetFixtures.now
            let output = output
            options.output = { output.append($0) }
        }

        func run(_ repositories: [FleetRepository], ids: [String] = ["editorconfig", "gitignore"]) async throws -> FleetApplyOutcome {
            let change = BrickFleetChange(ids: ids, library: try FleetApplyTests.library())
            return try await FleetApplier(store: store).run(repositories: repositories, change: change, options: options)
        }
    }

    static func campaignTip(_ builder: RepoBuilder, _ campaign: String = "tidy") throws -> ObjectID? {
        try Repository.open(at: builder.path).referenceTarget("refs/heads/groundwork/" + campaign)
    }

    @Test func campaignPushesOneVerifiedCommitPerRepositoryAndARerunChangesNothing() async throws {
        let (alpha, alphaEntry) = try Self.remote("alpha")
        let (beta, betaEntry) = try Self.remote("beta", client: "globex", fileURL: false)
        let setup = try Setup()

        let first = try await setup.run([alphaEntry, betaEntry])
        #expect(first.exitStatus == .success)
        #expect(first.records.map(\.state) == [.pushed, .pushed])
        for (builder, record) in zip([alpha, beta], first.records) {
            let remote = try Repository.open(at: builder.path)
            let tip = try #require(try Self.campaignTip(builder))
            let main = try #require(builder.head)
            #expect(tip.hex == record.commit)
            let commit = try remote.commit(tip)
            #expect(commit.parents == [main])
            #expect(commit.message.contains("Groundwork-Campaign: tidy"))
            #expect(try remote.entry(at: ".editorconfig", inTree: commit.tree) != nil)
            #expect(try remote.entry(at: ".gitignore", inTree: commit.tree) != nil)
            #expect(record.files.contains(".editorconfig"))
            #expect(record.hoursSaved == 0.75)
            #expect((record.scoreAfter ?? 0) >= (record.scoreBefore ?? 100))
            #expect(record.log?.contains("code.editorconfig fixed") == true)
        }
        let eventsAfterFirst = try await setup.store.campaignEvents(campaign: "tidy")
        #expect(eventsAfterFirst.filter { $0.repository == "alpha" }.map(\.state) == [.planned, .verified, .pushed])

        // A second run finds the branches holding the change: no new commit, no new event.
        let tips = try [alpha, beta].map { try Self.campaignTip($0) }
        let second = try await setup.run([alphaEntry, betaEntry])
        #expect(second.records.map(\.state) == [.pushed, .pushed])
        #expect(try [alpha, beta].map { try Self.campaignTip($0) } == tips)
        #expect(try await setup.store.campaignEvents(campaign: "tidy").count == eventsAfterFirst.count)
        #expect(try await setup.store.campaignRecords(campaign: "tidy").count == 2)
    }

    @Test func aHumanCommitOnTheCampaignBranchIsNeverOverwritten() async throws {
        let (remote, entry) = try Self.remote("alpha")
        var setup = try Setup()
        _ = try await setup.run([entry], ids: ["editorconfig"])
        // A person pushes a fix onto the campaign branch.
        try remote.switchTo("groundwork/tidy")
        let human = try remote.commit("Use tabs", files: [".editorconfig": "root = true\n"], author: "Grace Dev", email: "grace@client.example")
        // Back to main: the remote's HEAD names the default branch the campaign starts from.
        try remote.switchTo("main")

        for strategy in FleetApplyStrategy.allCases {
            setup.options.strategy = strategy
            let outcome = try await setup.run([entry], ids: ["editorconfig", "gitignore"])
            #expect(outcome.records.first?.state == .needsHuman, "strategy \(strategy.rawValue)")
            #expect(outcome.records.first?.reason?.contains("Grace Dev") == true)
            #expect(outcome.exitStatus == .gateFailed)
            #expect(try Self.campaignTip(remote) == human)
        }
    }

    @Test func mergeIfCleanAddsABrickOnTopOfTheCampaignBranch() async throws {
        let (remote, entry) = try Self.remote("alpha")
        let setup = try Setup()
        let first = try await setup.run([entry], ids: ["editorconfig"])
        let firstTip = try #require(try Self.campaignTip(remote))
        #expect(first.records.first?.state == .pushed)
        let second = try await setup.run([entry], ids: ["editorconfig", "gitignore"])
        #expect(second.records.first?.state == .pushed)
        let tip = try #require(try Self.campaignTip(remote))
        let repository = try Repository.open(at: remote.path)
        // A fast-forward: the first campaign commit is kept, the new one sits on it.
        #expect(try repository.commit(tip).parents == [firstTip])
        #expect(try repository.entry(at: ".gitignore", inTree: repository.commit(tip).tree) != nil)
    }

    @Test func aRepositoryWhoseTestsFailIsNotPushedAndItsLogIsKept() async throws {
        let (remote, entry) = try Self.remote(
            "broken",
            files: [
                "package.json": "{\"name\": \"broken\", \"version\": \"1.0.0\", \"scripts\": {\"test\": \"echo 'expected 2, got 3' && exit 1\"}}\n"
            ])
        var setup = try Setup()
        setup.options.runTests = true
        setup.options.testTimeout = .seconds(120)
        let outcome = try await setup.run([entry], ids: ["editorconfig"])
        let record = try #require(outcome.records.first)
        #expect(record.state == .verificationFailed)
        #expect(record.log?.contains("expected 2, got 3") == true)
        #expect(try Self.campaignTip(remote) == nil)
        #expect(outcome.exitStatus == .gateFailed)
        let stored = try await setup.store.campaignRecord(campaign: "tidy", repository: "broken")
        #expect(stored?.state == .verificationFailed)
        #expect(stored?.log == record.log)
    }

    @Test func aDryRunPrintsThePlanAndDiffAndTouchesNothing() async throws {
        let (remote, entry) = try Self.remote("alpha")
        var setup = try Setup()
        setup.options.dryRun = true
        let outcome = try await setup.run([entry])
        #expect(outcome.records.first?.state == .planned)
        #expect(setup.output.all.joined().contains("alpha: would create groundwork/tidy"))
        #expect(setup.output.all.joined().contains("+++ b/.editorconfig"))
        #expect(try Self.campaignTip(remote) == nil)
        #expect(try await setup.store.campaignRecords(campaign: nil).isEmpty)
    }

    @Test func evaluationModeWorksOnFiveRepositoriesAndCanaryFailureStopsTheRest() async throws {
        var remotes: [(RepoBuilder, FleetRepository)] = []
        for index in 0..<7 { remotes.append(try Self.remote("repo-\(index)")) }
        let setup = try Setup(entitlement: .evaluation(warnings: []))
        let outcome = try await setup.run(remotes.map(\.1), ids: ["editorconfig"])
        #expect(outcome.records.filter { $0.state == .pushed }.count == 5)
        #expect(outcome.records.filter { $0.state == .skipped }.map(\.repository) == ["repo-5", "repo-6"])
        #expect(outcome.evaluationMarker != nil)

        var canary = try Setup(campaign: "canary")
        canary.options.canary = 1
        let missing = FleetRepository(name: "0-missing", location: canary.scratch.path + "/nowhere.git")
        let stopped = try await canary.run([missing] + remotes.prefix(3).map(\.1), ids: ["editorconfig"])
        #expect(stopped.stoppedAfterCanary)
        #expect(stopped.records.map(\.repository) == ["0-missing"])
        #expect(stopped.notStarted.count == 3)
        #expect(stopped.exitStatus == .incomplete)
    }

    @Test func tokensNeverReachTheStoreOrTheOutput() async throws {
        let token = "ghp_sup3rs3cretT0ken"
        var setup = try Setup()
        setup.options.credentials = FleetCredentials(defaultToken: token, tokensByHost: ["127.0.0.1": token + "-host"])
        // Nothing listens on port 9: the fetch fails and its error names the URL.
        let unreachable = FleetRepository(name: "private", location: "https://user:\(token)@127.0.0.1:9/acme/private-\(token).git")
        let outcome = try await setup.run([unreachable])
        #expect(outcome.records.first?.state == .failed)
        let stored = try await setup.store.campaignRecords(campaign: nil)
        let everything =
            [
                try FleetStoreCoding.json(stored), outcome.text(), setup.output.all.joined(),
            ] + FleetCampaignFormat.allCases.map { $0.render(outcome.records) }
        for text in everything {
            #expect(!text.contains(token), "a token leaked into: \(text.prefix(300))")
        }
        let database = try String(contentsOfFile: setup.store.path, encoding: .isoLatin1)
        #expect(!database.contains(token))
    }

    @Test func credentialsFileGivesTokensPerHostAndRejectsBadLines() throws {
        let scratch = try ScratchDirectory()
        let file = try scratch.write("# tokens\ngithub.example ghp_one\n\ngitlab.example glpat-two\n", to: "credentials")
        let credentials = try FleetCredentials.load(environment: [FleetCredentials.tokenVariable: "fallback"], file: file, configFolder: scratch.path)
        #expect(credentials.forRemote("https://github.example/acme/a.git").token == "ghp_one")
        #expect(credentials.forRemote("https://gitlab.example/acme/a.git").token == "glpat-two")
        #expect(credentials.forRemote("https://other.example/a.git").token == "fallback")
        #expect(credentials.scrub("push to https://github.example with glpat-two failed") == "push to https://github.example with **** failed")
        let bad = try scratch.write("github.example\n", to: "bad")
        #expect(throws: FleetError.self) { try FleetCredentials.load(environment: [:], file: bad, configFolder: scratch.path) }
    }

    @Test func campaignRecordsRoundTripThroughSQLiteAndRenderInEveryFormat() async throws {
        let scratch = try ScratchDirectory()
        let store = try SQLiteFleetStore(path: scratch.path + "/fleet.db")
        try await FleetCampaignStoreContract.check(store)
    }

    @Test(.enabled(if: PostgresTestDatabase.url != nil, "GROUNDWORK_TEST_POSTGRES_URL is not set: run scripts/postgres-for-tests.sh start"))
    func campaignRecordsRoundTripThroughPostgreSQL() async throws {
        let store = try FleetStoreFactory.openCampaignStore(url: PostgresTestDatabase.url, fleetFile: "fleet.yaml")
        try await FleetCampaignStoreContract.check(store, campaign: PostgresTestDatabase.prefix("campaign"))
    }
}

/// What every campaign store must do, run against SQLite and PostgreSQL.
enum FleetCampaignStoreContract {
    static func check(_ store: any FleetCampaignStore, campaign: String = "tidy") async throws {
        var record = FleetApplyRecord(
            campaign: campaign, repository: "acme/api", location: "file:///r/api.git", client: "acme", state: .planned,
            branch: "groundwork/\(campaign)", commit: "abc", files: [".editorconfig"], hoursSaved: 0.25, updatedAt: FleetFixtures.now
        )
        try await store.recordCampaign(record)
        try await store.recordCampaign(record)
        record.state = .pushed
        record.updatedAt = FleetFixtures.now.addingTimeInterval(60)
        try await store.recordCampaign(record)
        let read = try await store.campaignRecord(campaign: campaign, repository: "acme/api")
        #expect(read == record)
        #expect(try await store.campaignRecord(campaign: campaign, repository: "other") == nil)
        #expect(try await store.campaignRecords(campaign: campaign) == [record])
        // The repeated `planned` is one event: only changes of state are kept.
        #expect(try await store.campaignEvents(campaign: campaign).map(\.state) == [.planned, .pushed])

        let csv = FleetCampaignFormat.csv.render([record])
        #expect(csv.hasPrefix(FleetCampaignFormat.columns.joined(separator: ",")))
        #expect(csv.contains("acme/api,pushed"))
        #expect(FleetCampaignFormat.markdown.render([record]).contains("# Campaign \(campaign)"))
        #expect(FleetCampaignFormat.json.render([record]).contains("\"state\":\"pushed\""))
    }
}
#endif
