import GroundworkAuditModel

/// Detects the stack of a snapshot: languages, packages, frameworks, delivery, CI, licence.
public enum StackDetector {
    /// Reads the snapshot's files (contents only where a manifest or config must be parsed, or lines counted).
    ///
    /// The passes run in this order because each needs the one before: the index decides which files
    /// are the repository's own; the language tally reads them and finds generated ones, which package
    /// detection then leaves out of entrypoints and ports.
    public static func detect(_ snapshot: RepoSnapshot) -> Stack {
        var index = RepoIndex(snapshot)
        let tally = LanguageTally.count(index)
        index.markGenerated(tally.generated)

        var stack = Stack()
        stack.languages = tally.languages
        let discovered = PackageDiscovery.packages(index)
        stack.packages = discovered.packages
        stack.monorepo = discovered.monorepo
        stack.delivery = DeliveryDetector.detect(index)
        stack.ciSystems = CIDetector.detect(index)
        stack.license = LicenseDetector.detect(index)
        return stack
    }
}
