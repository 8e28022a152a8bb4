#if Enterprise
import Foundation
import GroundworkAudit
import GroundworkAuditModel
import GroundworkBasics
import GroundworkBricks

/// Who consumes which contract across a fleet: every repository's lock files (`.groundwork/lock.yaml` at
/// its root and in service folders) read at HEAD through libgit2, so a provider's team sees the consumers
/// that live in other repositories, not only those of its own workspace.
package struct FleetConsumerGraph: Sendable {
    /// Every consumer edge, by repository then folder then provider.
    package var edges: [FleetConsumerEdge]
    /// Repositories that could not be read, with the reason: their edges are unknown, so a run that has
    /// any is incomplete.
    package var unreadable: [FleetConsumerProblem]

    package init(edges: [FleetConsumerEdge], unreadable: [FleetConsumerProblem]) {
        self.edges = edges
        self.unreadable = unreadable
    }

    /// The edges whose provider is `provider`.
    package func consumers(of provider: String) -> [FleetConsumerEdge] { edges.filter { $0.provider == provider } }

    /// Reads the lock files of `repositories`, `jobs` at a time (each on a thread: libgit2 and disk block).
    package static func load(_ repositories: [FleetRepository], directories: Directories, jobs: Int) async -> FleetConsumerGraph {
        let queue = FleetWorkQueue(repositories)
        let found = await withTaskGroup(of: [Result<[FleetConsumerEdge], FleetConsumerProblem>].self) { group in
            for _ in 0..<max(1, jobs) {
                group.addTask {
                    var results: [Result<[FleetConsumerEdge], FleetConsumerProblem>] = []
                    while let repository = await queue.next() {
                        results.append(await FleetAuditor.onThread { read(repository, directories: directories) })
                        await queue.done(repository.location)
                    }
                    return results
                }
            }
            var all: [Result<[FleetConsumerEdge], FleetConsumerProblem>] = []
            for await results in group { all += results }
            return all
        }
        var edges: [FleetConsumerEdge] = [], unreadable: [FleetConsumerProblem] = []
        for result in found {
            switch result {
            case .success(let more): edges += more
            case .failure(let problem): unreadable.append(problem)
            }
        }
        return FleetConsumerGraph(
            edges: edges.sorted { ($0.repository, $0.folder, $0.provider) < ($1.repository, $1.folder, $1.provider) },
            unreadable: unreadable.sorted { $0.repository < $1.repository })
    }

    /// The consumer edges of one repository at HEAD (a git URL is fetched into the cache's mirrors first).
    static func read(_ repository: FleetRepository, directories: Directories) -> Result<[FleetConsumerEdge], FleetConsumerProblem> {
        do {
            let opened = try AuditSource.open(repository.location, directories: directories)
            guard let head = try opened.headCommitID() else { return .success([]) }
            let snapshot = try RepoSnapshot.load(from: opened, commit: head)
            var edges: [FleetConsumerEdge] = []
            for file in snapshot.files where isLockFile(file.path) {
                guard let text = snapshot.text(file) else { throw FleetConsumerProblem(repository: repository.name, message: "\(file.path): unreadable or not UTF-8") }
                let lock = try LockFile.parse(text, file: file.path)
                let folder = String(file.path.dropLast(LockFile.path.count)).trimmingCharacters(in: CharacterSet(charactersIn: "/"))
                edges += lock.consumes.map { FleetConsumerEdge(repository: repository, folder: folder, consumed: $0) }
            }
            return .success(edges)
        } catch let problem as FleetConsumerProblem {
            return .failure(problem)
        } catch {
            return .failure(FleetConsumerProblem(repository: repository.name, message: URLRedaction.redactingText("\(error)")))
        }
    }

    /// `.groundwork/lock.yaml` at the root or in a service folder.
    static func isLockFile(_ path: String) -> Bool { path == LockFile.path || path.hasSuffix("/" + LockFile.path) }
}

/// A repository whose consumer edges could not be read.
package struct FleetConsumerProblem: Error, Sendable, Equatable, Codable {
    package var repository: String
    package var message: String
}
#endif
