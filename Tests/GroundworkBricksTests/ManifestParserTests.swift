import Testing

@testable import GroundworkBricks

@Suite("brick.yaml parsing")
struct ManifestParserTests {
    static let complete = """
        id: docker
        version: 1.2.0
        summary: A Dockerfile
        requires: [gitignore]
        conflicts: [podman]
        fixes:
          - delivery.dockerfile
        effort_hours: 4.5
        when:
          ecosystem: [node, python]
          not: {ci: gitlab-ci}
        parameters:
          - name: port
            type: int
            default: "{{stack.port}}"
            description: The port
            min: 1
            max: 65535
          - name: base
            type: enum
            values: [debian, alpine]
            default: debian
          - name: registry
            type: string
            pattern: "^[a-z0-9./-]*$"
            default: ""
          - name: extras
            type: list
            default: [curl, git]
          - name: healthcheck
            type: bool
            default: true
        files:
          - template: templates/Dockerfile.mustache
            path: Dockerfile
            when: {params.base: debian}
          - template: templates/dockerignore.mustache
            path: "{{service.prefix}}.dockerignore"
            mode: append-lines
            each: service
          - template: templates/run.sh
            path: bin/run
            executable: true
            mode: seed
        tasks:
          - name: Build
            run: docker build .
        """

    @Test func parsesEveryField() throws {
        let manifest = try BrickManifestParser.parse(Self.complete, file: "docker/brick.yaml")
        #expect(manifest.id == "docker")
        #expect(manifest.version == SemanticVersion(1, 2, 0))
        #expect(manifest.requires == ["gitignore"])
        #expect(manifest.conflicts == ["podman"])
        #expect(manifest.fixes == ["delivery.dockerfile"])
        #expect(manifest.effortHours == 4.5)
        #expect(manifest.when?.requirements == [BrickPredicate.Requirement(fact: "ecosystem", accepted: ["node", "python"])])
        #expect(manifest.when?.not.count == 1)
        #expect(manifest.parameters.map(\.name) == ["port", "base", "registry", "extras", "healthcheck"])
        #expect(manifest.parameters[0].minimum == 1 && manifest.parameters[0].maximum == 65535)
        #expect(manifest.parameters[1].values == ["debian", "alpine"])
        #expect(manifest.parameters[3].defaultValue == .list(["curl", "git"]))
        #expect(manifest.files.count == 3)
        #expect(manifest.files[0].when?.requirements.first?.fact == "params.base")
        #expect(manifest.files[1].mode == .appendLines && manifest.files[1].each == .service)
        #expect(manifest.files[2].executable && manifest.files[2].mode == .seed)
        #expect(manifest.tasks == [BrickTask(name: "Build", run: "docker build .", line: 46)])
    }

    /// A mistake, the line it is on, and words the message must hold.
    struct Mistake: Sendable, CustomTestStringConvertible {
        var yaml: String
        var line: Int
        var message: String
        var testDescription: String { message }
    }

    static let base = "id: docker\nversion: 1.0.0\nsummary: s\n"

    static let mistakes: [Mistake] = [
        Mistake(yaml: base + "colour: red\n", line: 4, message: "colour: unknown key; expected one of"),
        Mistake(yaml: "id: docker\nversion: 1.2\nsummary: s\n", line: 2, message: "version: expected a semantic version MAJOR.MINOR.PATCH such as 1.2.0, found \"1.2\""),
        Mistake(yaml: "id: Docker_Image\nversion: 1.0.0\nsummary: s\n", line: 1, message: "id: expected lowercase letters, digits and dashes"),
        Mistake(yaml: "id: docker\nsummary: s\n", line: 1, message: "version: missing"),
        Mistake(yaml: base + "parameters:\n  - name: port\n    type: integer\n", line: 6, message: "parameters[0].type: expected one of string, int, bool, enum, list, found \"integer\""),
        Mistake(yaml: base + "parameters:\n  - name: base\n    type: string\n    min: 3\n", line: 7, message: "parameters[0].min: applies to int parameters only"),
        Mistake(yaml: base + "parameters:\n  - name: base\n    type: enum\n", line: 5, message: "parameters[0].values: missing"),
        Mistake(yaml: base + "parameters:\n  - name: port\n    type: int\n    default: eighty\n", line: 7, message: "parameters[0].default: expected a whole number, found \"eighty\""),
        Mistake(yaml: base + "parameters:\n  - name: port\n    type: int\n    min: 10\n    default: 5\n", line: 8, message: "expected at least 10, found 5"),
        Mistake(yaml: base + "effort_hours: lots\n", line: 4, message: "effort_hours: expected a number, found \"lots\""),
        Mistake(yaml: base + "requires: {a: b}\n", line: 4, message: "requires: expected a list of strings, found a mapping"),
        Mistake(
            yaml: base + "files:\n  - template: t\n    path: p\n    mode: overwrite\n", line: 7,
            message: "files[0].mode: expected one of managed, seed, merge-json, merge-yaml, append-lines, found \"overwrite\""),
        Mistake(yaml: base + "files:\n  - template: ../../etc/passwd\n    path: p\n", line: 5, message: "files[0].template: '..' climbs out"),
        Mistake(yaml: base + "files:\n  - path: p\n", line: 5, message: "files[0].template: missing"),
        Mistake(yaml: base + "when:\n  language: node\n", line: 5, message: "when.language: unknown key"),
        Mistake(yaml: base + "when:\n  any: []\n", line: 5, message: "when.any: expected a non-empty list"),
        Mistake(yaml: base + "files:\n  - template: t\n    path: p\n    when: {params.nope: x}\n", line: 7, message: "params.nope: unknown key"),
        Mistake(yaml: base + "tasks:\n  - name: build\n", line: 5, message: "tasks[0].run: missing"),
        Mistake(yaml: base + "summary: again\n", line: 3, message: "not valid YAML: duplicated key(s) summary"),
        Mistake(yaml: base + "files: [\n", line: 5, message: "not valid YAML"),
        Mistake(yaml: "- just\n- a list\n", line: 1, message: "expected a mapping with keys"),
        Mistake(yaml: base + "requires: [docker]\n", line: 4, message: "a brick cannot require itself"),
    ]

    @Test(arguments: mistakes)
    func mistakesNameFileLineAndShape(_ mistake: Mistake) {
        do {
            _ = try BrickManifestParser.parse(mistake.yaml, file: "Plugins/docker/brick.yaml")
            Issue.record("expected an error containing \(mistake.message)")
        } catch {
            #expect(error.file == "Plugins/docker/brick.yaml")
            #expect(error.line == mistake.line, "\(error)")
            #expect(error.description.contains(mistake.message), "\(error)")
            #expect(error.description.hasPrefix("Plugins/docker/brick.yaml:\(mistake.line): "))
            #expect(error.exitStatus == .usage)
        }
    }

    @Test func semanticVersionsOrderAsSemverSays() throws {
        let ordered = ["1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.10.0", "2.0.0"]
        let versions = try ordered.map { try #require(SemanticVersion($0)) }
        #expect(versions == versions.sorted())
        #expect(versions.map(\.description) == ordered)
        for bad in ["1", "1.0", "01.0.0", "1.0.0-", "1.0.0-01", "v1.0.0", "1.0.0.0", ""] { #expect(SemanticVersion(bad) == nil, "\(bad)") }
        #expect(SemanticVersion("1.0.0+build.5") == SemanticVersion("1.0.0"))
    }
}
