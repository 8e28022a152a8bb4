#if Enterprise
import Foundation
import GroundworkBricks

/// The cache recipe's Python edit (`recipes/cache-python`) of each entity's generated routes
/// (`app/api/routes/<entity>.py`): `GET /{id}` answers through `read_cache.read(…)` from `app/core/read_cache.py`
/// (a read with `?expand=` goes to the database), and every `session.commit()` of a write is followed by
/// `read_cache.after_write(…)` — the new row's key in a create, the path's id in an update or delete. All or
/// nothing: routes written otherwise get a note, never a partial edit.
struct PythonCacheWiringEdit: InPlaceEdit {
    static let importLine = "from app.core import crud, read_cache"
    static let read = [
        "    names = crud.expansion_names(resource, expand)",
        "    row = crud.find(session, resource, access, id)",
        "    return JSONResponse(crud.represent(session, resource, access, [row], names)[0])",
    ]

    func apply(to text: String, path: String) throws -> EditResult {
        // The package's empty __init__.py is in the folder too; a wired file is left as it is.
        guard !text.contains(Self.importLine), !text.allSatisfy(\.isWhitespace) else { return EditResult(text: text) }
        var lines = text.components(separatedBy: "\n")
        let note = EditResult(
            text: text,
            notes: [
                "\(path): answer GET /{id} through read_cache.read(…) from app/core/read_cache.py and call read_cache.after_write(…) after each committed write; the recipe did not recognise these routes"
            ])
        guard let importIndex = lines.firstIndex(of: "from app.core import crud") else { return note }
        // Entities without a read route (operations leave it out) have nothing to cache, but their writes still count.
        let readStart = lines.indices.first { lines[$0...].starts(with: Self.read) }
        if readStart == nil, lines.contains(where: { $0.hasPrefix("@router.get(\"/{id}\")") }) { return note }
        var function = ""
        var result: [String] = []
        for (index, line) in lines.enumerated() {
            if line.hasPrefix("def ") { function = line }
            if let readStart, index == readStart + 1 {
                result += [
                    "",
                    "    def load() -> JSONResponse:",
                    "        row = crud.find(session, resource, access, id)",
                    "        return JSONResponse(crud.represent(session, resource, access, [row], names)[0])",
                    "",
                    "    # From the read cache when it holds this caller's body (cache recipe); an expansion is read from the database.",
                    "    return read_cache.read(resource, access, id, load, cacheable=not names)",
                ]
                continue
            }
            if let readStart, index == readStart + 2 { continue }
            result.append(line)
            if line == "    session.commit()" {
                let id = function.hasPrefix("def create_") ? "row.field_value(resource.listing.primary_key)" : "id"
                result += ["    # Committed: no process serves what it cached before this write (cache recipe).", "    read_cache.after_write(resource, \(id))"]
            }
        }
        lines = result
        lines[importIndex] = Self.importLine
        return EditResult(text: lines.joined(separator: "\n"))
    }
}
#endif
