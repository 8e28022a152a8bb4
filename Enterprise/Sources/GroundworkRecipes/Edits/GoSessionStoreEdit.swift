#if Enterprise
import Foundation
import GroundworkBricks

/// The stateless-sessions recipe's Go edit (`recipes/stateless-sessions-go`): gorilla/sessions'
/// `sessions.NewFilesystemStore(path, keyPairs…)`, assigned to a variable, becomes
/// `redisSessionStore(keyPairs…)`, a function the edit appends to the file: a boj/redistore store (in Debian
/// as golang-github-boj-redistore-dev) over a redigo pool dialling REDIS_URL. The imports follow (the
/// gorilla/sessions import goes when nothing else uses it). A file that names
/// the FilesystemStore type, has no import block, or keeps its sessions in scs gets a note, unchanged.
/// go.mod is not edited (a note says which modules to add).
struct GoSessionStoreEdit: InPlaceEdit {
    static let function = "redisSessionStore"

    /// The function appended to the file.
    static let definition = """

        // redisSessionStore keeps sessions in Redis at REDIS_URL, shared by every replica of the service
        // (stateless-sessions recipe). It fails at start when Redis cannot be reached.
        func redisSessionStore(keyPairs ...[]byte) *redistore.RediStore {
        \turl := os.Getenv("REDIS_URL")
        \tif url == "" {
        \t\turl = "redis://localhost:6379"
        \t}
        \tpool := &redis.Pool{
        \t\tMaxIdle:     10,
        \t\tIdleTimeout: 240 * time.Second,
        \t\tDial:        func() (redis.Conn, error) { return redis.DialURL(url) },
        \t}
        \tstore, err := redistore.NewRediStoreWithPool(pool, keyPairs...)
        \tif err != nil {
        \t\tpanic(fmt.Sprintf("sessions: Redis at REDIS_URL: %v", err))
        \t}
        \treturn store
        }

        """

    func apply(to text: String, path: String) throws -> EditResult {
        guard SessionStore.isApplicationSource(path), path.hasSuffix(".go"), !text.contains("func \(Self.function)(") else { return EditResult(text: text) }
        let local = SessionStore.go(SourceText(text), path: path).filter(\.isLocal)
        guard let first = local.first else { return EditResult(text: text) }
        func refuse(_ why: String) -> EditResult {
            EditResult(text: text, notes: ["\(path):\(first.line): \(first.detail) left as it is: \(why)"])
        }
        if first.library == "scs" {
            return refuse(
                "scs's redisstore is not reachable here to prove the edit with; set sessionManager.Store = redisstore.New(pool) (github.com/alexedwards/scs/redisstore) with a pool for REDIS_URL by hand"
            )
        }
        guard !text.contains("*sessions.FilesystemStore") else {
            return refuse("the code names the *sessions.FilesystemStore type; make it a sessions.Store and use a Redis store (github.com/boj/redistore)")
        }
        let source = SourceText(text)
        var edited = text
        for call in source.calls(of: "sessions.NewFilesystemStore").reversed() {
            guard let arguments = call.arguments else { return refuse("its call does not close") }
            let lineStart = text[..<call.start].lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
            let before = text[lineStart..<call.start].trimmingCharacters(in: .whitespaces)
            guard before.hasSuffix("=") else { return refuse("its result is not assigned to a variable") }
            let keys = SourceText.topLevelItems(arguments).dropFirst()
            edited.replaceSubrange(call.start..<call.end, with: "\(Self.function)(\(keys.joined(separator: ", ")))")
        }
        let removing = edited.contains("sessions.") ? [] : ["github.com/gorilla/sessions"]
        guard
            let lines = GoImports.editing(
                edited.components(separatedBy: "\n"), adding: ["fmt", "os", "time", "github.com/boj/redistore", "github.com/gomodule/redigo/redis"], removing: removing)
        else { return refuse("the file has no import ( … ) block to add Redis's packages to") }
        var result = lines.joined(separator: "\n")
        if !result.hasSuffix("\n") { result += "\n" }
        // go.mod is left to the Go tool: Debian's redistore is a 2018 snapshot whose API the newer tags changed.
        return EditResult(
            text: result + Self.definition,
            notes: [
                "\(path): add github.com/boj/redistore and github.com/gomodule/redigo to go.mod (go get); the edit is verified with Debian's redistore 1.2+git20180917 and redigo 1.8.3"
            ])
    }
}
#endif
