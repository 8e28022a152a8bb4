import Foundation
import GroundworkAuditModel
import GroundworkBasics
import GroundworkGit
import GroundworkStack

/// Detects the stack through the tree cache: the language tally's per-file facts, the source files' port
/// mentions and the answers of the detectors' text searches come from the cache for blobs read before, and those
/// of the others are stored for the next run.
package struct StackDetection {
    /// The stack of the snapshot.
    package var stack: Stack
    /// How many blobs were read for their facts (the others came from the cache).
    package var read = 0
    /// Why the cache could not be used, if it could not; the stack is then detected from the files alone.
    package var cacheProblem: String?

    /// The rules the cached facts were computed under: a new groundwork or new markers drop them.
    static let rulesVersion = "\(GroundworkVersion.current)/" + SourceFileFacts.rulesFingerprint

    /// Detects the stack of `snapshot`, through the cache at `cachePath` when there is one.
    package static func resolve(_ snapshot: RepoSnapshot, cachePath: String?) -> StackDetection {
        var known: [ObjectID: SourceFileFacts] = [:]
        var knownCodePorts: [ObjectID: [PortMention]] = [:]
        var knownSearches: [TextSearchKey: Bool] = [:]
        var cache: SourceFactsCache?
        var problem: String?
        if let cachePath {
            do {
                let opened = try SourceFactsCache(path: cachePath, rulesVersion: rulesVersion)
                known = try opened.all()
                knownCodePorts = try opened.allCodePorts()
                knownSearches = try opened.allSearches()
                cache = opened
            } catch {
                // The cache is only a cache: an unusable one means a slower run, never a failed one (D9).
                problem = "the result cache \(cachePath) cannot be used (\(error)); this audit read and scanned the tree without it"
            }
        }
        let detection = StackDetector.detect(snapshot, knownFacts: known, knownCodePorts: knownCodePorts, knownSearches: knownSearches)
        if let cache {
            do {
                try cache.store(detection.computedFacts, codePorts: detection.computedCodePorts, searches: detection.computedSearches)
            } catch {
                problem = "the result cache \(cachePath ?? "") cannot be written (\(error)); the next audit will read the tree's files again"
            }
        }
        return StackDetection(stack: detection.stack, read: detection.computedFacts.count, cacheProblem: problem)
    }
}
