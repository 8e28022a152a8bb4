#if Enterprise
import Foundation
import GroundworkBricks

/// The cache recipe's Go edit (`recipes/cache-go`) of the generated handler (`internal/resource/handler.go`):
/// `GET /{id}` answers the bytes of `h.cachedRead(…)` from `internal/resource/read_cache.go` (a read with
/// `?expand=` goes to the database), and create, update and delete call `h.afterWrite(e, id)` once their
/// transaction committed, before they answer. All or nothing: a handler written otherwise gets a note.
struct GoCacheWiringEdit: InPlaceEdit {
    static let afterCommit = "\t\t// Committed: no process serves what it cached before this write (cache recipe).\n"

    static let replacements = AnchoredReplacements(replacements: [
        (
            "\t\trecord, err := h.fetch(r.Context(), h.DB, e, who, scope, id, expand)\n\t\tif err != nil {\n\t\t\thttpx.Error(w, r, err)\n\t\t\treturn\n\t\t}\n\t\thttpx.WriteJSON(w, http.StatusOK, record)\n",
            """
            \t\t// From the read cache when it holds this caller's body (cache recipe), else from the database.
            \t\tbody, err := h.cachedRead(e, who, scope, id, len(expand) == 0, func() (Record, error) {
            \t\t\treturn h.fetch(r.Context(), h.DB, e, who, scope, id, expand)
            \t\t})
            \t\tif err != nil {
            \t\t\thttpx.Error(w, r, err)
            \t\t\treturn
            \t\t}
            \t\tw.Header().Set("Content-Type", "application/json")
            \t\tw.WriteHeader(http.StatusOK)
            \t\t_, _ = w.Write(body)

            """
        ),
        ("\t\tw.Header().Set(\"Location\", ", "\(afterCommit)\t\th.afterWrite(e, record[e.primary().Name])\n\t\tw.Header().Set(\"Location\", "),
        // The update's answer (the read's, the only other one, was replaced above).
        ("\t\thttpx.WriteJSON(w, http.StatusOK, record)\n", "\(afterCommit)\t\th.afterWrite(e, id)\n\t\thttpx.WriteJSON(w, http.StatusOK, record)\n"),
        ("\t\tw.WriteHeader(http.StatusNoContent)\n", "\(afterCommit)\t\th.afterWrite(e, id)\n\t\tw.WriteHeader(http.StatusNoContent)\n"),
    ])

    func apply(to text: String, path: String) throws -> EditResult {
        Self.replacements.edit(
            text, path: path, wired: "h.cachedRead(",
            hint: "answer GET /{id} through h.cachedRead(…) from internal/resource/read_cache.go and call h.afterWrite(e, id) after each committed write; the recipe did not recognise this handler")
    }
}
#endif
