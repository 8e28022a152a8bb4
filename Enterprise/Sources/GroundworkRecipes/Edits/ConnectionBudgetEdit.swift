#if Enterprise
import Foundation
import GroundworkBricks
import Yams

/// The db-connection-budget recipe's manifest edit (`recipes/db-connection-budget`): every container with a
/// `DATABASE_URL` gets a bounded pool (`DB_POOL_SIZE`), its workload states the database's budget
/// (the annotations `scale.db-connection-budget` reads), and when pool × processes × most replicas over
/// the repository does not fit max_connections − reserve, the plan says so with the numbers: apply the
/// recipe with `--param db-connection-budget.pgbouncer=true` for PgBouncer in transaction mode (the
/// containers then also get DB_PREPARED_STATEMENTS=false).
struct ConnectionBudgetEdit: InPlaceEdit {
    /// Set to `false` with `pgbouncer`: the services the recipe edits then prepare nothing on the server
    /// (psycopg's `prepare_threshold=None`, lib/pq's `binary_parameters=yes`), as PgBouncer 1.18 needs.
    static let preparedStatementsVariable = "DB_PREPARED_STATEMENTS"
    var inventory: ScaleInventory
    var poolSize: Int
    var maxConnections: Int
    var reservedConnections: Int
    /// True when the recipe writes PgBouncer (its files are templates; this only words the note).
    var pgbouncer: Bool

    func apply(to text: String, path: String) throws -> EditResult {
        let workloads = ScaleInventory.read(text, path: path).filter { $0.kind == "Deployment" || $0.kind == "StatefulSet" }.map(ScaleWorkload.init)
        var patch = ManifestPatch(text)
        for workload in workloads {
            let connecting = workload.containers.filter { ScaleWorkload.environmentNames(of: $0).contains("DATABASE_URL") }
            guard !connecting.isEmpty else { continue }
            for container in connecting {
                var variables: [(name: String, value: String)] = []
                if ScaleWorkload.environment(ConnectionBudgetCheck.poolVariable, of: container) == nil {
                    variables.append((ConnectionBudgetCheck.poolVariable, "\(poolSize)"))
                }
                // Through PgBouncer in transaction mode no driver may keep server-side prepared statements.
                if pgbouncer, !ScaleWorkload.environmentNames(of: container).contains(Self.preparedStatementsVariable) {
                    variables.append((Self.preparedStatementsVariable, "false"))
                }
                for variable in variables {
                    _ = patch.appendItem(
                        ["name: \(variable.name)", "value: \"\(variable.value)\""], to: container["env"],
                        what: "the env of container \(ScaleWorkload.name(of: container)) in \(workload.reference)", path: path
                    )
                }
            }
            let annotations = workload.object["metadata.annotations"]
            var missing: [String] = []
            if annotations?[ConnectionBudgetCheck.maxConnectionsAnnotation] == nil {
                missing.append("\(ConnectionBudgetCheck.maxConnectionsAnnotation): \"\(maxConnections)\"")
            }
            if annotations?[ConnectionBudgetCheck.reservedAnnotation] == nil {
                missing.append("\(ConnectionBudgetCheck.reservedAnnotation): \"\(reservedConnections)\"")
            }
            guard !missing.isEmpty else { continue }
            if annotations?.mapping != nil {
                _ = patch.append(missing, to: annotations, what: "\(workload.reference) annotations", path: path)
            } else {
                _ = patch.append(["annotations:"] + missing.map { "  " + $0 }, to: workload.object["metadata"], what: "\(workload.reference) metadata", path: path)
            }
        }
        if let first = budgetNoteWorkload(), first.path == path {
            patch.notes.append(budgetNote())
        }
        return EditResult(text: patch.text, notes: patch.notes)
    }

    /// The workload whose file carries the budget note (the first that connects), so the note shows once.
    func budgetNoteWorkload() -> ScaleWorkload? {
        inventory.workloads.first { workload in workload.containers.contains { ScaleWorkload.environmentNames(of: $0).contains("DATABASE_URL") } }
    }

    /// The budget in numbers, and what to do when it does not hold.
    func budgetNote() -> String {
        var total = 0
        for workload in inventory.workloads {
            let replicas = inventory.replicaRange(of: workload).max
            for container in workload.containers where ScaleWorkload.environmentNames(of: container).contains("DATABASE_URL") {
                let pool = ScaleWorkload.environment(ConnectionBudgetCheck.poolVariable, of: container).flatMap { Int($0) } ?? poolSize
                let processes = ScaleWorkload.environment(ConnectionBudgetCheck.processesVariable, of: container).flatMap { Int($0) } ?? 1
                total += pool * processes * replicas
            }
        }
        let available = maxConnections - reservedConnections
        if total <= available {
            return "connection budget: \(total) connection(s) at the most replicas fit max_connections \(maxConnections) − \(reservedConnections) reserved = \(available)"
        }
        return "connection budget: \(total) connection(s) at the most replicas exceed max_connections \(maxConnections) − \(reservedConnections) reserved = \(available): "
            + (pgbouncer
                ? "point DATABASE_URL at pgbouncer:6432 (deploy/pgbouncer/) so PgBouncer holds at most its max_db_connections; "
                    + "the pods get \(Self.preparedStatementsVariable)=false, as its transaction mode needs"
                : "lower DB_POOL_SIZE or maxReplicas, or re-apply with --param db-connection-budget.pgbouncer=true for PgBouncer in transaction mode")
    }
}
#endif
