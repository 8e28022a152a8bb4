#if Enterprise
import GroundworkAuditModel
import GroundworkBricks

extension RecipeRun {
    /// The stateless-sessions recipe's brick fitted to the repository: its files only for the languages
    /// whose sources keep sessions (a Redis store module and dependency in a service that has no session
    /// is clutter), and, when applying, a refusal where no store lives in a process or on a pod's disk.
    /// An update keeps the files of every language that has a store, local or already in Redis, so that
    /// the files the recipe wrote stay managed after its edits moved the store.
    static func fittingSessions(_ brick: Brick, snapshot: RepoSnapshot?, path: String, updating: Bool) throws(RecipeError) -> Brick {
        guard brick.manifest.fixes.contains(SessionsInProcessCheck().id) else { return brick }
        let stores = snapshot.map { SessionStore.recognise($0.files, of: $0) } ?? []
        if !updating, !stores.contains(where: \.isLocal) {
            throw RecipeError(
                .nothingToChange,
                "\(path) keeps no session or shared cache in a process's memory or on a pod's disk (docs/recipes.md lists the stores recognised; bearer tokens and signed cookies are stateless): stateless-sessions has nothing to change"
            )
        }
        let languages = Set(stores.compactMap { SessionStore.ecosystem(of: $0.path) })
        var fitted = brick
        fitted.manifest.files = brick.manifest.files.filter { file in
            let required = file.when?.requirements.filter { $0.fact == "ecosystem" }.flatMap(\.accepted) ?? []
            return required.isEmpty || required.contains(where: languages.contains)
        }
        return fitted
    }
}
#endif
