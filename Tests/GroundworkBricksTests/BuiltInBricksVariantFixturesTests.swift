import GroundworkTestSupport

extension StackFixture {
    /// Services on the package managers and frameworks the templates branch on, beyond the main fixtures.
    static let variants: [StackFixture] = [nodePnpm, pythonUv, springGradle, swiftHummingbird]

    static let nodePnpm = StackFixture(
        name: "node-pnpm", ecosystem: "node", isService: true,
        files: [
            "package.json": """
            {
              "name": "catalog",
              "private": true,
              "scripts": { "start": "node server.js", "test": "node --test" },
              "dependencies": { "fastify": "^4.26.0" }
            }
            """,
            "pnpm-lock.yaml": "lockfileVersion: '9.0'\n",
            "server.js": "const app = require('fastify')();\napp.get('/', async () => 'ok');\napp.listen({ port: 3100, host: '0.0.0.0' });\n",
            "server.test.js": "const test = require('node:test');\ntest('starts', () => {});\n",
        ])

    static let pythonUv = StackFixture(
        name: "python-uv", ecosystem: "python", isService: true,
        files: [
            "pyproject.toml": """
            [project]
            name = "search"
            version = "0.1.0"
            requires-python = ">=3.12"
            dependencies = ["fastapi>=0.110", "uvicorn>=0.29"]

            [dependency-groups]
            dev = ["pytest>=8"]
            """,
            "uv.lock": "version = 1\n",
            "main.py": """
            import uvicorn
            from fastapi import FastAPI

            app = FastAPI()

            if __name__ == "__main__":
                uvicorn.run(app, host="0.0.0.0", port=8002)
            """,
            "tests/test_main.py": "def test_main():\n    assert True\n",
        ])

    static let springGradle = StackFixture(
        name: "java-spring-gradle", ecosystem: "java", isService: true,
        files: [
            "settings.gradle.kts": "rootProject.name = \"billing\"\n",
            "build.gradle.kts": """
            plugins {
                java
                id("org.springframework.boot") version "3.2.4"
                id("io.spring.dependency-management") version "1.1.4"
            }

            java { toolchain { languageVersion = JavaLanguageVersion.of(17) } }

            dependencies {
                implementation("org.springframework.boot:spring-boot-starter-web")
                testImplementation("org.springframework.boot:spring-boot-starter-test")
            }
            """,
            "src/main/java/com/acme/billing/BillingApplication.java": """
            package com.acme.billing;

            import org.springframework.boot.SpringApplication;
            import org.springframework.boot.autoconfigure.SpringBootApplication;

            @SpringBootApplication
            public class BillingApplication {
                public static void main(String[] args) { SpringApplication.run(BillingApplication.class, args); }
            }
            """,
            "src/test/java/com/acme/billing/BillingApplicationTests.java": "class BillingApplicationTests {}\n",
        ])

    static let swiftHummingbird = StackFixture(
        name: "swift-hummingbird", ecosystem: "swift", isService: true,
        files: [
            "Package.swift": """
            // swift-tools-version: 6.0
            import PackageDescription

            let package = Package(
                name: "Notes",
                dependencies: [.package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.0.0")],
                targets: [
                    .executableTarget(name: "Notes", dependencies: [.product(name: "Hummingbird", package: "hummingbird")]),
                    .testTarget(name: "NotesTests", dependencies: ["Notes"]),
                ]
            )
            """,
            ".swift-version": "6.0.1\n",
            "Sources/Notes/main.swift":
                "import Hummingbird\n\nlet router = Router()\nlet app = Application(router: router, configuration: .init(address: .hostname(\"0.0.0.0\", port: 8080)))\ntry await app.runService()\n",
            "Tests/NotesTests/NotesTests.swift": "import Testing\n\n@Test func starts() {}\n",
        ])
}
