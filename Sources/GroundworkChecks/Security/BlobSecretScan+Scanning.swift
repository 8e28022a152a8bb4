import Foundation
import GroundworkAuditModel
import GroundworkSecrets

extension BlobSecretScan {
    /// Scans one blob's bytes with the shared scanner. Binary content (a NUL in the first 8,000 bytes)
    /// is skipped; text in another encoding is still scanned, each line decoded leniently.
    package static func scanning(_ data: Data, with scanner: SecretScanner = .shared) -> BlobSecretScan {
        guard !data.withUnsafeBytes({ $0.prefix(8000).contains(0) }) else { return .empty }
        let partly = scanner.skipsPartOfLongLines(data)
        guard scanner.mightContainSecret(data) else { return BlobSecretScan(skipsPartOfLongLines: partly) }
        // The lines go to the scanner as bytes: it makes text only of those a rule's expression reads.
        let lines = data.withUnsafeBytes { NumberedLines(splitting: $0.bindMemory(to: UInt8.self)) }
        let hits = scanner.scan(lines).map {
            Hit(ruleID: $0.ruleID, ruleName: $0.ruleName, line: $0.line, redacted: $0.redacted, allowlistsMet: $0.allowlistsMet)
        }
        return BlobSecretScan(hits: hits, skipsPartOfLongLines: partly)
    }

    /// The scan of `file`: the engine's precomputed one when the context has it, else read and scanned now;
    /// nil when the content cannot be read (too large, unreadable).
    package static func of(_ file: SnapshotFile, in context: AuditContext) -> BlobSecretScan? {
        if let known = context.treeSecrets?[file.id] { return known }
        return context.snapshot.data(file).map { scanning($0) }
    }
}
