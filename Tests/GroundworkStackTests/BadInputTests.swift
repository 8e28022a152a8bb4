import Foundation
import GroundworkAuditModel
import GroundworkStack
import GroundworkTestSupport
import Testing

@Suite("Bad input")
struct BadInputTests {
    @Test("binary, malformed and truncated manifests do not stop detection")
    func malformedManifests() throws {
        let stack = try detectStack([
            "web/package.json": .binary(count: 300),
            "api/pyproject.toml": "[project\nname = \"api\"\ndependencies = [\"fastapi\"\n",
            "api/main.py": "from fastapi import FastAPI\napp = FastAPI()\n",
            "crate/Cargo.toml": "[package]\nname = \"c\" = broken\n[[bin\n",
            "crate/src/main.rs": "fn main() {}\n",
            "svc/go.mod": "module\n\ngo\n\nrequire (\n",
            "svc/main.go": "package main\n\nfunc main() {}\n",
            "java/pom.xml": "<project><artifactId>unclosed",
            "ruby/Gemfile": "gem \"rails",
            "php/composer.json": "[1, 2, 3]",
            "deploy/bad.yaml": "apiVersion: v1\nkind: Pod\nspec: *undefined_alias\n",
            "docker-compose.yml": "services: [this is not a mapping\n",
            "pnpm-workspace.yaml": "packages: {{ nope\n",
            "LICENSE": .binary(count: 100),
        ])
        #expect(stack.packages.map(\.path) == ["api", "crate", "java", "php", "ruby", "svc", "web"])
        #expect(try stack.package(at: "api").kind == .service, "the FastAPI app is still found")
        #expect(try stack.package(at: "svc").name == "svc")
        #expect(try stack.package(at: "java").name == "java")
        #expect(stack.delivery.composeServices.isEmpty)
        #expect(stack.delivery.kubernetesManifests.isEmpty)
        #expect(stack.license == LicenseFact(path: "LICENSE", spdx: nil))
    }

    @Test("hostile nesting in YAML, TOML and JSON is refused, not recursed into")
    func hostileNesting() throws {
        let brackets = String(repeating: "[", count: 200_000)
        let indented = (0..<500).map { String(repeating: " ", count: $0) + "k\($0):" }.joined(separator: "\n")
        let stack = detectStack(texts: [
            "docker-compose.yml": "services: " + brackets + "\n",
            "deploy/pod.yaml": "apiVersion: v1\nkind: Pod\nspec: " + brackets + "\n",
            "deploy/deep.yaml": "apiVersion: v1\nkind: ConfigMap\n" + indented + "\n",
            "pnpm-workspace.yaml": "packages: " + brackets + "\n",
            "Cargo.toml": "[package]\nname = \"deep\"\nx = " + brackets + "\n",
            "src/main.rs": "fn main() {}\n",
            "web/package.json": "{\"name\": \"web\", \"x\": " + brackets + "}\n",
            "LICENSE": LicenseTexts.mit,
        ])
        #expect(stack.delivery.composeFiles == ["docker-compose.yml"])
        #expect(stack.delivery.composeServices.isEmpty)
        #expect(stack.delivery.kubernetesManifests.isEmpty)
        #expect(stack.packages.map(\.path) == ["", "web"])
        #expect(try stack.package(at: "").name == "deep", "the lines before the hostile one are still read")
        #expect(stack.license?.spdx == "MIT")
    }

    @Test("an empty snapshot has an empty stack")
    func emptySnapshot() {
        #expect(detectStack(texts: [:]) == Stack())
    }

    @Test("symlinks and submodules are not read as manifests")
    func symlinks() throws {
        let stack = try detectStack([
            "package.json": .symlink(target: "other/package.json"),
            "LICENSE": .symlink(target: "docs/LICENSE"),
            "main.go": "package main\n",
        ])
        #expect(stack.packages.isEmpty)
        #expect(stack.languages.map(\.name) == ["Go"])
    }

    @Test("detection stays linear on a large tree")
    func largeTree() {
        var texts: [String: String] = [:]
        for module in 0..<200 {
            texts["packages/m\(module)/package.json"] = "{\"name\": \"m\(module)\", \"main\": \"index.js\"}"
            for file in 0..<50 {
                texts["packages/m\(module)/src/f\(file).js"] = "export const v\(file) = \(file);\n"
            }
            for file in 0..<50 {
                texts["packages/m\(module)/node_modules/dep/f\(file).js"] = "module.exports = 1;\n"
            }
        }
        texts["package.json"] = "{\"private\": true, \"workspaces\": [\"packages/*\"]}"
        let clock = ContinuousClock()
        var stack = Stack()
        let elapsed = clock.measure { stack = detectStack(texts: texts) }
        #expect(stack.packages.count == 200)
        #expect(stack.language("JavaScript")?.files == 10_000)
        // 20 000 files: a quadratic pass would take minutes; a linear one takes seconds even in debug builds.
        #expect(elapsed < .seconds(30), "took \(elapsed)")
    }
}
