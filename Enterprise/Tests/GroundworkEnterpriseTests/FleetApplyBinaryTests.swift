#if Enterprise
import Foundation
import GRDB
import GroundworkGit
import GroundworkTestSupport
import Testing
@testable import GroundworkFleet

/// `groundwork fleet apply` through the built binary: a dry run, a run killed mid-way, and the run that
/// resumes it, against bare repositories on disk (evaluation mode: at most five repositories).
@Suite(.serialized) struct FleetApplyBinaryTests {
    @Test func aKilledCampaignResumesWithoutDuplicatingAnything() async throws {
        let home = try ScratchDirectory()
        var remotes: [RepoBuilder] = []
        var sources: [String] = []
        for index in 0..<5 {
            let (builder, entry) = try FleetApplyTests.remote("repo-\(index)")
            remotes.append(builder)
            sources.append("  - git: \(entry.location)\n    client: \(index < 3 ? "acme" : "globex")")
        }
        let fleet = try home.write("version: 1\nname: agency\nsources:\n" + sources.joined(separator: "\n") + "\n", to: "fleet.yaml")
        let arguments = ["fleet", "apply", "editorconfig", "gitignore", "--fleet", fleet, "--campaign", "tidy", "--jobs", "1"]

        let dryRun = try FleetBinaryTests.run(arguments + ["--dry-run"], home: home.path)
        #expect(dryRun.status == 0, "\(dryRun.standardError)")
        #expect(dryRun.standardOutput.contains("+++ b/.editorconfig"))
        #expect(try remotes.allSatisfy { try FleetApplyTests.campaignTip($0) == nil })

        // Kill the first run as soon as one repository is pushed.
        let database = home.path + "/.groundwork/fleet.db"
        let first = try FleetBinaryTests.start(arguments, home: home.path)
        var pushedAtKill = 0
        let deadline = Date().addingTimeInterval(120)
        while first.process.isRunning, Date() < deadline {
            pushedAtKill = Self.pushedCount(database)
            if pushedAtKill >= 1 { break }
            usleep(5_000)
        }
        let killedMidRun = first.process.isRunning
        if killedMidRun { kill(first.process.processIdentifier, SIGKILL) }
        _ = first.wait()
        #expect(pushedAtKill >= 1)
        if !killedMidRun { Issue.record("the first run finished before it could be killed; the resume was not exercised") }

        let resumed = try FleetBinaryTests.run(arguments + ["--format", "json"], home: home.path)
        #expect(resumed.status == 0, "\(resumed.standardError)\n\(resumed.standardOutput)")
        #expect(Self.pushedCount(database) == 5)
        for remote in remotes {
            let repository = try Repository.open(at: remote.path)
            let tip = try #require(try FleetApplyTests.campaignTip(remote))
            let main = try #require(remote.head)
            // Exactly one campaign commit on top of the default branch, however the runs were cut.
            #expect(try repository.commit(tip).parents == [main])
        }
        let document = try JSONSerialization.jsonObject(with: Data(resumed.standardOutput.utf8)) as? [String: Any]
        let listed = document?["repositories"] as? [[String: Any]]
        #expect(listed?.count == 5)

        let again = try FleetBinaryTests.run(arguments, home: home.path)
        #expect(again.status == 0)
        #expect(again.standardOutput.contains("pushed: 5"))
    }

    /// Repositories recorded as pushed (0 while the store does not exist yet).
    static func pushedCount(_ path: String) -> Int {
        guard FileManager.default.fileExists(atPath: path), let queue = try? DatabaseQueue(path: path) else { return 0 }
        return (try? queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM campaign_repositories WHERE state = 'pushed'") } ?? 0) ?? 0
    }
}
#endif
