#if Enterprise
import Foundation
import GroundworkBricks

/// The stateless-sessions recipe's Swift edit (`recipes/stateless-sessions-swift`). Hummingbird: in a file
/// that gives sessions (`SessionMiddleware`, `SessionStorage`) a `MemoryPersistDriver()`, each such
/// construction becomes `RedisPersistDriver(urlFromEnvironment: "REDIS_URL")`, the PersistDriver the recipe writes to
/// `Sources/App/RedisPersistDriver.swift` (RESP on SwiftNIO: hummingbird-redis is not reachable here to
/// prove an edit with); `Package.swift` of a Hummingbird application gains the SwiftNIO products that file
/// imports. A driver built otherwise (a clock, a configuration, a named type) and Vapor's memory sessions get
/// a note, the file unchanged.
struct SwiftSessionStoreEdit: InPlaceEdit {
    /// The construction that replaces `MemoryPersistDriver()`.
    static let redisDriver = #"RedisPersistDriver(urlFromEnvironment: "REDIS_URL")"#

    /// What RedisPersistDriver.swift imports besides Hummingbird.
    static let dependencies = [
        SwiftPackageManifest.Dependency(url: "https://github.com/apple/swift-nio.git", from: "2.101.2", products: ["NIOCore", "NIOPosix"]),
        SwiftPackageManifest.Dependency(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6", products: ["NIOSSL"]),
    ]

    func apply(to text: String, path: String) throws -> EditResult {
        if (path as NSString).lastPathComponent == "Package.swift" {
            // Only a Hummingbird application receives RedisPersistDriver.swift (brick.yaml), so only its manifest changes.
            guard text.contains("hummingbird-project/hummingbird.git") || text.contains("hummingbird-project/hummingbird\"") else { return EditResult(text: text) }
            return SwiftPackageManifest.adding(Self.dependencies, to: text, path: path)
        }
        guard SessionStore.isApplicationSource(path), path.hasSuffix(".swift") else { return EditResult(text: text) }
        let local = SessionStore.swift(SourceText(text), path: path).filter(\.isLocal)
        var notes: [String] = []
        var edited = text
        for store in local {
            switch store.library {
            case "Hummingbird sessions":
                var replaced = edited
                for call in SourceText(edited).calls(of: "MemoryPersistDriver").reversed() where call.arguments == "" {
                    replaced.replaceSubrange(call.start..<call.end, with: Self.redisDriver)
                }
                // Another construction, or the type named in a declaration, would not compile (or not move) after a partial edit.
                guard !replaced.contains("MemoryPersistDriver") else {
                    notes.append(
                        "\(path):\(store.line): \(store.detail) left as it is: the recipe replaces `MemoryPersistDriver()` only; give SessionMiddleware \(Self.redisDriver) (Sources/App/RedisPersistDriver.swift)"
                    )
                    continue
                }
                edited = replaced
            default:
                notes.append("\(path):\(store.line): \(store.detail) left as it is (the recipe does not edit Vapor yet): use vapor/redis and app.sessions.use(.redis) with REDIS_URL")
            }
        }
        return EditResult(text: edited, notes: notes)
    }
}
#endif
