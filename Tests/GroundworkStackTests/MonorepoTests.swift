import GroundworkAuditModel
import GroundworkTestSupport
import Testing

@Suite("Monorepos: one package per member")
struct MonorepoTests {
    @Test("npm workspaces: members by glob, the root lockfile shared, the root not a package")
    func npmWorkspaces() throws {
        let stack = try detectStack([
            "package.json": "{\"name\": \"acme\", \"private\": true, \"workspaces\": [\"packages/*\", \"apps/*\", \"!apps/legacy\"]}\n",
            "package-lock.json": "{}\n",
            ".nvmrc": "20\n",
            "packages/ui/package.json": "{\"name\": \"@acme/ui\", \"main\": \"index.js\", \"scripts\": {\"test\": \"vitest\"}}\n",
            "packages/ui/index.js": "export const Button = 1;\n",
            "apps/api/package.json": "{\"name\": \"@acme/api\", \"scripts\": {\"start\": \"node src/server.js\"}, \"dependencies\": {\"express\": \"^4.19.2\", \"@acme/ui\": \"*\"}}\n",
            "apps/api/src/server.js": "const app = require('express')();\napp.listen(3000);\n",
            "apps/legacy/package.json": "{\"name\": \"legacy\"}\n",
        ])
        #expect(stack.monorepo == "npm-workspaces")
        #expect(stack.packages.map(\.path) == ["apps/api", "apps/legacy", "packages/ui"], "legacy is not a member, but still a package")
        let api = try stack.package(at: "apps/api")
        #expect(api.name == "@acme/api")
        #expect(api.kind == .service)
        #expect(api.lockfile == "package-lock.json")
        #expect(api.runtimeVersion == "20", "the root .nvmrc applies to members")
        #expect(api.entrypoints.first == "apps/api/src/server.js")
        #expect(api.ports == [3000])
        let ui = try stack.package(at: "packages/ui")
        #expect(ui.kind == .library)
        #expect(ui.packageManager == "npm")
        #expect(stack.services.map(\.path) == ["apps/api"])
    }

    @Test("yarn workspaces declared as an object with packages")
    func yarnWorkspaces() throws {
        let stack = try detectStack([
            "package.json": "{\"private\": true, \"workspaces\": {\"packages\": [\"libs/**\"]}}\n",
            "yarn.lock": "\n",
            "libs/a/package.json": "{\"name\": \"a\", \"main\": \"index.js\"}\n",
            "libs/group/b/package.json": "{\"name\": \"b\", \"main\": \"index.js\"}\n",
        ])
        #expect(stack.monorepo == "yarn-workspaces")
        #expect(stack.packages.map(\.name) == ["a", "b"])
        #expect(stack.packages.allSatisfy { $0.packageManager == "yarn" && $0.lockfile == "yarn.lock" })
    }

    @Test("pnpm workspaces from pnpm-workspace.yaml, with Turborepo over them")
    func pnpmAndTurborepo() throws {
        let files: [String: FixtureContent] = [
            "package.json": "{\"name\": \"root\", \"private\": true, \"scripts\": {\"build\": \"turbo build\"}}\n",
            "pnpm-workspace.yaml": "packages:\n  - 'apps/*'\n  - \"libs/*\"\n",
            "pnpm-lock.yaml": "lockfileVersion: '9.0'\n",
            "apps/web/package.json":
                "{\"name\": \"web\", \"private\": true, \"scripts\": {\"dev\": \"next dev\", \"build\": \"next build\", \"start\": \"next start\"}, \"dependencies\": {\"next\": \"14.2.3\", \"react\": \"18.3.1\"}}\n",
            "apps/web/app/page.tsx": "export default function Page() { return null; }\n",
            "libs/utils/package.json": "{\"name\": \"utils\", \"main\": \"src/index.ts\", \"private\": true}\n",
            "libs/utils/src/index.ts": "export const id = <T>(x: T) => x;\n",
        ]
        let pnpm = try detectStack(files)
        #expect(pnpm.monorepo == "pnpm-workspaces")
        #expect(pnpm.packages.map(\.path) == ["apps/web", "libs/utils"])
        #expect(pnpm.packages.allSatisfy { $0.packageManager == "pnpm" && $0.lockfile == "pnpm-lock.yaml" })
        #expect(try pnpm.package(at: "apps/web").kind == .service)
        #expect(try pnpm.package(at: "apps/web").ports == [3000], "Next.js's default")
        #expect(try pnpm.package(at: "libs/utils").kind == .library)

        let turbo = try detectStack(files.merging(["turbo.json": "{\"pipeline\": {}}\n"]) { $1 })
        #expect(turbo.monorepo == "turborepo")
        #expect(turbo.packages.count == 2)
    }

