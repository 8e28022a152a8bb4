#if Enterprise
import GroundworkGit

/// Reads a campaign branch: which of its commits (those the default branch lacks) people made.
enum CampaignBranch {
    /// The commits on `tip` not reachable from `base` that do not carry `trailer`, newest first.
    static func foreignCommits(_ repository: Repository, tip: ObjectID, base: ObjectID?, trailer: String) throws -> [Commit] {
        let walk = try repository.walk(RevisionWalkOptions(start: .commits([tip]), order: .topological, hide: base.map { [$0] } ?? []))
        var foreign: [Commit] = []
        while let id = walk.next() {
            let commit = try repository.commit(id)
            let carries = commit.message.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == trailer }
            if !carries { foreign.append(commit) }
        }
        return foreign
    }

    /// "abc1234 by Ada Lovelace: Fix the port" for each commit.
    static func describe(_ commits: [Commit]) -> String {
        commits.map { "\($0.id.short) by \($0.author.name): \($0.summary)" }.joined(separator: "; ")
    }
}
#endif
