#if Enterprise
import Foundation
import GroundworkBricks

/// The db-connection-budget recipe's Python edit (`recipes/db-pool-python`): the generated services' SQLAlchemy
/// engine (`app/core/db.py`, `create_engine(sqlalchemy_url(database_url), pool_pre_ping=True)`) holds at most
/// DB_POOL_SIZE connections, the number the budget counts (SQLAlchemy's `pool_size` of 5 by default, no
/// overflow beyond it), and with DB_PREPARED_STATEMENTS=false (through PgBouncer 1.18 in transaction mode,
/// which cannot keep them) psycopg prepares nothing on the server (`prepare_threshold=None`). Another engine
/// construction gets a note, never a guess.
struct PythonPoolSizeEdit: InPlaceEdit {
    static let construction = "    engine = create_engine(sqlalchemy_url(database_url), pool_pre_ping=True)\n"
    static let sized = """
            engine = create_engine(
                sqlalchemy_url(database_url),
                pool_pre_ping=True,
                # DB_POOL_SIZE bounds this process's connections: the number the database's connection budget
                # counts (db-connection-budget recipe), so nothing overflows it.
                pool_size=int(os.environ.get("DB_POOL_SIZE", "5")),
                max_overflow=0,
                # DB_PREPARED_STATEMENTS=false through PgBouncer in transaction mode, which (before 1.21) cannot
                # keep server-side prepared statements: psycopg then sends every query as it is.
                connect_args={"prepare_threshold": None} if os.environ.get("DB_PREPARED_STATEMENTS") == "false" else {},
            )

        """

    func apply(to text: String, path: String) throws -> EditResult {
        guard !text.contains("DB_POOL_SIZE") else { return EditResult(text: text) }
        var lines = text.components(separatedBy: "\n")
        // `import os` opens the standard library's group, before its `from … import` lines (isort's order).
        let hasOS = lines.contains("import os")
        let standardLibrary = lines.firstIndex { $0.hasPrefix("from collections.abc import ") || $0.hasPrefix("from typing import ") }
        guard text.components(separatedBy: Self.construction).count == 2, hasOS || standardLibrary != nil else {
            return EditResult(
                text: text,
                notes: [
                    "\(path): size the SQLAlchemy engine's pool from DB_POOL_SIZE (pool_size, max_overflow=0) by hand, and pass connect_args={\"prepare_threshold\": None} through PgBouncer; the recipe did not find `create_engine(sqlalchemy_url(database_url), pool_pre_ping=True)`"
                ])
        }
        if !hasOS, let standardLibrary { lines.insert("import os", at: standardLibrary) }
        return EditResult(text: lines.joined(separator: "\n").replacingOccurrences(of: Self.construction, with: Self.sized))
    }
}
#endif
