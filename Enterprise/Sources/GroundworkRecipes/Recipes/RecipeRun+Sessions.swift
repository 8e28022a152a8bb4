#if Enterprise
import Foundation
import GroundworkAuditModel
import GroundworkBricks

extension RecipeRun {
    /// The check whose recipe moves session stores: its files are for the languages that keep sessions.
    static let sessionsCheck = "scale.sessions-in-process"

    /// The session stores of the tree's application sources (tests and vendored code left out).
    static func sessionStores(in snapshot: RepoSnapshot) -> [SessionStore] {
        snapshot.files.filter { SessionStore.isApplicationSource($0.path) }.flatMap { file in
            snapshot.text(file).map { SessionStore.recognise($0, path: file.path) } ?? []
        }
    }

    /// The brick ecosystem (`node`, `python`, `go`, `swift`) of a source file, by its extension.
    static func ecosystem(ofSource path: String) -> String? {
        switch (path as NSString).pathExtension {
        case "js", "mjs", "cjs", "ts": "node"
        case "py": "python"
        case "go": "go"
        case "swift": "swift"
        default: nil
        }
    }

    /// The stateless-sessions recipe's brick fitted to the repository: its files only for the languages
    /// whose sources keep sessions (a Redis store module and dependency in a service that has no session
    /// is clutter), and, when applying, a refusal where no store lives in a process or on a pod's disk.
    /// An update keeps the files of every language that has a store, local or already in Redis, so that
    /// the files the recipe wrote stay managed after its edits moved the store.
    static func fittingSessions(_ brick: Brick, snapshot: RepoSnapshot?, path: String, updating: Bool) throws(RecipeError) -> Brick {
        guard brick.manifest.fixes.contains(sessionsCheck) else { return brick }
        let stores = snapshot.map(sessionStores(in:)) ?? []
        if !updating, !stores.contains(where: \.isLocal) {
            throw RecipeError(
                .nothingToChange,
                "\(path) keeps no session or shared cache in a process's memory or on a pod's disk (docs/recipes.md lists the stores recognised; bearer tokens and signed cookies are stateless): stateless-sessions has nothing to change"
            )
        }
        let languages = Set(stores.compactMap { ecosystem(ofSource: $0.path) })
        var fitted = brick
        fitted.manifest.files = brick.manifest.files.filter { file in
            let required = file.when?.requirements.filter { $0.fact == "ecosystem" }.flatMap(\.accepted) ?? []
            return required.isEmpty || required.contains(where: languages.contains)
        }
        return fitted
    }
}
#endif
