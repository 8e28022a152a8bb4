import Foundation
import GroundworkTestSupport
import Testing

@testable import GroundworkBricks

/// Each in-place edit on before/after texts: it changes what it must and keeps comments and layout.
@Suite("In-place edits")
struct InPlaceEditsTests {
    static let checkout = "11bd71901bbe5b1630ceea73d27597364c9af683"
    static let pins = ActionPins(table: [
        "actions/checkout": ["v4.2.2": checkout, "v4": "v4.2.2"],
        "github/codeql-action": ["v3": "48ab28a6f5dbc2a99bf1e0131198dd8f1df78169"],
    ])

    @Test func pinActionsPinsKnownTagsAndKeepsCommentsQuotesAndSubpaths() throws {
        let before = """
            # Build it
            jobs:
              build:
                steps:
                  - uses: actions/checkout@v4  # fetch the code
                  - name: Analyse
                    uses: "github/codeql-action/init@v3"
                  - uses: ./.github/actions/local
                  - uses: actions/checkout@\(Self.checkout) # v4.2.2
                  - uses: docker://alpine:3
                  - uses: someone/else@v1

            """
        let after = try PinActionsEdit(pins: Self.pins).apply(to: before, path: ".github/workflows/ci.yml")
        #expect(
            after.text == """
                # Build it
                jobs:
                  build:
                    steps:
                      - uses: actions/checkout@\(Self.checkout) # v4.2.2  # fetch the code
                      - name: Analyse
                        uses: "github/codeql-action/init@48ab28a6f5dbc2a99bf1e0131198dd8f1df78169" # v3
                      - uses: ./.github/actions/local
                      - uses: actions/checkout@\(Self.checkout) # v4.2.2
                      - uses: docker://alpine:3
                      - uses: someone/else@v1

                """)
        #expect(after.notes == [".github/workflows/ci.yml:11: no known pin for someone/else@v1: it is left as it is (add it to the brick's pins, or run online so the GitHub API is asked)"])
    }

    @Test func pinActionsUsesTagsResolvedOnline() throws {
        let sha = String(repeating: "ab", count: 20)
        ActionPins.online.withLock { $0["acme/tool@v7"] = sha }
        defer { ActionPins.online.withLock { $0["acme/tool@v7"] = nil } }
        let after = try PinActionsEdit(pins: ActionPins()).apply(to: "    uses: Acme/tool@v7\n", path: "w.yml")
        #expect(after.text == "    uses: Acme/tool@\(sha) # v7\n")
        #expect(after.notes.isEmpty)
    }

    @Test func pinsFilesAreCheckedAndTheShippedTableAgreesWithTheTemplate() throws {
        #expect(throws: BrickError.self) { try ActionPins.parse("pins:\n  actions/checkout:\n    v4: main\n", file: "pins.yaml") }
        #expect(throws: BrickError.self) { try ActionPins.parse("pins:\n  actions/checkout:\n    v4: abc123\n", file: "pins.yaml") }
        let folder = BuiltInBrickLibrary.folder + "/github-actions/"
        let table = try ActionPins.parse(try String(contentsOfFile: folder + "pins.yaml", encoding: .utf8), file: "pins.yaml")
        let template = try String(contentsOfFile: folder + "templates/ci.yml.mustache", encoding: .utf8)
        var pinned = 0
        for line in template.components(separatedBy: "\n") {
            guard let match = line.firstMatch(of: /uses: (?<action>[\w.-]+\/[\w.-]+)@(?<sha>[0-9a-f]{40}) # (?<release>v[\w.]+)/) else { continue }
            let pin = table.pin(String(match.action), tag: String(match.release))
            #expect(pin?.sha == String(match.sha), "\(match.action)@\(match.release): the template and pins.yaml disagree")
            pinned += 1
        }
        #expect(pinned >= 3)
    }

    @Test func workflowPermissionsGoAboveJobsAndAreNotAddedTwice() throws {
        let before = "# CI\nname: CI\non: push # every push\njobs:\n    test:\n        runs-on: ubuntu-latest\n"
        let after = try WorkflowPermissionsEdit().apply(to: before, path: "ci.yml")
        #expect(after.text == "# CI\nname: CI\non: push # every push\npermissions:\n    contents: read\njobs:\n    test:\n        runs-on: ubuntu-latest\n")
        #expect(try WorkflowPermissionsEdit().apply(to: after.text, path: "ci.yml").text == after.text)
        let flowJobs = "on: push\njobs: {test: {runs-on: ubuntu-latest}}\n"
        let merged = try WorkflowPermissionsEdit().apply(to: "jobs: {test: {runs-on: ubuntu-latest}}\non: push\n", path: "ci.yml")
        #expect(merged.text.contains("permissions:"))
        let flow = try WorkflowPermissionsEdit().apply(to: flowJobs, path: "ci.yml").text
        #expect(flow == "on: push\npermissions:\n  contents: read\njobs: {test: {runs-on: ubuntu-latest}}\n")
    }

    @Test func dockerfileUserGoesIntoTheFinalStageAboveItsCommand() throws {
        let before = """
            FROM node:20 AS build
            RUN npm ci
            FROM node:20-slim
            COPY --from=build /app /app
            # start the service
            CMD ["node", "index.js"]

            """
        let after = try DockerfileUserEdit().apply(to: before, path: "Dockerfile")
        #expect(after.text == before.replacingOccurrences(of: "# start the service", with: "USER node\n# start the service"))
        #expect(try DockerfileUserEdit().apply(to: after.text, path: "Dockerfile").text == after.text, "a stage with a USER is left alone")

        let python = try DockerfileUserEdit().apply(to: "FROM python:3.12-slim\nCOPY . .\n", path: "Dockerfile")
        #expect(python.text == "FROM python:3.12-slim\nCOPY . .\nUSER 65532:65532\n")
        let inherited = "FROM node:20 AS base\nUSER node\nFROM base AS app\nCOPY . .\nFROM app\nCMD [\"node\", \"index.js\"]\n"
        #expect(try DockerfileUserEdit().apply(to: inherited, path: "Dockerfile").text == inherited, "the final stage inherits USER node")
        let distroless = "FROM gcr.io/distroless/static-debian12:nonroot\nCOPY app /app\n"
        #expect(try DockerfileUserEdit().apply(to: distroless, path: "Dockerfile").text == distroless)
        let scratch = try DockerfileUserEdit().apply(to: "FROM scratch\nCOPY app /app\n", path: "Dockerfile")
        #expect(scratch.text == "FROM scratch\nCOPY app /app\n")
        #expect(scratch.notes.count == 1)
    }

    @Test func kubernetesProbesAndResourcesAreAddedToEachContainerThatLacksThem() throws {
        let before = """
            # The orders service
            apiVersion: v1
            kind: Service
            metadata: {name: orders}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: orders
            spec:
              template:
                spec:
                  containers:
                    - name: app
                      image: orders:1.0.0   # pinned
                      ports:
                        - containerPort: 3000

                      # more later
                    - name: sidecar
                      image: proxy:2.1
                      resources: {requests: {cpu: 10m, memory: 16Mi}, limits: {cpu: 50m, memory: 32Mi}}
                  volumes: []

            """
        let after = try KubernetesProbesEdit().apply(to: before, path: "k8s/app.yaml")
        let added = [
            "# Added by groundwork (kubernetes brick): tune them to what app needs.",
            "readinessProbe:", "  tcpSocket:", "    port: 3000", "  periodSeconds: 10",
            "livenessProbe:", "  tcpSocket:", "    port: 3000", "  initialDelaySeconds: 10", "  periodSeconds: 10", "  failureThreshold: 3",
            "resources:", "  requests:", "    cpu: 100m", "    memory: 128Mi", "  limits:", "    cpu: 500m", "    memory: 512Mi",
        ].map { "          " + $0 + "\n" }.joined()
        #expect(after.text == before.replacingOccurrences(of: "- containerPort: 3000\n", with: "- containerPort: 3000\n" + added))
        #expect(after.notes == ["k8s/app.yaml:20: container sidecar declares no containerPort, so no probe was added; add its probes by hand"])
        #expect(try KubernetesProbesEdit().apply(to: after.text, path: "k8s/app.yaml").text == after.text, "nothing is added twice")
        let flow = "kind: Deployment\nspec: {template: {spec: {containers: [{name: a, image: a}]}}}\n"
        #expect(try KubernetesProbesEdit().apply(to: flow, path: "d.yaml").text == flow)
        #expect(try KubernetesProbesEdit().apply(to: "{{ .Values.x }}: [\n", path: "chart.yaml").text == "{{ .Values.x }}: [\n", "a template that is not YAML is left alone")
    }

    @Test func manifestsDeclareEditsAndEditIsNotAFileMode() throws {
        let manifest = try BrickManifestParser.parse(
            """
            id: ci
            version: 1.0.0
            summary: ci
            edits:
              - edit: workflow-permissions
                paths: [".github/workflows/*.yml"]
            """, file: "brick.yaml")
        #expect(manifest.edits == [BrickEditSpec(kind: .workflowPermissions, paths: [".github/workflows/*.yml"], pins: nil, line: 5)])
        #expect(throws: BrickError.self) { try BrickManifestParser.parse("id: a\nversion: 1.0.0\nsummary: a\nedits:\n  - edit: rewrite-all\n    paths: [x]\n", file: "brick.yaml") }
        #expect(throws: BrickError.self) { try BrickManifestParser.parse("id: a\nversion: 1.0.0\nsummary: a\nedits:\n  - edit: pin-actions\n    paths: [x]\n", file: "brick.yaml") }
        #expect(throws: BrickError.self) { try BrickManifestParser.parse("id: a\nversion: 1.0.0\nsummary: a\nfiles:\n  - template: t\n    path: x\n    mode: edit\n", file: "brick.yaml") }
    }
}
