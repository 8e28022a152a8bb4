/// Stable identities for SARIF results, so code scanning tracks one finding across runs as lines move.
package enum SARIFFingerprint {
    /// The key under `partialFingerprints`; bump the version if the hashed fields ever change.
    package static let key = "groundworkFingerprint/v1"

    /// 64-bit FNV-1a over rule id, path and evidence message (NUL-separated), as 16 hex digits.
    /// The line is left out on purpose: editing above a finding must not make it a new one.
    package static func fingerprint(ruleID: String, path: String?, message: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in Array(ruleID.utf8) + [0] + Array((path ?? "").utf8) + [0] + Array(message.utf8) {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