    @Test("Nx projects described only by project.json")
    func nxProjects() throws {
        let stack = try detectStack([
            "package.json": "{\"name\": \"shop\", \"private\": true, \"dependencies\": {\"express\": \"^4.19.2\"}}\n",
            "nx.json": "{\"targetDefaults\": {}}\n",
            "package-lock.json": "{}\n",
            "apps/api/project.json": "{\"name\": \"api\", \"projectType\": \"application\", \"targets\": {\"build\": {}, \"serve\": {}, \"test\": {}}}\n",
            "apps/api/src/main.ts": "import express from 'express';\nconst app = express();\napp.listen(3333);\n",
            "libs/models/project.json": "{\"name\": \"models\", \"projectType\": \"library\", \"targets\": {\"lint\": {}}}\n",
            "libs/models/src/index.ts": "export interface Order { id: string }\n",
        ])
        #expect(stack.monorepo == "nx")
        #expect(stack.packages.map(\.path) == ["apps/api", "libs/models"])
        let api = try stack.package(at: "apps/api")
        #expect(api.manifest == "apps/api/project.json")
        #expect(api.kind == .service)
        #expect(api.ports == [3333])
        #expect(api.testCommand == "npx nx test api")
        #expect(try stack.package(at: "libs/models").kind == .library)
        #expect(try stack.package(at: "libs/models").lintCommand == "npx nx lint models")
    }

    @Test("go.work: one package per used module")
    func goWork() throws {
        let stack = try detectStack([
            "go.work": "go 1.22\n\nuse (\n\t./services/api\n\t./libs/auth // shared\n)\n",
            "services/api/go.mod": "module example.com/api\n\ngo 1.22\n",
            "services/api/main.go": "package main\n\nimport \"net/http\"\n\nfunc main() { http.ListenAndServe(\":9000\", nil) }\n",
            "libs/auth/go.mod": "module example.com/auth\n\ngo 1.21\n",
            "libs/auth/auth.go": "package auth\n",
        ])
        #expect(stack.monorepo == "go-work")
        #expect(stack.packages.map(\.path) == ["libs/auth", "services/api"])
        #expect(try stack.package(at: "services/api").kind == .service)
        #expect(try stack.package(at: "services/api").ports == [9000])
        #expect(try stack.package(at: "libs/auth").kind == .library)
        #expect(try stack.package(at: "libs/auth").runtimeVersion == "1.21")
    }

    @Test("a Cargo workspace: a virtual root and its member crates")
    func cargoWorkspace() throws {
        let stack = try detectStack([
            "Cargo.toml": "[workspace]\nresolver = \"2\"\nmembers = [\n    \"crates/*\",\n]\nexclude = [\"crates/scratch\"]\n",
            "Cargo.lock": "version = 3\n",
            "crates/server/Cargo.toml": "[package]\nname = \"server\"\nversion = \"0.1.0\"\n\n[dependencies]\naxum = { workspace = true }\n",
            "crates/server/src/main.rs": "fn main() { let addr = SocketAddr::from(([0, 0, 0, 0], 8000)); }\n",
            "crates/core/Cargo.toml": "[package]\nname = \"core\"\nversion = \"0.1.0\"\n",
            "crates/core/src/lib.rs": "pub fn add(a: i32, b: i32) -> i32 { a + b }\n",
            "crates/scratch/Cargo.toml": "[package]\nname = \"scratch\"\n",
        ])
        #expect(stack.monorepo == "cargo-workspace")
        #expect(stack.packages.map(\.name) == ["core", "scratch", "server"], "excluded crates are still crates, the virtual root is not")
        let server = try stack.package(at: "crates/server")
        #expect(server.kind == .service)
        #expect(server.frameworks == ["axum"])
        #expect(server.lockfile == "Cargo.lock")
        #expect(server.ports == [8000])
        #expect(try stack.package(at: "crates/core").kind == .library)
    }

    @Test("Maven modules: the aggregator pom is not a package, each module is")
    func mavenModules() throws {
        let stack = try detectStack([
            "pom.xml": """
            <project>
              <groupId>com.acme</groupId>
              <artifactId>platform</artifactId>
              <packaging>pom</packaging>
              <modules>
                <module>api</module>
                <module>common</module>
              </modules>
              <properties><maven.compiler.release>17</maven.compiler.release></properties>
            </project>
            """,
            "api/pom.xml": """
            <project>
              <parent><groupId>com.acme</groupId><artifactId>platform</artifactId></parent>
              <artifactId>api</artifactId>
              <dependencies>
                <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency>
                <dependency><groupId>com.acme</groupId><artifactId>common</artifactId></dependency>
              </dependencies>
            </project>
            """,
            "api/src/main/java/com/acme/api/ApiApplication.java": "@SpringBootApplication\npublic class ApiApplication {}\n",
            "common/pom.xml": "<project>\n  <artifactId>common</artifactId>\n  <properties><java.version>17</java.version></properties>\n</project>\n",
            "common/src/main/java/com/acme/common/Money.java": "public record Money(long cents) {}\n",
        ])
        #expect(stack.monorepo == "maven-modules")
        #expect(stack.packages.map(\.name) == ["api", "common"])
        #expect(try stack.package(at: "api").kind == .service)
        #expect(try stack.package(at: "api").frameworks == ["spring-boot"])
        #expect(try stack.package(at: "common").kind == .library)
        #expect(try stack.package(at: "common").runtimeVersion == "17")
    }

    @Test("unrelated packages side by side make no monorepo")
    func polyglotWithoutTool() throws {
        let stack = try detectStack([
            "web/package.json": "{\"name\": \"web\", \"private\": true, \"scripts\": {\"start\": \"vite\"}}\n",
            "api/go.mod": "module example.com/api\n\ngo 1.22\n",
            "api/main.go": "package main\n\nfunc main() {}\n",
            "examples/demo/package.json": "{\"name\": \"demo\"}\n",
        ])
        #expect(stack.monorepo == nil)
        #expect(stack.packages.map(\.path) == ["api", "web"], "examples are not packages")
    }
}
