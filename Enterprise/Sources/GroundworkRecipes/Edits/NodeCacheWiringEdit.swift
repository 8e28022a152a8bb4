#if Enterprise
import Foundation
import GroundworkBricks

/// The cache recipe's Node edit (`recipes/cache-node`) of the generated routes (`src/api/resource.js`): each
/// entity's router gets its read cache from `src/api/read-cache.js`, GET /:id answers through it, and create,
/// update and delete bump the row's version after their transaction committed, before they answer. All or
/// nothing: routes written otherwise get a note, never a partial edit.
struct NodeCacheWiringEdit: InPlaceEdit {
    static let requireLine = "const { readCache } = require('./read-cache')"
    static let afterCommit = "      // Committed: every process stops serving what it cached before this write (cache recipe)."

    static let replacements = AnchoredReplacements(replacements: [
        ("const { transaction } = require('./db')\n", "const { transaction } = require('./db')\n\(requireLine)\n"),
        ("  const allowed = { collection: [], item: [] }\n", "  const allowed = { collection: [], item: [] }\n  const cache = readCache(entity, entities)\n"),
        (
            "      const row = await loadRow(pool, req, id)\n      res.json(present(row, req.access.hidden))\n",
            """
                  // From the read cache when it holds this caller's body (cache recipe), else from the database.
                  const body = await cache.read(req, id, async () => JSON.stringify(present(await loadRow(pool, req, id), req.access.hidden)))
                  res.type('application/json').send(body)

            """
        ),
        ("      res.status(201).location(", "\(afterCommit)\n      await cache.afterWrite(row[entity.primaryKey])\n      res.status(201).location("),
        // The update's answer (the read's, the only other one, was replaced above).
        ("      res.json(present(row, req.access.hidden))\n", "\(afterCommit)\n      await cache.afterWrite(row[entity.primaryKey])\n      res.json(present(row, req.access.hidden))\n"),
        ("      res.status(204).end()\n", "\(afterCommit)\n      await cache.afterWrite(id)\n      res.status(204).end()\n"),
    ])

    func apply(to text: String, path: String) throws -> EditResult {
        Self.replacements.edit(
            text, path: path, wired: Self.requireLine,
            hint: "read GET /:id through readCache(entity, entities) from src/api/read-cache.js and call cache.afterWrite(id) after each committed write; the recipe did not recognise these routes")
    }
}
#endif
