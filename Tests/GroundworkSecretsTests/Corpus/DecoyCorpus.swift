import Foundation

@testable import GroundworkSecrets

/// Realistic files that hold no secret, generated from a fixed seed: the values that look random in real
/// repositories (ids, hashes, lockfile integrity strings, digests, images, minified code, public keys and
/// tokens that are public by design, placeholders). No rule should report anything in them.
enum DecoyCorpus {
    /// Every decoy, 30 per kind.
    static let files: [CorpusFile] = kinds.flatMap { kind, make in
        (0..<30).map { index in
            let file = make(Values(seed: "\(kind)/\(index)"), index)
            return CorpusFile(path: file.path, text: file.text, kind: kind)
        }
    }

    /// Random parts for one decoy.
    struct Values {
        let seed: String
        func hex(_ count: Int, _ salt: String = "") -> String { ExampleSecret.hex(count, seed + salt) }
        func base62(_ count: Int, _ salt: String = "") -> String { ExampleSecret.base62(count, seed + salt) }
        func base64(_ count: Int, _ salt: String = "") -> String { ExampleSecret.base64(count, seed + salt) }
        func base64URL(_ count: Int, _ salt: String = "") -> String { ExampleSecret.base64URL(count, seed + salt) }
        func lower(_ count: Int, _ salt: String = "") -> String { ExampleSecret.random(from: "abcdefghijklmnopqrstuvwxyz", count, seed + salt) }
        func digits(_ count: Int, _ salt: String = "") -> String { ExampleSecret.digits(count, seed + salt) }
        func uuid(_ salt: String = "") -> String { ExampleSecret.uuid(seed + salt) }
        func pick<T>(_ options: [T], _ salt: String = "") -> T {
            var generator = SeededGenerator(seed: seed + salt + "/pick")
            return options[Int(generator.next() % UInt64(options.count))]
        }
        var version: String { "\(pick([1, 2, 3, 4, 5, 7, 10], "major")).\(pick(Array(0...20), "minor")).\(pick(Array(0...12), "patch"))" }
        var package: String { pick(["lodash", "express", "react-dom", "axios", "chalk", "debug", "uuid", "zod", "vite", "jest"], "pkg") }
    }

    typealias Maker = @Sendable (Values, Int) -> (path: String, text: String)

    /// The kinds of decoy, each a file maker: identifiers and digests first, then values that are public by design,
    /// encoded data and code.
    static let kinds: [(String, Maker)] = identifierKinds + publicValueKinds
}
