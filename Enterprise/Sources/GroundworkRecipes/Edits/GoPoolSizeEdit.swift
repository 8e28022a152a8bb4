#if Enterprise
import Foundation
import GroundworkBricks

/// The db-connection-budget recipe's Go edit (`recipes/db-pool-go`): the generated `cmd/server/main.go` opens
/// `database/sql` with lib/pq and caps it with `db.SetMaxOpenConns(N)`; the cap becomes DB_POOL_SIZE (the
/// number the budget counts), N when unset. With DB_PREPARED_STATEMENTS=false (through PgBouncer in transaction
/// mode) the DSN gets lib/pq's `binary_parameters=yes`: lib/pq otherwise sends a query with parameters as
/// Parse/Describe/Sync, then Bind/Execute/Sync on the unnamed statement, and PgBouncer may lend the server
/// connection to another client between the two; with it, the five messages travel before one Sync. Another
/// construction gets a note, never a guess.
struct GoPoolSizeEdit: InPlaceEdit {
    static let functions = """

        // poolSize is DB_POOL_SIZE when it is a positive number: the connections this process may open, the
        // number the database's connection budget counts (db-connection-budget recipe); else written.
        func poolSize(written int) int {
        \tif n, err := strconv.Atoi(os.Getenv("DB_POOL_SIZE")); err == nil && n > 0 {
        \t\treturn n
        \t}
        \treturn written
        }

        // databaseDSN is DATABASE_URL, with lib/pq's binary_parameters=yes when DB_PREPARED_STATEMENTS=false
        // (through PgBouncer in transaction mode): a query's Parse, Bind and Execute then reach the server
        // before one Sync, so PgBouncer cannot hand the connection to another client between them.
        func databaseDSN(dsn string) string {
        \tswitch {
        \tcase os.Getenv("DB_PREPARED_STATEMENTS") != "false" || strings.Contains(dsn, "binary_parameters="):
        \t\treturn dsn
        \tcase !strings.Contains(dsn, "://"):
        \t\treturn dsn + " binary_parameters=yes"
        \tcase strings.Contains(dsn, "?"):
        \t\treturn dsn + "&binary_parameters=yes"
        \tdefault:
        \t\treturn dsn + "?binary_parameters=yes"
        \t}
        }

        """

    func apply(to text: String, path: String) throws -> EditResult {
        guard !text.contains("func poolSize(") else { return EditResult(text: text) }
        let replacements = AnchoredReplacements(replacements: [
            ("sql.Open(\"postgres\", cfg.DatabaseURL)", "sql.Open(\"postgres\", databaseDSN(cfg.DatabaseURL))")
        ])
        guard let opened = replacements.apply(to: text),
            let range = opened.range(of: #"db\.SetMaxOpenConns\(\d+\)"#, options: .regularExpression),
            opened.components(separatedBy: "db.SetMaxOpenConns(").count == 2,
            let imported = GoImports.editing(opened.components(separatedBy: "\n"), adding: ["os", "strconv", "strings"])
        else {
            return EditResult(
                text: text,
                notes: [
                    "\(path): cap the database/sql pool with DB_POOL_SIZE (db.SetMaxOpenConns) by hand, and add binary_parameters=yes to a lib/pq DSN that names PgBouncer; the recipe did not find `sql.Open(\"postgres\", cfg.DatabaseURL)` and `db.SetMaxOpenConns(N)`"
                ])
        }
        let written = opened[range].dropFirst("db.SetMaxOpenConns(".count).dropLast()
        var result = imported.joined(separator: "\n").replacingOccurrences(of: "db.SetMaxOpenConns(\(written))", with: "db.SetMaxOpenConns(poolSize(\(written)))")
        if !result.hasSuffix("\n") { result += "\n" }
        return EditResult(text: result + Self.functions.dropLast())
    }
}
#endif
