import GroundworkChecks
import Testing

@Suite("Dockerfile parser")
struct DockerfileParserTests {
    private func parse(_ text: String) -> Dockerfile { DockerfileParser.parse(text, path: "Dockerfile") }

    @Test func joinsContinuationsAndDropsCommentsInside() {
        let dockerfile = parse(
            """
            FROM debian:12
            RUN apt-get update && \\
                # curl for the health check
                apt-get install -y curl \\

                && rm -rf /var/lib/apt/lists/*
            USER app
            """)
        #expect(dockerfile.instructions.map(\.keyword) == ["FROM", "RUN", "USER"])
        let run = dockerfile.instructions[1]
        #expect(run.line == 2)
        #expect(run.arguments.contains("apt-get install -y curl"))
        #expect(run.arguments.contains("rm -rf /var/lib/apt/lists/*"))
        #expect(!run.arguments.contains("health check"))
        #expect(dockerfile.instructions[2].line == 7)
    }

    @Test func heredocBodiesAreNotInstructions() throws {
        let dockerfile = parse(
            """
            FROM alpine:3.20 AS base
            RUN <<EOF
            FROM evil:latest
            USER root
            EOF
            USER app
            """)
        #expect(dockerfile.instructions.map(\.keyword) == ["FROM", "RUN", "USER"])
        #expect(dockerfile.stages.count == 1)
        let heredoc = try #require(dockerfile.instructions[1].heredocs.first)
        #expect(heredoc.body == "FROM evil:latest\nUSER root")
        #expect(heredoc.line == 3)
        let user = try #require(dockerfile.finalStage?.user)
        #expect(user.name == "app")
        #expect(user.line == 6)
    }

    @Test func tabStrippingQuotedAndSeveralHeredocsOnOneLine() {
        let dockerfile = parse(
            """
            FROM nginx:1.27
            RUN <<-"SCRIPT" bash
            \tset -e
            \techo ready
            \tSCRIPT
            COPY <<robots.txt <<'humans.txt' /usr/share/nginx/html/
            User-agent: *
            robots.txt
            USER root
            humans.txt
            USER nginx
            """)
        #expect(dockerfile.instructions.map(\.keyword) == ["FROM", "RUN", "COPY", "USER"])
        let run = dockerfile.instructions[1].heredocs
        #expect(run.map(\.delimiter) == ["SCRIPT"])
        #expect(run.first?.body == "set -e\necho ready")
        #expect(run.first?.stripsTabs == true)
        let copy = dockerfile.instructions[2].heredocs
        #expect(copy.map(\.delimiter) == ["robots.txt", "humans.txt"])
        #expect(copy.map(\.body) == ["User-agent: *", "USER root"])
        #expect(copy.map(\.line) == [7, 9])
        #expect(dockerfile.finalStage?.user?.name == "nginx")
    }

    @Test(arguments: [
        "RUN grep x <<< \"$input\"",
        "RUN echo $((1<<4))",
        "RUN echo 'no heredoc here'",
    ])
    func notHeredocs(_ line: String) {
        let dockerfile = parse("FROM alpine:3.20\n\(line)\nUSER app\n")
        #expect(dockerfile.instructions.map(\.keyword) == ["FROM", "RUN", "USER"])
        #expect(dockerfile.instructions[1].heredocs.isEmpty)
    }

    @Test func unterminatedHeredocRunsToTheEnd() {
        let dockerfile = parse("FROM alpine:3.20\nRUN <<EOF\necho one\nUSER root\n")
        #expect(dockerfile.instructions.map(\.keyword) == ["FROM", "RUN"])
        #expect(dockerfile.instructions[1].heredocs.first?.body == "echo one\nUSER root\n")
    }

    @Test func escapeDirectiveChangesTheContinuationCharacter() {
        let dockerfile = parse(
            """
            # escape=`
            FROM mcr.microsoft.com/windows/servercore:ltsc2022
            COPY app.ps1 c:\\
            RUN powershell -File c:\\app.ps1 `
                -Verbose
            USER ContainerUser
            """)
        #expect(dockerfile.escape == "`")
        #expect(dockerfile.instructions.map(\.keyword) == ["FROM", "COPY", "RUN", "USER"])
        #expect(dockerfile.instructions[2].arguments.contains("-Verbose"))
        #expect(dockerfile.instructions[3].line == 6)
    }

