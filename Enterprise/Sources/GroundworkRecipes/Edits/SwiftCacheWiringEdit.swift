#if Enterprise
import Foundation
import GroundworkBricks

/// The cache recipe's Swift edit (`recipes/cache-swift`) of the generated controller
/// (`Sources/App/Resources/EntityController.swift`): `read` answers through `ReadCache.shared.read(…)` from
/// `Sources/App/Cache/ReadCache.swift` (a read with `?expand=` goes to the database), and create, update and
/// delete call `ReadCache.shared.afterWrite(…)` once their write committed, before their after-hook and answer.
/// All or nothing: a controller written otherwise gets a note.
struct SwiftCacheWiringEdit: InPlaceEdit {
    static let afterCommit = """
                // Committed: no process serves what it cached before this write (cache recipe).
                await ReadCache.shared.afterWrite(descriptor, id: id)

        """

    static let replacements = AnchoredReplacements(replacements: [
        (
            """
                    guard Self.isValid(id, descriptor.primaryKey),
                        let item = try await repository.find(id, scope: scope, caller: caller, expand: expand)
                    else { throw Problem.notFound }

            """,
            """
                    guard Self.isValid(id, descriptor.primaryKey) else { throw Problem.notFound }
                    // From the read cache when it holds this caller's body (cache recipe), else from the database.
                    let item = try await ReadCache.shared.read(
                        descriptor, id: id, scope: scope, caller: caller, cacheable: expand.isEmpty
                    ) {
                        try await repository.find(id, scope: scope, caller: caller, expand: expand)
                    }
                    guard let item else { throw Problem.notFound }

            """
        ),
        ("        try await hooks.afterCreate(", afterCommit + "        try await hooks.afterCreate("),
        ("        try await hooks.afterUpdate(", afterCommit + "        try await hooks.afterUpdate("),
        ("        try await hooks.afterDelete(", afterCommit + "        try await hooks.afterDelete("),
    ])

    func apply(to text: String, path: String) throws -> EditResult {
        Self.replacements.edit(
            text, path: path, wired: "ReadCache.shared",
            hint:
                "answer read through ReadCache.shared.read(…) from Sources/App/Cache/ReadCache.swift and call ReadCache.shared.afterWrite(…) after each committed write; the recipe did not recognise this controller"
        )
    }
}
#endif
