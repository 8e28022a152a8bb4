#if Enterprise
import Foundation

/// Where a fleet store lives, parsed from `--store`: a SQLite file or a PostgreSQL database.
package enum FleetStoreLocation: Sendable, Equatable, CustomStringConvertible {
    /// A SQLite file (created with its folder when missing).
    case sqlite(path: String)
    /// A PostgreSQL database shared by several processes or machines.
    case postgres(PostgresStoreConfiguration)

    /// The location with no password in it, for errors and logs.
    package var description: String {
        switch self {
        case .sqlite(let path): "sqlite:\(path)"
        case .postgres(let configuration): configuration.redactedURL
        }
    }

    /// Parses `sqlite:PATH`, a plain path, or `postgres://` / `postgresql://`; nil means `.groundwork/fleet.db`
    /// in the folder of `fleetFile`.
    package static func parse(_ url: String?, fleetFile: String) throws -> FleetStoreLocation {
        guard let url = url?.trimmingCharacters(in: .whitespaces), !url.isEmpty else {
            let folder = URL(fileURLWithPath: fleetFile).deletingLastPathComponent()
            return .sqlite(path: folder.appendingPathComponent(".groundwork/fleet.db").path)
        }
        let lowered = url.lowercased()
        if lowered.hasPrefix("postgres://") || lowered.hasPrefix("postgresql://") {
            return .postgres(try PostgresStoreConfiguration(url: url))
        }
        if lowered.hasPrefix("sqlite://") {
            let path = String(url.dropFirst("sqlite://".count))
            guard !path.isEmpty else { throw emptyPath(url) }
            return .sqlite(path: path)
        }
        if lowered.hasPrefix("sqlite:") {
            let path = String(url.dropFirst("sqlite:".count))
            guard !path.isEmpty else { throw emptyPath(url) }
            return .sqlite(path: path)
        }
        if let scheme = url.range(of: "://") {
            throw FleetStoreError(
                .badURL, "--store \(URLRedactionForStore.redact(url)): unknown scheme '\(url[..<scheme.lowerBound])'; expected a path, sqlite:PATH or postgres://user:password@host:port/database")
        }
        return .sqlite(path: url)
    }

    private static func emptyPath(_ url: String) -> FleetStoreError {
        FleetStoreError(.badURL, "--store \(url): no file after 'sqlite:'; write sqlite:path/to/fleet.db")
    }
}

/// Removes userinfo from any `scheme://user:password@host` text, for URLs that are not parsed yet.
enum URLRedactionForStore {
    /// The text with the password part of its userinfo replaced by `****`.
    static func redact(_ url: String) -> String {
        guard let schemeEnd = url.range(of: "://") else { return url }
        let rest = url[schemeEnd.upperBound...]
        let authorityEnd = rest.firstIndex { "/?#".contains($0) } ?? rest.endIndex
        let authority = rest[..<authorityEnd]
        guard let at = authority.lastIndex(of: "@") else { return url }
        let userinfo = authority[..<at]
        let user = userinfo.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        let shown = userinfo.contains(":") ? "\(user):****" : user
        return String(url[..<schemeEnd.upperBound]) + shown + String(authority[at...]) + String(rest[authorityEnd...])
    }
}
#endif
