import Foundation
import GroundworkAuditModel
import Testing

@testable import GroundworkBricks

@Suite("facts, predicates and parameters")
struct PredicateAndParameterTests {
    static func expressStack(ports: [Int] = [], runtime: String? = "v20.11.1", ci: [String] = []) -> Stack {
        var stack = Stack()
        var package = StackPackage(path: "", name: "@acme/Orders API", ecosystem: "node", packageManager: "pnpm", manifest: "package.json")
        package.frameworks = ["express"]
        package.kind = .service
        package.runtimeVersion = runtime
        package.ports = ports
        package.entrypoints = ["src/index.js"]
        package.testCommand = "pnpm test"
        package.lockfile = "pnpm-lock.yaml"
        stack.packages = [package]
        stack.ciSystems = ci.map { CISystem(name: $0, files: []) }
        return stack
    }

    static func facts(_ stack: Stack = expressStack()) -> BrickFacts {
        BrickFacts(stack: stack, folderName: "orders", holder: "Acme Ltd", now: ISO8601DateFormatter().date(from: "2026-05-01T00:00:00Z")!)
    }

    @Test func factsComeFromTheStack() {
        let facts = Self.facts()
        #expect(facts.projectName == "@acme/Orders API")
        #expect(facts.projectSlug == "orders-api")
        #expect(facts.year == 2026)
        #expect(facts.runtimeVersion == "20.11.1" && facts.runtimeMajor == "20" && facts.runtimeMajorMinor == "20.11")
        #expect(facts.port == 3000, "express's default port")
        #expect(Self.facts(Self.expressStack(ports: [8081])).port == 8081)
        #expect(Self.facts(Self.expressStack(runtime: nil)).runtimeVersion == "22", "the default when nothing is asked for")
        #expect(facts.installCommand == "pnpm install --frozen-lockfile")
        let context = facts.templateContext(parameters: ["port": .int(9000), "registry": .string("")], service: nil)
        let rendered = try? TemplateRenderer.render(
            """
            {{project.name}}|{{project.holder}}|{{stack.ecosystem}}|{{stack.package_manager}}|{{stack.port}}|{{params.port}}|\
            {{#is_node}}node{{/is_node}}{{#is_go}}go{{/is_go}}|{{#is_pnpm}}pnpm{{/is_pnpm}}|{{^stack.lint_command}}no lint{{/stack.lint_command}}|\
            {{^params.registry}}no registry{{/params.registry}}|{{service.path}}|{{#stack.frameworks}}{{.}}{{/stack.frameworks}}|<&>
            """, file: "t", context: context)
        #expect(rendered == "@acme/Orders API|Acme Ltd|node|pnpm|3000|9000|node|pnpm|no lint|no registry|.|express|<&>")
    }

    @Test func predicatesMatchFacts() throws {
        let facts = Self.facts(Self.expressStack(ci: ["github-actions"])).predicateFacts
        func holds(_ yaml: String, parameters: [String: ParameterValue] = [:]) throws -> Bool {
            let node = try #require(try ManifestReader.compose(yaml, file: "t"))
            let predicate = try BrickPredicate.parse(node, "when", reader: ManifestReader(file: "t"), parameters: ["base", "db"])
            return predicate.holds(facts.adding(parameters: parameters))
        }
        #expect(try holds("{ecosystem: node}"))
        #expect(try holds("{ecosystem: [python, node], is_service: true}"))
        #expect(try !holds("{ecosystem: [python, go]}"))
        #expect(try holds("{framework: express, package_manager: pnpm}"))
        #expect(try holds("{any: [{package_manager: npm}, {package_manager: pnpm}]}"))
        #expect(try !holds("{any: [{package_manager: npm}, {package_manager: yarn}]}"))
        #expect(try holds("{not: {ci: gitlab-ci}}"))
        #expect(try !holds("{not: {ci: github-actions}}"))
        #expect(try holds("{monorepo: none}"), "a fact without a value matches none")
        #expect(try holds("{is_node: true, is_go: false, typescript: no}"))
        #expect(try holds("{params.base: debian}", parameters: ["base": .string("debian")]))
        #expect(try !holds("{params.db: true}", parameters: ["db": .bool(false)]))
    }

    @Test func parameterValuesAreValidated() {
        let port = BrickParameter(name: "port", kind: .int, minimum: 1, maximum: 65535)
        #expect(port.parse("8080") == .success(.int(8080)))
        #expect(port.parse("0") == .failure(ParameterProblem("expected at least 1, found 0")))
        #expect(port.parse("70000") == .failure(ParameterProblem("expected at most 65535, found 70000")))
        #expect(port.parse("http") == .failure(ParameterProblem("expected a whole number, found \"http\"")))
        let base = BrickParameter(name: "base", kind: .enum, values: ["debian", "alpine"])
        #expect(base.parse("alpine") == .success(.string("alpine")))
        #expect(base.parse("ubuntu") == .failure(ParameterProblem("expected one of debian, alpine, found \"ubuntu\"")))
        let registry = BrickParameter(name: "registry", kind: .string, pattern: "^[a-z0-9./-]*$")
        #expect(registry.parse("ghcr.io/acme") == .success(.string("ghcr.io/acme")))
        #expect(registry.parse("GHCR.io") == .failure(ParameterProblem("expected text matching ^[a-z0-9./-]*$, found \"GHCR.io\"")))
        let flag = BrickParameter(name: "ingress", kind: .bool)
        #expect(flag.parse("yes") == .success(.bool(true)))
        #expect(flag.parse("maybe") == .failure(ParameterProblem("expected true or false, found \"maybe\"")))
        let list = BrickParameter(name: "services", kind: .list, pattern: "^(postgres|redis)$")
        #expect(list.parse("postgres, redis") == .success(.list(["postgres", "redis"])))
        #expect(list.parse("postgres,mysql") == .failure(ParameterProblem("expected items matching ^(postgres|redis)$, found \"mysql\"")))
    }

    @Test func parametersResolveFromDefaultsOverridesAndTheLock() throws {
        let folder = BrickFolder()
        try BrickFixtures.dockerBricks(in: folder)
        let library = try folder.library()
        let docker = try library.require("docker")
        let facts = Self.facts(Self.expressStack(ports: [4000]))
        #expect(try ParameterResolver.resolve(docker, facts: facts) == ["port": .int(4000), "base": .string("debian")])
        #expect(try ParameterResolver.resolve(docker, facts: facts, overrides: ["port": "8080"]) == ["port": .int(8080), "base": .string("debian")])
        #expect(try ParameterResolver.resolve(docker, facts: facts, locked: ["base": .string("alpine")])["base"] == .string("alpine"))

        let bricks = [docker, try library.require("gitignore")]
        #expect(try ParameterResolver.parse(["docker.port=81", "docker.base=alpine"], bricks: bricks) == ["docker": ["port": "81", "base": "alpine"]])
        #expect(throws: BrickError(.parameter, "--param nginx.port=80: nginx is not a brick of this run; expected one of docker, gitignore")) {
            try ParameterResolver.parse(["nginx.port=80"], bricks: bricks)
        }
        #expect(throws: BrickError(.parameter, "--param docker.size=3: docker has no parameter size; its parameters are port, base")) {
            try ParameterResolver.parse(["docker.size=3"], bricks: bricks)
        }
        #expect(throws: BrickError(.parameter, "--param docker.port=99999: expected at most 65535, found 99999")) {
            try ParameterResolver.resolve(docker, facts: facts, overrides: ["port": "99999"])
        }
        #expect(throws: BrickError.self) { try ParameterResolver.parse(["docker-port"], bricks: bricks) }
    }
}
