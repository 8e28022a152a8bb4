import GroundworkFormats
import Testing

@testable import GroundworkBricks

@Suite("composing bricks")
struct CompositionTests {
    static func library(_ specs: [(id: String, requires: [String], conflicts: [String])]) throws -> BrickLibrary {
        let folder = BrickFolder()
        for spec in specs {
            try folder.brick(
                spec.id,
                """
                id: \(spec.id)
                version: 1.0.0
                summary: \(spec.id)
                requires: [\(spec.requires.joined(separator: ", "))]
                conflicts: [\(spec.conflicts.joined(separator: ", "))]
                """)
        }
        return try folder.library()
    }

    @Test func requirementsComeFirstAndAreAdded() throws {
        let library = try Self.library([("k8s", ["docker"], []), ("docker", ["gitignore"], []), ("gitignore", [], []), ("ci", [], [])])
        #expect(try BrickComposer.order(["k8s", "ci"], library: library).map(\.id) == ["gitignore", "docker", "k8s", "ci"])
        #expect(try BrickComposer.order(["ci", "docker", "k8s"], library: library).map(\.id) == ["ci", "gitignore", "docker", "k8s"])
        #expect(try BrickComposer.order(["k8s"], library: library, alreadyApplied: ["docker"]).map(\.id) == ["k8s"], "an applied requirement is not applied again")
    }

    @Test func cyclesMissingBricksAndConflictsAreClearErrors() throws {
        let cyclic = try Self.library([("a", ["b"], []), ("b", ["c"], []), ("c", ["a"], [])])
        #expect(throws: BrickError(.composition, "bricks require each other in a cycle: a → b → c → a; remove one of these requirements")) {
            try BrickComposer.order(["a"], library: cyclic)
        }
        let missing = try Self.library([("k8s", ["docker"], [])])
        #expect { try BrickComposer.order(["k8s"], library: missing) } throws: { error in
            (error as? BrickError)?.message == "k8s requires docker, which is not available; add a source that has it with --bricks"
        }
        #expect(throws: BrickError(.composition, "unknown brick \"helm\"; available: k8s")) { try BrickComposer.order(["helm"], library: missing) }
        let rivals = try Self.library([("github-actions", [], ["gitlab-ci"]), ("gitlab-ci", [], [])])
        #expect { try BrickComposer.order(["gitlab-ci", "github-actions"], library: rivals) } throws: { error in
            (error as? BrickError)?.message == "github-actions conflicts with gitlab-ci, which is in the same run; apply only one of them"
        }
        #expect { try BrickComposer.order(["gitlab-ci"], library: rivals, alreadyApplied: ["github-actions"]) } throws: { error in
            (error as? BrickError)?.message.contains("gitlab-ci conflicts with github-actions, which is already applied") == true
        }
    }
}

@Suite("merging files by mode")
struct MergeTests {
    @Test func jsonKeysAreAddedInOrderAndExistingValuesWin() throws {
        let ours = """
            {
                "name": "orders-api",
                "version": 1.10,
                "scripts": {"start": "node src/index.js", "test": "jest"},
                "files": ["src"]
            }

            """
        let theirs = #"{"scripts": {"test": "node --test", "lint": "eslint ."}, "files": ["src", "dist"], "engines": {"node": ">=20"}}"#
        let merged = try JSONMerge.merge(base: nil, ours: ours, theirs: theirs, path: "package.json")
        #expect(
            merged == """
                {
                    "name": "orders-api",
                    "version": 1.10,
                    "scripts": {
                        "start": "node src/index.js",
                        "test": "jest",
                        "lint": "eslint ."
                    },
                    "files": [
                        "src",
                        "dist"
                    ],
                    "engines": {
                        "node": ">=20"
                    }
                }

                """)
        #expect(try JSONMerge.merge(base: nil, ours: merged, theirs: theirs, path: "package.json") == merged, "merging twice changes nothing")
        #expect { try JSONMerge.merge(base: nil, ours: "{\"a\": 1,\n}", theirs: theirs, path: "package.json") } throws: { error in
            let error = error as? BrickError
            return error?.line == 2 && error?.message.contains("not valid JSON") == true
        }
    }

    @Test func threeWayKeyMergeKeepsTheUsersChoices() throws {
        let base = #"{"scripts": {"build": "tsc", "lint": "eslint ."}, "keep": 1}"#
        let ours = #"{"scripts": {"build": "tsc -p prod"}, "keep": 1, "mine": true}"#
        let theirs = #"{"scripts": {"build": "tsc -b", "lint": "eslint . --max-warnings 0", "format": "prettier -w ."}}"#
        let merged = try JSONMerge.merge(base: base, ours: ours, theirs: theirs, path: "package.json")
        let value = try JSONParser.parse(merged).get()
        // The user changed build (kept), deleted lint (stays deleted); the brick added format and dropped keep (untouched by the user).
        #expect(
            value
                == JSONValue.object([
                    ("scripts", .object([("build", .string("tsc -p prod")), ("format", .string("prettier -w ."))])),
                    ("mine", .bool(true)),
                ]))
    }

    @Test func yamlMergeKeepsCommentsWhenItOnlyAdds() throws {
        let ours = """
            # The app and its database.
            services:
              app:
                build: .   # our own image
                ports:
                  - "3000:3000"
            volumes:
              data: {}
            """
        let theirs = """
            services:
              app:
                ports: ["3000:3000", "9229:9229"]
                environment:
                  DATABASE_URL: postgres://db/app
              db:
                image: postgres:16
            """
        let merged = try YAMLMerge.merge(base: nil, ours: ours, theirs: theirs, path: "compose.yaml")
        #expect(
            merged == """
                # The app and its database.
                services:
                  app:
                    build: .   # our own image
                    ports:
                      - "3000:3000"
                      - "9229:9229"
                    environment:
                      DATABASE_URL: postgres://db/app
                  db:
                    image: postgres:16
                volumes:
                  data: {}

                """)
        #expect(try YAMLMerge.merge(base: nil, ours: merged, theirs: theirs, path: "compose.yaml") == merged)
        #expect(throws: BrickError.self) { try YAMLMerge.merge(base: nil, ours: "- a list\n", theirs: theirs, path: "compose.yaml") }
    }

    @Test func appendLinesAddsOnlyWhatIsMissing() {
        #expect(LineMerge.merge(base: nil, ours: "dist/\nnode_modules/", theirs: "# Node\nnode_modules/\n.env\n") == "dist/\nnode_modules/\n# Node\n.env\n")
        #expect(LineMerge.merge(base: nil, ours: nil, theirs: "a\n") == "a\n")
        // On update, a line the user removed stays removed; a new one is appended.
        #expect(LineMerge.merge(base: "a\nb\n", ours: "a\nmine\n", theirs: "a\nb\nc\n") == "a\nmine\nc\n")
    }
}
