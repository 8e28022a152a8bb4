/// One SQL migration of a generated service: `NNNN_<slug>.sql` under the migrations folder.
package struct Migration: Sendable, Hashable {
    /// The name's part after the number: `init`, `add_reviews`, `add_customers_phone`.
    package var slug: String
    /// The SQL text, statements separated by blank lines, ending with a newline.
    package var sql: String
    /// Changes written commented out because running them could lose data (a dropped column, a narrowed type…).
    package var warnings: [String]

    package init(slug: String, sql: String, warnings: [String] = []) {
        self.slug = slug
        self.sql = sql
        self.warnings = warnings
    }

    /// The file name for number `number`: `0002_add_reviews.sql`.
    package func fileName(number: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits + "_" + slug + ".sql"
    }
}
