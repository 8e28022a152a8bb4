import Foundation
import GroundworkBasics
import GroundworkModel

/// A `postgres://user:password@host:port/database?sslmode=…` URL, parsed, with a form safe to print.
package struct PostgresConnectionURL: Sendable, Equatable {
    package var host: String
    package var port: Int
    package var username: String
    package var password: String?
    package var database: String
    /// `disable`, `prefer` (the default) or `require`.
    package var sslMode: String

    /// Whether `text` is meant as a database URL rather than a file.
    package static func isURL(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// Parses `text`, or explains what a URL must look like.
    package init(_ text: String) throws(ModelError) {
        guard Self.isURL(text), let components = URLComponents(string: text), let host = components.host, !host.isEmpty else {
            throw ModelError(file: "database URL", line: nil, "expected postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE, found \(Self.redacted(text))")
        }
        let database = String(components.path.drop { $0 == "/" })
        guard !database.isEmpty else {
            throw ModelError(file: Self.redacted(text), line: nil, "the URL names no database; add /DATABASE after the host")
        }
        self.host = host
        self.port = components.port ?? 5432
        self.username = components.user.flatMap { $0.removingPercentEncoding } ?? "postgres"
        self.password = components.password.flatMap { $0.removingPercentEncoding }
        self.database = database.removingPercentEncoding ?? database
        let mode = components.queryItems?.first { $0.name == "sslmode" }?.value ?? "prefer"
        guard ["disable", "prefer", "require", "allow", "verify-ca", "verify-full"].contains(mode) else {
            throw ModelError(file: Self.redacted(text), line: nil, "sslmode=\(mode) is not one of disable, prefer, require")
        }
        self.sslMode = mode
    }

    /// The URL with its password replaced by `****`, for messages.
    package var redacted: String { "postgres://\(username)\(password == nil ? "" : ":****")@\(host):\(port)/\(database)" }

    /// Any URL text without its credentials (the one redactor of every layer).
    static func redacted(_ text: String) -> String { URLRedaction.redactingText(text) }
}
