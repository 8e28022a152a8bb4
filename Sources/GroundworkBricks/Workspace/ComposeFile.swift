import Foundation

/// `compose.yaml` at a workspace's root: one PostgreSQL with a database per service, and every service
/// built from its folder, configured by environment, started once what it depends on is healthy.
package enum ComposeFile {
    /// Where the file and PostgreSQL's first-start script go, relative to the workspace's root.
    package static let path = "compose.yaml"
    package static let databasesScript = "compose/databases.sql"

    /// The development password of the compose PostgreSQL; override with `POSTGRES_PASSWORD`.
    static let developmentPassword = "groundwork"

    /// Stacks whose image has no shell or HTTP client to probe with (distroless): they count as ready when
    /// started, and their consumers' clients retry the first calls.
    static let unprobedStacks: Set<String> = ["go-chi", "go-gin"]

    /// The compose file of `workspace`.
    package static func render(_ workspace: ServiceWorkspace) -> String {
        var lines = [
            "# Written by groundwork from \(ServiceWorkspace.fileName) (`groundwork new --workspace`, `groundwork link`),",
            "# which rewrite it: every service, and one PostgreSQL with a database per service. `docker compose up --build`.",
            "name: \(workspace.name)",
            "",
            "services:",
            "  postgres:",
            "    image: postgres:16-alpine",
            "    environment:",
            "      POSTGRES_USER: groundwork",
            "      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-\(developmentPassword)}",
            "    volumes:",
            "      - postgres-data:/var/lib/postgresql/data",
            "      - ./\(databasesScript):/docker-entrypoint-initdb.d/10-databases.sql:ro",
            "    healthcheck:",
            "      test: [\"CMD-SHELL\", \"pg_isready -U groundwork -d postgres\"]",
            "      interval: 5s",
            "      timeout: 3s",
            "      retries: 20",
        ]
        for service in workspace.services {
            lines += [
                "",
                "  \(service.name):",
                "    build: ./\(service.folder == "." ? "" : service.folder)",
                "    environment:",
                "      PORT: \"8080\"",
                "      DATABASE_URL: postgres://groundwork:${POSTGRES_PASSWORD:-\(developmentPassword)}@postgres:5432/\(database(service))",
                "      # Development only: every service checks tokens with the same HS256 secret, so a forwarded token is",
                "      # accepted everywhere. In production set JWT_JWKS_URL (and JWT_ISSUER, JWT_AUDIENCE) instead.",
                "      JWT_SECRET: ${JWT_SECRET:-development-secret-at-least-32-bytes!}",
            ]
            for link in workspace.links where link.consumer == service.name {
                guard let provider = workspace.service(link.provider) else { continue }
                lines.append("      \(provider.environmentPrefix)_URL: http://\(provider.name):8080")
                if link.auth == .clientCredentials {
                    let prefix = provider.environmentPrefix
                    lines.append("      \(prefix)_AUTH: client-credentials")
                    for variable in ["TOKEN_URL", "CLIENT_ID", "CLIENT_SECRET"] {
                        lines.append("      \(prefix)_\(variable): ${\(prefix)_\(variable):?set \(prefix)_\(variable) for the client-credentials grant}")
                    }
                }
            }
            lines += ["    ports:", "      - \"\(service.port):8080\"", "    depends_on:", "      postgres:", "        condition: service_healthy"]
            for link in workspace.links where link.consumer == service.name {
                guard let provider = workspace.service(link.provider) else { continue }
                lines += ["      \(provider.name):", "        condition: \(unprobedStacks.contains(provider.stack) ? "service_started" : "service_healthy")"]
            }
        }
        lines += ["", "volumes:", "  postgres-data:"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The script PostgreSQL runs on its first start: one database per service.
    package static func databases(_ workspace: ServiceWorkspace) -> String {
        var lines = ["-- Written by groundwork from \(ServiceWorkspace.fileName): one database per service (run once, on an empty volume)."]
        lines += workspace.services.map { "CREATE DATABASE \(database($0));" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A service's database name: its name with dashes as underscores.
    static func database(_ service: WorkspaceService) -> String {
        service.name.replacingOccurrences(of: "-", with: "_")
    }
}
