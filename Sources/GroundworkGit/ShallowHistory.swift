import Foundation

/// History walks for shallow clones. libgit2 1.5's revwalk does not read `.git/shallow`, so it
/// fails on the first missing parent; this walk treats the listed boundary commits as roots, as git does.
enum ShallowHistory {
    /// The commits listed in the repository's `shallow` file.
    static func boundary(of repository: Repository) -> Set<ObjectID> {
        guard let text = try? String(contentsOfFile: repository.gitDirectory + "shallow", encoding: .utf8) else { return [] }
        return Set(text.split(whereSeparator: \.isNewline).compactMap { ObjectID(hex: String($0)) })
    }

    /// The commit ids the options select, in the order they ask for.
    static func walk(_ repository: Repository, options: RevisionWalkOptions) throws(GitError) -> [ObjectID] {
        let boundary = boundary(of: repository)
        var commits: [ObjectID: Commit] = [:]
        func parents(_ id: ObjectID) throws(GitError) -> [ObjectID] {
            if boundary.contains(id) { return [] }
            let commit = try load(id)
            return options.firstParentOnly ? Array(commit.parents.prefix(1)) : commit.parents
        }
        func load(_ id: ObjectID) throws(GitError) -> Commit {
            if let cached = commits[id] { return cached }
            let commit = try repository.commit(id)
            commits[id] = commit
            return commit
        }
        func reachable(from starts: [ObjectID], excluding hidden: Set<ObjectID>) throws(GitError) -> [ObjectID] {
            // Depth-first post-order, reversed: every child comes before its parents.
            var order: [ObjectID] = []
            var seen = hidden
            var stack: [(ObjectID, Bool)] = starts.reversed().map { ($0, false) }
            while let (id, expanded) = stack.popLast() {
                if expanded { order.append(id); continue }
                guard seen.insert(id).inserted else { continue }
                stack.append((id, true))
                for parent in try parents(id).reversed() where !seen.contains(parent) { stack.append((parent, false)) }
            }
            return order.reversed()
        }

        var starts: [ObjectID] = []
        switch options.start {
        case .allReferences:
            starts = try repository.references().compactMap(\.commit)
            if let head = try repository.headCommitID() { starts.append(head) }
        case .head:
            if let head = try repository.headCommitID() { starts.append(head) }
        case .commits(let ids):
            starts = ids
        }
        let hidden = Set(try reachable(from: options.hide, excluding: []))
        var result = try reachable(from: starts, excluding: hidden)
        switch options.order {
        case .topological:
            break
        case .oldestFirst:
            result.reverse()
        case .time:
            var dates: [ObjectID: Date] = [:]
            for id in result { dates[id] = try load(id).committer.date }
            result.sort { dates[$0]! > dates[$1]! }
        }
        return result
    }
}