    @Test func directiveAfterACommentIsAComment() {
        let dockerfile = parse("# build for production\n# escape=`\nFROM alpine:3.20\nRUN echo a `\necho b\n")
        #expect(dockerfile.escape == "\\")
        #expect(dockerfile.instructions.map(\.keyword) == ["FROM", "RUN", "ECHO"])
    }

    @Test func crlfAndByteOrderMark() {
        let dockerfile = parse("\u{FEFF}FROM alpine:3.20\r\nRUN a \\\r\n  b\r\nUSER app\r\n")
        #expect(dockerfile.instructions.map(\.keyword) == ["FROM", "RUN", "USER"])
        #expect(dockerfile.finalStage?.user?.name == "app")
    }

    @Test func fromResolvesGlobalArgumentDefaults() {
        let dockerfile = parse(
            """
            ARG NODE_VERSION=20.11
            ARG BASE
            FROM node:${NODE_VERSION}-alpine AS build
            FROM ${BASE:-debian:12-slim}
            FROM $BASE
            FROM node:$NODE_VERSION
            """)
        let stages = dockerfile.stages
        #expect(stages.map(\.image) == ["node:20.11-alpine", "debian:12-slim", "", "node:20.11"])
        #expect(stages.map(\.unresolvedVariables) == [[], [], ["BASE"], []])
        #expect(stages[0].imageText == "node:${NODE_VERSION}-alpine")
        #expect(dockerfile.globalArguments.map(\.key) == ["NODE_VERSION", "BASE"])
    }

    @Test func stagesHaveNamesPlatformsAndCopyFrom() {
        let dockerfile = parse(
            """
            FROM --platform=$BUILDPLATFORM golang:1.22 AS Builder
            RUN go build -o /out/app .
            FROM gcr.io/distroless/static-debian12
            COPY --from=builder --chown=65532 /out/app /app
            """)
        let stages = dockerfile.stages
        #expect(stages.map(\.name) == ["builder", nil])
        #expect(stages[0].platform == "$BUILDPLATFORM")
        #expect(stages.map(\.line) == [1, 3])
        let copy = stages[1].instructions("COPY")[0].options(escape: "\\")
        #expect(copy.flags["from"] == "builder")
        #expect(copy.rest == ["/out/app", "/app"])
    }

    @Test func envAndArgPairsInBothSyntaxes() {
        let dockerfile = parse(
            """
            FROM alpine:3.20
            ENV A=1 B="two words" C=three\\ words
            ENV LEGACY value with spaces
            ARG PLAIN
            ARG WITH_DEFAULT=x ANOTHER=y
            """)
        let pairs = dockerfile.instructions.dropFirst().flatMap { $0.keyValues(escape: "\\") }
        #expect(pairs.map(\.key) == ["A", "B", "C", "LEGACY", "PLAIN", "WITH_DEFAULT", "ANOTHER"])
        #expect(pairs.map(\.value) == ["1", "two words", "three words", "value with spaces", nil, "x", "y"])
        #expect(pairs.map(\.line) == [2, 2, 2, 3, 4, 5, 5])
    }

    @Test func userUsesStageVariables() {
        let dockerfile = parse("ARG UID=10001\nFROM alpine:3.20\nARG UID\nENV APP_USER=app\nUSER ${APP_USER}:${UID}\n")
        #expect(dockerfile.finalStage?.user?.name == "app:10001")
    }

    @Test(
        arguments: [
            ("nginx", "nginx", nil, nil, false),
            ("nginx:latest", "nginx", "latest", nil, false),
            ("nginx:1.27", "nginx", "1.27", nil, true),
            ("registry:5000/team/api", "registry:5000/team/api", nil, nil, false),
            ("registry:5000/team/api:2.1", "registry:5000/team/api", "2.1", nil, true),
            ("node@sha256:abc123", "node", nil, "sha256:abc123", true),
            ("node:latest@sha256:abc123", "node", "latest", "sha256:abc123", true),
        ] as [(String, String, String?, String?, Bool)])
    func imageReferences(_ text: String, repository: String, tag: String?, digest: String?, pinned: Bool) throws {
        let reference = try #require(DockerImageReference(text))
        #expect(reference.repository == repository)
        #expect(reference.tag == tag)
        #expect(reference.digest == digest)
        #expect(reference.isPinned == pinned)
    }

    @Test func survivesJunk() {
        let dockerfile = parse("\\\n\n<<EOF\n\u{0}\u{1}garbage \\")
        #expect(dockerfile.stages.isEmpty)
        #expect(parse("").instructions.isEmpty)
    }
}
