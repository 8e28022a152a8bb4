import GroundworkAuditModel
import GroundworkGit

/// Detects the stack of a snapshot: languages, packages, frameworks, delivery, CI, licence.
package enum StackDetector {
    /// Reads the snapshot's files (contents only where a manifest or config must be parsed, or lines counted).
    ///
    /// The passes run in this order because each needs the one before: the index decides which files
    /// are the repository's own; the language tally reads them and finds generated ones, which package
    /// detection then leaves out of entrypoints and ports.
    package static func detect(_ snapshot: RepoSnapshot) -> Stack {
        detect(snapshot, knownFacts: [:]).stack
    }

    /// What `detect(_:known:)` found, with the per-file facts it had to compute, for the caller to cache.
    package struct Detection {
        package var stack: Stack
        package var computedFacts: [ObjectID: SourceFileFacts]
        package var computedCodePorts: [ObjectID: [PortMention]]
        package var computedSearches: [TextSearchKey: Bool]
    }

    /// Detects the stack, taking the language tally's per-file facts from `knownFacts`, the source files' port
    /// mentions from `knownCodePorts` and the answers of text searches from `knownSearches` (by blob id) where it
    /// has them, and returns those it had to compute, for the caller to cache.
    package static func detect(
        _ snapshot: RepoSnapshot, knownFacts: [ObjectID: SourceFileFacts], knownCodePorts: [ObjectID: [PortMention]] = [:],
        knownSearches: [TextSearchKey: Bool] = [:]
    ) -> Detection {
        let codePorts = CodePortMemo(known: knownCodePorts)
        let searches = TextSearchMemo(known: knownSearches)
        var index = RepoIndex(snapshot, codePorts: codePorts, searches: searches)
        let tally = LanguageTally.count(index, known: knownFacts)
        index.markGenerated(tally.generated)

        var stack = Stack()
        stack.languages = tally.languages
        let discovered = PackageDiscovery.packages(index)
        stack.packages = discovered.packages
        stack.monorepo = discovered.monorepo
        stack.delivery = DeliveryDetector.detect(index)
        stack.ciSystems = CIDetector.detect(index)
        stack.license = LicenseDetector.detect(index)
        return Detection(stack: stack, computedFacts: tally.computed, computedCodePorts: codePorts.computed, computedSearches: searches.computed)
    }
}
