import Foundation
import GroundworkAuditModel
import GroundworkHTTP

/// Looks up, on the GitHub API, the commit of every action tag the workflows of a repository use that
/// the bricks' pins tables do not list, before planning (planning itself does no I/O). Results go to
/// `ActionPins.online` for the rest of the run; a tag that cannot be resolved stays a reported miss.
package enum ActionPinLookup {
    /// The API root: `GROUNDWORK_GITHUB_API` (tests point it at a local server), else api.github.com.
    static func baseURL(_ environment: [String: String]) -> String {
        var url = environment["GROUNDWORK_GITHUB_API"].flatMap { $0.isEmpty ? nil : $0 } ?? "https://api.github.com"
        while url.hasSuffix("/") { url.removeLast() }
        return url
    }

    /// Resolves the unknown tags of the workflows in `workspace` that the `pin-actions` edits of
    /// `library` would pin. Offline (`GROUNDWORK_OFFLINE` set) it asks nothing; errors are not thrown:
    /// an unresolved tag is reported by the plan. Returns how many tags were resolved.
    @discardableResult
    package static func prefetch(workspace: BrickWorkspace, library: BrickLibrary, environment: [String: String] = ProcessInfo.processInfo.environment) async -> Int {
        if let offline = environment["GROUNDWORK_OFFLINE"], !offline.isEmpty, offline != "0" { return 0 }
        let pinning = library.all.filter { $0.manifest.edits.contains { $0.kind == .pinActions } }
        guard !pinning.isEmpty, let paths = try? workspace.state.filePaths() else { return 0 }
        var wanted: Set<String> = []
        for brick in pinning {
            for spec in brick.manifest.edits where spec.kind == .pinActions {
                guard let edit = try? InPlaceEdits.edit(spec, of: brick) as? PinActionsEdit else { continue }
                for path in paths where spec.paths.contains(where: { Glob.matches(pattern: $0, path: path) }) {
                    guard let data = try? workspace.state.content(path), let text = String(data: data, encoding: .utf8) else { continue }
                    for line in text.components(separatedBy: "\n") {
                        guard let match = line.wholeMatch(of: PinActionsEdit.usesLine) else { continue }
                        let action = String(match.action).lowercased(), ref = String(match.ref)
                        if ActionPins.isFullSHA(ref) || edit.pins.pin(action, tag: ref) != nil { continue }
                        wanted.insert("\(action)@\(ref)")
                    }
                }
            }
        }
        var resolved = 0
        let client = HTTPClient(configuration: .init(connectTimeout: .seconds(5), timeout: .seconds(15), retry: .never))
        for key in wanted.sorted() {
            let parts = key.split(separator: "@", maxSplits: 1).map(String.init)
            if let sha = await commit(of: parts[1], action: parts[0], client: client, environment: environment) {
                ActionPins.online.withLock { $0[key] = sha }
                resolved += 1
            }
        }
        return resolved
    }

    /// The commit `tag` of `action` points to, peeling an annotated tag; nil when it cannot be found.
    static func commit(of tag: String, action: String, client: HTTPClient, environment: [String: String]) async -> String? {
        let base = baseURL(environment)
        guard let encoded = tag.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) else { return nil }
        guard var found = await object(at: "\(base)/repos/\(action)/git/ref/tags/\(encoded)", client: client, environment: environment) else { return nil }
        // An annotated tag points to a tag object, which points to the commit.
        for _ in 0..<3 where found.type == "tag" {
            guard let next = await object(at: "\(base)/repos/\(action)/git/tags/\(found.sha)", client: client, environment: environment) else { return nil }
            found = next
        }
        return found.type == "commit" && ActionPins.isFullSHA(found.sha) ? found.sha.lowercased() : nil
    }

    /// The `object` (or, for a tag object, its target) of a git reference or tag response.
    private static func object(at url: String, client: HTTPClient, environment: [String: String]) async -> (type: String, sha: String)? {
        var request = HTTPRequest.get(url, headers: ["Accept": "application/vnd.github+json"])
        if let token = environment["GITHUB_TOKEN"], !token.isEmpty { request.authorize(bearer: token) }
        guard let response = try? await client.send(request), response.isSuccess,
            let json = try? JSONSerialization.jsonObject(with: response.body) as? [String: Any],
            let target = json["object"] as? [String: Any],
            let type = target["type"] as? String, let sha = target["sha"] as? String
        else { return nil }
        return (type, sha)
    }
}
