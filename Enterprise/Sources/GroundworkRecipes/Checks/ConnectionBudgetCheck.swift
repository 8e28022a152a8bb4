#if Enterprise
import Foundation
import GroundworkAuditModel

/// The database connections every process may open, at the most replicas, fit the database's limit.
package struct ConnectionBudgetCheck: ScaleCheck {
    /// Connections per process (the pool's maximum size).
    package static let poolVariable = "DB_POOL_SIZE"
    /// Processes (workers) per pod.
    package static let processesVariable = "WEB_CONCURRENCY"
    /// PgBouncer's connections to the database (its `max_db_connections`).
    package static let bouncerVariable = "MAX_DB_CONNECTIONS"
    /// The database's `max_connections`, as an annotation on a workload.
    package static let maxConnectionsAnnotation = "groundwork.dev/database-max-connections"
    /// Connections kept free for administration (`superuser_reserved_connections` and migrations).
    package static let reservedAnnotation = "groundwork.dev/database-reserved-connections"
    /// PostgreSQL's default `superuser_reserved_connections`.
    package static let defaultReserved = 3

    package let id = "scale.db-connection-budget"
    package let title = "Database connections stay within the budget at the most replicas"
    package let severity = Severity.high
    package let rationale =
        "Each process holds its own pool: pool size × processes per pod × maximum replicas must fit max_connections minus a reserve, or the autoscaler's busiest hour is when new pods fail with `too many clients`. When it cannot fit, PgBouncer in transaction mode multiplexes them."
    package let fixedBy = ["db-connection-budget"]
    package let effortHours = 3.0
    package let peers = PeerCheckIDs()

    package init() {}

    package func evaluate(_ context: AuditContext) -> CheckOutcome {
        let inventory = ScaleInventory.load(context)
        var applicable = false
        var evidence: [Evidence] = []
        var total = 0
        var limit: (value: Int, reserved: Int, workload: ScaleWorkload)?
        for workload in inventory.workloads {
            if let text = workload.object["metadata.annotations"]?[Self.maxConnectionsAnnotation]?.string, let value = Int(text) {
                let reserved = workload.object["metadata.annotations"]?[Self.reservedAnnotation]?.string.flatMap { Int($0) } ?? Self.defaultReserved
                limit = (value, reserved, workload)
            }
            let replicas = inventory.replicaRange(of: workload).max
            for container in workload.containers {
                let names = ScaleWorkload.environmentNames(of: container)
                if let bouncer = ScaleWorkload.environment(Self.bouncerVariable, of: container).flatMap({ Int($0) }) {
                    applicable = true
                    total += bouncer * replicas
                    continue
                }
                guard names.contains("DATABASE_URL") else { continue }
                applicable = true
                // A service that talks to PgBouncer spends PgBouncer's client slots, not the database's connections.
                if ScaleWorkload.environment("DATABASE_URL", of: container)?.contains("pgbouncer") == true { continue }
                guard let pool = ScaleWorkload.environment(Self.poolVariable, of: container).flatMap({ Int($0) }) else {
                    evidence.append(
                        Evidence(
                            "\(workload.reference) container `\(ScaleWorkload.name(of: container))` connects to the database with no \(Self.poolVariable): its connections are unbounded",
                            path: workload.path, line: ScaleWorkload.line(of: container) ?? workload.line
                        ))
                    continue
                }
                let processes = ScaleWorkload.environment(Self.processesVariable, of: container).flatMap { Int($0) } ?? 1
                total += pool * processes * replicas
            }
        }
        guard applicable else { return .notApplicable("no workload connects to a database (no DATABASE_URL)") }
        guard let limit else {
            evidence.append(Evidence("no workload states the database's max_connections (annotation \(Self.maxConnectionsAnnotation)), so the budget of \(total) connection(s) cannot be checked"))
            return .failed(evidence)
        }
        if total > limit.value - limit.reserved {
            evidence.append(
                Evidence(
                    "up to \(total) connection(s) at the most replicas, but max_connections \(limit.value) minus \(limit.reserved) reserved leaves \(limit.value - limit.reserved)",
                    path: limit.workload.path, line: limit.workload.line
                ))
        }
        return evidence.isEmpty ? .passed : .failed(evidence)
    }

    package var examples: [CheckExample] {
        let budget = [(Self.maxConnectionsAnnotation, "100")]
        let database = ("DATABASE_URL", "postgresql://app@db:5432/app")
        return [
            CheckExample(
                "pool 5 × 2 processes × 3 replicas = 30 of 97", .pass,
                files: [
                    "k8s/web.yaml": ScaleExampleFiles.deployment(env: [database, (Self.poolVariable, "5"), (Self.processesVariable, "2")], annotations: budget)
                ]),
            CheckExample(
                "pool 20 × 4 processes × HPA max 10 = 800 of 97", .fail,
                files: [
                    "k8s/web.yaml": ScaleExampleFiles.deployment(replicas: nil, env: [database, (Self.poolVariable, "20"), (Self.processesVariable, "4")], annotations: budget),
                    "k8s/hpa.yaml": ScaleExampleFiles.autoscaler(max: 10),
                ]),
            CheckExample(
                "through PgBouncer holding 40 connections", .pass,
                files: [
                    "k8s/web.yaml": ScaleExampleFiles.deployment(
                        replicas: nil, env: [("DATABASE_URL", "postgresql://app@pgbouncer:6432/app"), (Self.poolVariable, "20"), (Self.processesVariable, "4")],
                        annotations: budget
                    ),
                    "k8s/hpa.yaml": ScaleExampleFiles.autoscaler(max: 10),
                    "k8s/pgbouncer.yaml": ScaleExampleFiles.deployment(name: "pgbouncer", replicas: 2, env: [(Self.bouncerVariable, "20")]),
                ]),
            CheckExample("no pool size", .fail, files: ["k8s/web.yaml": ScaleExampleFiles.deployment(env: [database], annotations: budget)]),
            CheckExample("no database", .notApplicable, files: ["k8s/web.yaml": ScaleExampleFiles.deployment()]),
        ]
    }
}
#endif
