#if Enterprise
import Crypto
import Foundation

/// The Ed25519 public keys a build trusts to sign licenses, by key id.
///
/// The vendor's keys are compiled in (`vendor`); nothing at run time (no file, no environment variable)
/// can add one. Tests and tools that sign their own licenses build a `TrustedKeys` of their own and hand it
/// to `LicenseVerifier(trustedKeys:)`.
package struct TrustedKeys: Sendable, Equatable {
    /// The key id the vendor signs new licenses with.
    package static let currentVendorKeyID = "gw-2026-1"

    /// The vendor's public keys, raw 32-byte Ed25519 keys in base64. Rotating a key adds a line here and
    /// keeps the old one for as long as licenses signed with it are in use.
    static let vendorKeys: [(keyID: String, rawBase64: String)] =
        [
            ("gw-2026-1", "JAprVPF/591kY77EpRaDWbBjBfBFuzBMRMpPpW0RpbI=")
        ] + (trustsBenchmarkKey ? [benchmarkKey] : [])

    /// The benchmark key, trusted only by builds with the `BenchmarkLicense` trait (never a release), so that
    /// Benchmarks/fleet-benchmark.sh can audit a fleet beyond the evaluation limit. Its private key is the
    /// SHA-256 of a phrase written in that script: anyone can derive it, which is why no release trusts it.
    static let benchmarkKey = (keyID: "gw-benchmark", rawBase64: "BWTlxjAfHQSGTF8/s0cUONJH8XKuuvXmN7f3j4hkAHc=")

    #if BenchmarkLicense
    /// True in a build with the `BenchmarkLicense` trait.
    package static let trustsBenchmarkKey = true
    #else
    /// True in a build with the `BenchmarkLicense` trait.
    package static let trustsBenchmarkKey = false
    #endif

    /// The keys compiled into this build.
    package static let vendor = TrustedKeys(rawKeys: vendorKeys.map { ($0.keyID, Data(base64Encoded: $0.rawBase64) ?? Data()) })

    /// Raw public keys by key id.
    private let rawKeys: [String: Data]

    /// Trusts exactly `keys`.
    package init(_ keys: [String: Curve25519.Signing.PublicKey]) {
        self.rawKeys = keys.mapValues(\.rawRepresentation)
    }

    private init(rawKeys: [(String, Data)]) {
        self.rawKeys = Dictionary(rawKeys, uniquingKeysWith: { first, _ in first })
    }

    /// The trusted key ids, sorted.
    package var keyIDs: [String] { rawKeys.keys.sorted() }

    /// The public key for `keyID`, or nil when it is not trusted (or, a bug, not a valid key).
    package func publicKey(for keyID: String) -> Curve25519.Signing.PublicKey? {
        rawKeys[keyID].flatMap { try? Curve25519.Signing.PublicKey(rawRepresentation: $0) }
    }
}
#endif
