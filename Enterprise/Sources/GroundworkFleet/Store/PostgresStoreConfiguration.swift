#if Enterprise
import Foundation

/// A PostgreSQL store's connection settings, parsed from `postgres://user:password@host:port/database?sslmode=…`.
package struct PostgresStoreConfiguration: Sendable, Equatable {
    /// How the connection uses TLS (`sslmode`): never, when the server offers it, or always.
    package enum TLSMode: String, Sendable, Equatable {
        case disable, prefer, require
    }

    package var host: String
    package var port: Int
    package var username: String
    /// Never printed: `redactedURL` and errors show `****`.
    package var password: String?
    package var database: String
    package var tls: TLSMode

    /// Parses a `postgres://` or `postgresql://` URL; user, password and database are percent-decoded.
    package init(url: String) throws {
        let shown = URLRedactionForStore.redact(url)
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
            scheme == "postgres" || scheme == "postgresql"
        else {
            throw FleetStoreError(.badURL, "--store \(shown): not a valid URL; expected postgres://user:password@host:port/database")
        }
        guard let host = components.host, !host.isEmpty else {
            throw FleetStoreError(.badURL, "--store \(shown): no host; expected postgres://user:password@host:port/database")
        }
        guard let user = components.user?.removingPercentEncoding, !user.isEmpty else {
            throw FleetStoreError(.badURL, "--store \(shown): no user name; expected postgres://user:password@host:port/database")
        }
        let database = String(components.path.drop { $0 == "/" }).removingPercentEncoding ?? ""
        guard !database.isEmpty, !database.contains("/") else {
            throw FleetStoreError(.badURL, "--store \(shown): no database name after the host; expected postgres://user:password@host:port/database")
        }
        if let port = components.port, !(1...65535).contains(port) {
            throw FleetStoreError(.badURL, "--store \(shown): port \(port) is out of range")
        }
        var tls = TLSMode.prefer
        for item in components.queryItems ?? [] {
            switch item.name {
            case "sslmode":
                guard let value = item.value, let mode = Self.tlsMode(value) else {
                    throw FleetStoreError(.badURL, "--store \(shown): sslmode must be disable, prefer or require")
                }
                tls = mode
            default:
                throw FleetStoreError(.badURL, "--store \(shown): unknown parameter '\(item.name)'; only sslmode is read")
            }
        }
        self.host = host
        self.port = components.port ?? 5432
        self.username = user
        self.password = components.password?.removingPercentEncoding
        self.database = database
        self.tls = tls
    }

    /// `postgres://user:****@host:port/database`: the URL as it may appear in errors and logs.
    package var redactedURL: String {
        let shownHost = host.contains(":") ? "[\(host)]" : host
        return "postgres://\(username)\(password == nil ? "" : ":****")@\(shownHost):\(port)/\(database)"
    }

    private static func tlsMode(_ value: String) -> TLSMode? {
        switch value.lowercased() {
        case "disable", "allow": .disable
        case "prefer": .prefer
        case "require", "verify-ca", "verify-full": .require
        default: nil
        }
    }
}
#endif
