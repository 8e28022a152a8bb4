#if Enterprise
import Foundation
import GroundworkBricks

/// The db-connection-budget recipe's Node edit (`recipes/db-pool-node`): the generated services' pg pool
/// (`new pg.Pool({ … max: 10 … })`) takes its size from DB_POOL_SIZE, the number the budget counts, and
/// keeps the written size as the default. Another pool construction gets a note, never a guess.
struct NodePoolSizeEdit: InPlaceEdit {
    func apply(to text: String, path: String) throws -> EditResult {
        guard !text.contains("process.env.DB_POOL_SIZE") else { return EditResult(text: text) }
        var lines = text.components(separatedBy: "\n")
        guard let index = lines.firstIndex(where: { $0.contains("new pg.Pool(") }),
            let range = lines[index].range(of: #"max: \d+"#, options: .regularExpression)
        else {
            return EditResult(text: text, notes: ["\(path): size the pg pool from process.env.DB_POOL_SIZE by hand (the budget counts it); the recipe did not find `new pg.Pool({ max: N })`"])
        }
        let size = lines[index][range].dropFirst("max: ".count)
        lines[index].replaceSubrange(range, with: "max: Number(process.env.DB_POOL_SIZE) || \(size)")
        return EditResult(text: lines.joined(separator: "\n"))
    }
}
#endif
