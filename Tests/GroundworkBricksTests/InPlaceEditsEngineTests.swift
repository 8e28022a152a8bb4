import Foundation
import GroundworkTestSupport
import Testing

@testable import GroundworkBricks

/// In-place edits through the engine: apply records them, update merges them three ways, and tags the
/// pins table lacks are looked up on a (local) GitHub API.
@Suite("In-place edits: apply, update, online pins", .serialized)
struct InPlaceEditsEngineTests {
    static let checkoutV4 = "11bd71901bbe5b1630ceea73d27597364c9af683"
    static let checkoutV5 = String(repeating: "5", count: 40)

    /// A `pinning` brick at `version` whose pins table maps checkout's `v4` (and at 1.1.0 `v5` too).
    static func pinningBrick(_ folder: BrickFolder, version: String) throws {
        let extra = version == "1.0.0" ? "" : "\n    v5: \(checkoutV5)"
        try folder.brick(
            "pinning",
            """
            id: pinning
            version: \(version)
            summary: pins workflow actions
            fixes: [actions.pinned]
            edits:
              - edit: pin-actions
                paths: [".github/workflows/*.yml"]
                pins: pins.yaml
            """, templates: ["pins.yaml": "pins:\n  actions/checkout:\n    v4: \(checkoutV4)\(extra)\n"])
    }

    static let workflow = """
        name: CI
        on: push
        jobs:
          test:
            runs-on: ubuntu-latest
            steps:
              - run: npm test
              - name: Lint
                run: npm run lint
              - uses: actions/checkout@v4 # code
              - name: Build
                run: npm run build
              - uses: actions/checkout@v5

        """

    @Test func applyEditsAndUpdateMergesTheUsersChangesThreeWays() throws {
        let folder = BrickFolder()
        try Self.pinningBrick(folder, version: "1.0.0")
        let repo = try BrickFixtures.nodeService(extraFiles: [".github/workflows/ci.yml": .text(Self.workflow)])
        let workspace = try BrickFixtures.workspace(repo)
        let plan = try ApplyPlanner.plan(["pinning"], library: try folder.library(), workspace: workspace)
        let file = try #require(plan.files.first { $0.path == ".github/workflows/ci.yml" })
        #expect(file.operation == .edit)
        #expect(file.diff().contains("+      - uses: actions/checkout@\(Self.checkoutV4) # v4  # code"))
        #expect(plan.notes.contains { $0.contains("no known pin for actions/checkout@v5") })
        #expect(plan.lock.brick("pinning")?.file(".github/workflows/ci.yml")?.mode == .edit)
        _ = try BrickApplier.apply(plan, requested: ["pinning"], workspace: workspace)
        try BrickFixtures.git(["merge", "-q", "--ff-only", "groundwork/pinning"], in: repo.path)

        // The user edits another line; the brick's next version knows v5.
        let applied = try String(contentsOfFile: repo.path + "/.github/workflows/ci.yml", encoding: .utf8)
        try UpdateTests.commitEdit(repo, ".github/workflows/ci.yml", applied.replacingOccurrences(of: "npm test", with: "npm test -- --coverage"))
        try Self.pinningBrick(folder, version: "1.1.0")
        let update = try UpdatePlanner.plan([], library: try folder.library(), workspace: try BrickFixtures.workspace(repo))
        let merged = try #require(update.files.first { $0.path == ".github/workflows/ci.yml" })
        #expect(merged.operation == .merged)
        let text = String(decoding: merged.after ?? Data(), as: UTF8.self)
        #expect(text.contains("uses: actions/checkout@\(Self.checkoutV5) # v5"), "the new pin came in")
        #expect(text.contains("npm test -- --coverage"), "the user's change stayed")
        #expect(text.contains("@\(Self.checkoutV4) # v4  # code"))
        #expect(update.lock.brick("pinning")?.file(".github/workflows/ci.yml")?.mode == .edit)
    }

    @Test func unknownTagsAreLookedUpOnTheGitHubAPIAndAnnotatedTagsPeeled() async throws {
        let commit = String(repeating: "c", count: 40), tagObject = String(repeating: "d", count: 40)
        let server = try LocalHTTPServer { request in
            switch request.target {
            case "/repos/acme/tool/git/ref/tags/v2":
                ScriptedResponse(body: Data(#"{"ref": "refs/tags/v2", "object": {"type": "tag", "sha": "\#(tagObject)"}}"#.utf8))
            case "/repos/acme/tool/git/tags/\(tagObject)":
                ScriptedResponse(body: Data(#"{"tag": "v2", "object": {"type": "commit", "sha": "\#(commit)"}}"#.utf8))
            default:
                ScriptedResponse(status: 404, body: Data(#"{"message": "Not Found"}"#.utf8))
            }
        }
        defer { server.stop() }
        let folder = BrickFolder()
        try Self.pinningBrick(folder, version: "1.0.0")
        let workflow = "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: acme/tool@v2\n      - uses: acme/missing@v1\n"
        let repo = try BrickFixtures.nodeService(extraFiles: [".github/workflows/ci.yml": .text(workflow)])
        let workspace = try BrickFixtures.workspace(repo)
        let library = try folder.library()

        let offline = await ActionPinLookup.prefetch(workspace: workspace, library: library, environment: ["GROUNDWORK_OFFLINE": "1", "GROUNDWORK_GITHUB_API": server.baseURL])
        #expect(offline == 0)
        #expect(server.requests.isEmpty, "offline, nothing is asked")

        let resolved = await ActionPinLookup.prefetch(workspace: workspace, library: library, environment: ["GROUNDWORK_GITHUB_API": server.baseURL, "GITHUB_TOKEN": "test-token"])
        defer { ActionPins.online.withLock { $0["acme/tool@v2"] = nil } }
        #expect(resolved == 1)
        #expect(server.requests.first?.headers.contains { $0.name.lowercased() == "authorization" && $0.value == "Bearer test-token" } == true)
        let plan = try ApplyPlanner.plan(["pinning"], library: library, workspace: workspace)
        let after = String(decoding: plan.files.first { $0.path == ".github/workflows/ci.yml" }?.after ?? Data(), as: UTF8.self)
        #expect(after.contains("uses: acme/tool@\(commit) # v2"))
        #expect(after.contains("uses: acme/missing@v1"), "a tag the API does not know is left as it is")
        #expect(plan.notes.contains { $0.contains("no known pin for acme/missing@v1") })
    }

    /// Only files an edit matches are read: reading every file of the tree cost a read per blob and failed on
    /// a partial clone (or a snapshot) missing an image no edit touches (seen on microservices-demo).
    @Test func onlyTheFilesAnEditMatchesAreRead() throws {
        let docker = try BuiltInBrickLibrary.load().require("docker")
        let read = LockedList<String>()
        let planned = try InPlaceEdits.plan(docker, paths: ["docs/img/frontend.png", "Dockerfile", "src/index.js"]) { path in
            read.append(path)
            guard path == "Dockerfile" else { throw BrickError(.parameter, "\(path) is not in this partial clone") }
            return Data("FROM node:20\nCMD [\"node\", \"index.js\"]\n".utf8)
        }
        #expect(read.all == ["Dockerfile"])
        #expect(planned.map(\.render.path) == ["Dockerfile"])
    }
}
