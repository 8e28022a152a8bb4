import GroundworkAuditModel
import GroundworkTestSupport
import Testing

/// More shapes from real repositories (an Nx standalone Express API, nx-examples, go-chi, a Django
/// styleguide, microblog, create-t3-turbo, koel, pinia, encore examples, groundwork itself) that came
/// out wrong: each one kept as a tiny hand-written fixture.
@Suite("Real-world stack shapes")
struct RealWorldStackShapeTests {
    @Test("an Nx standalone project is the root package, and its e2e project is not a package")
    func nxStandaloneProject() throws {
        let stack = try detectStack([
            "package.json":
                "{\"name\": \"@api/source\", \"private\": true, \"scripts\": {\"start\": \"nx serve\"}, \"dependencies\": {\"express\": \"~4.18.1\"}, \"devDependencies\": {\"nx\": \"17.2.6\"}}\n",
            "package-lock.json": "{\"lockfileVersion\": 3}\n",
            "nx.json": "{\"targetDefaults\": {}}\n",
            "project.json": "{\"name\": \"api\", \"projectType\": \"application\", \"targets\": {\"build\": {\"options\": {\"main\": \"src/main.ts\"}}}}\n",
            "src/main.ts": "import express from 'express'\nconst app = express()\napp.listen(3000)\n",
            "e2e/project.json": "{\"name\": \"e2e\", \"projectType\": \"application\"}\n",
            "e2e/src/server/server.spec.ts": "it('answers', () => {})\n",
        ])
        let package = try stack.onlyPackage()
        #expect(package.path == "")
        #expect(package.frameworks == ["express"])
        #expect(package.kind == .service)
        #expect(package.entrypoints == ["src/main.ts"])
        #expect(stack.monorepo == nil, "one package is not a monorepo")
    }

    @Test("integrated Nx: projects take the root's dependencies, and `-e2e` projects are test suites")
    func nxIntegratedWorkspace() throws {
        let stack = try detectStack([
            "package.json":
                "{\"name\": \"@acme/source\", \"private\": true, \"workspaces\": [\"apps/*\"], \"dependencies\": {\"react\": \"18.3.1\", \"@angular/core\": \"19.0.0\"}, \"devDependencies\": {\"nx\": \"20.0.0\"}}\n",
            "nx.json": "{}\n",
            "apps/cart/package.json": "{\"name\": \"@acme/cart\", \"private\": true, \"devDependencies\": {\"@acme/ui\": \"workspace:*\"}}\n",
            "apps/cart/project.json": "{\"name\": \"cart\", \"projectType\": \"application\"}\n",
            "apps/cart/src/main.tsx": "import React from 'react'\nimport { createRoot } from 'react-dom/client'\n",
            "apps/products/project.json": "{\"name\": \"products\", \"projectType\": \"application\"}\n",
            "apps/products/src/main.ts": "import { bootstrapApplication } from '@angular/platform-browser'\nimport { Component } from '@angular/core'\n",
            "apps/cart-e2e/package.json": "{\"name\": \"@acme/cart-e2e\", \"private\": true}\n",
            "apps/cart-e2e/project.json": "{\"name\": \"cart-e2e\", \"projectType\": \"application\"}\n",
            "apps/cart-e2e/src/app.cy.ts": "describe('cart', () => {})\n",
        ])
        #expect(stack.packages.map(\.path) == ["apps/cart", "apps/products"])
        #expect(try stack.package(at: "apps/cart").frameworks == ["react"])
        #expect(try stack.package(at: "apps/products").frameworks == ["angular"])
    }

    @Test("a Go router whose examples live in _examples is a library; the examples are not packages")
    func goLibraryWithUnderscoreExamples() throws {
        let stack = try detectStack([
            "go.mod": "module github.com/acme/router/v5\n\ngo 1.23\n",
            "router.go": "package router\n\nfunc NewRouter() *Mux { return &Mux{} }\n",
            "router_test.go": "package router\n",
            "_examples/hello-world/main.go": "package main\n\nimport \"net/http\"\n\nfunc main() { http.ListenAndServe(\":3333\", nil) }\n",
            "_examples/rest/go.mod": "module rest-example\n\ngo 1.16\n\nrequire github.com/go-chi/chi/v5 v5.0.0\n",
            "_examples/rest/main.go": "package main\n\nfunc main() {}\n",
        ])
        let package = try stack.onlyPackage()
        #expect(package.kind == .library)
        #expect(package.entrypoints.isEmpty)
        #expect(package.ports.isEmpty)
    }

    @Test("a Django settings module called setup.py is not a Python distribution")
    func settingsModuleNamedSetup() throws {
        let stack = try detectStack([
            "requirements.txt": "Django==5.0.3\n",
            "manage.py": "import django\n",
            "config/settings/loggers/settings.py": "LOGGING = {}\n",
            "config/settings/loggers/setup.py": "def setup_loggers(level):\n    return level\n",
        ])
        #expect(stack.packages.map(\.path) == [""])
    }

    @Test("a Flask app built by a factory starts from the module FLASK_APP names; tests.py holds its tests")
    func flaskFactory() throws {
        let stack = try detectStack([
            "requirements.txt": "flask==3.0.3\ngunicorn==22.0.0\n",
            ".flaskenv": "FLASK_APP=microblog.py\n",
            "microblog.py": "from app import create_app\n\napp = create_app()\n",
            "app/__init__.py": "from flask import Flask\n\ndef create_app():\n    app = Flask(__name__)\n    return app\n",
            "tests.py": "import unittest\n",
            "Procfile": "web: gunicorn microblog:app\n",
        ])
        let package = try stack.onlyPackage()
        #expect(package.entrypoints.first == "microblog.py")
        #expect(package.testCommand == "python -m unittest")
    }

    @Test("a Swift command-line tool whose code mentions ports and `@main` in strings is not a service")
    func swiftCommandLineTool() throws {
        let stack = try detectStack([
            "Package.swift": """
            // swift-tools-version: 6.2
            import PackageDescription
            let package = Package(
                name: "auditor",
                products: [.executable(name: "auditor", targets: ["auditor"])],
                dependencies: [.package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")],
                targets: [.target(name: "Checks"), .executableTarget(name: "auditor", dependencies: ["Checks"])]
            )
            """,
            "Sources/auditor/Entrypoint.swift": "import ArgumentParser\n\n@main\nstruct Auditor: ParsableCommand {}\n",
            "Sources/Checks/Pinned.swift": "let example = \"uses: actions/checkout@main\"\nlet defaultPort = \"EXPOSE 8080\"\n",
        ])
        let package = try stack.onlyPackage()
        #expect(package.kind == .unknown)
        #expect(package.entrypoints == ["Sources/auditor/Entrypoint.swift"])
        #expect(package.ports.isEmpty)
    }

    @Test("Dockerfile.swift is source code and Dockerfile.node.mustache a template: neither is a Dockerfile")
    func dockerfileLookAlikes() throws {
        let stack = try detectStack([
            "Sources/Docker/Dockerfile.swift": "struct Dockerfile {}\n",
            "Plugins/docker/templates/Dockerfile.node.mustache": "FROM node:{{version}}\n",
            "deploy/Dockerfile.prod": "FROM node:22-alpine\n",
        ])
        #expect(stack.delivery.dockerfiles == ["deploy/Dockerfile.prod"])
    }

    @Test("an Expo app ships to app stores: it is neither a service nor a library")
    func expoApp() throws {
        let stack = try detectStack([
            "package.json":
                "{\"name\": \"@acme/expo\", \"private\": true, \"main\": \"index.ts\", \"scripts\": {\"dev\": \"expo start\"}, \"dependencies\": {\"expo\": \"~54.0.0\", \"react\": \"19.1.0\", \"react-native\": \"0.81.0\"}}\n",
            "index.ts": "import 'expo-router/entry'\n",
        ])
        let package = try stack.onlyPackage()
        #expect(package.kind == .unknown)
        #expect(package.frameworks.contains("expo"))
    }

    @Test("a Vue front end bundled into the Laravel app beside it is that app's assets, not a service")
    func laravelAssets() throws {
        let stack = try detectStack([
            "composer.json": "{\"name\": \"acme/music\", \"require\": {\"laravel/framework\": \"^12.0\"}}\n",
            "artisan": "#!/usr/bin/env php\n<?php\n",
            "public/index.php": "<?php\n",
            "package.json":
                "{\"name\": \"music\", \"scripts\": {\"dev\": \"vite\", \"build\": \"vite build\"}, \"dependencies\": {\"vue\": \"^3.5.0\"}, \"devDependencies\": {\"vite\": \"^7.0.0\"}}\n",
            "resources/assets/js/app.ts": "import { createApp } from 'vue'\n",
        ])
        #expect(try #require(stack.packages.first { $0.ecosystem == "node" }).kind == .unknown)
        #expect(try #require(stack.packages.first { $0.ecosystem == "php" }).kind == .service)
    }

    @Test("entrypoints are committed files or built from one; a stale main is left out")
    func nodeEntrypoints() throws {
        let stack = try detectStack([
            "package.json":
                "{\"name\": \"api\", \"main\": \"app.js\", \"scripts\": {\"start\": \"npm run build && node dist/server.js\", \"build\": \"tsc\"}, \"dependencies\": {\"fastify\": \"^5.0.0\"}}\n",
            "src/server.ts": "import Fastify from 'fastify'\nconst app = Fastify()\napp.listen({ port: 3000 })\n",
            "src/app.ts": "export default async function app() {}\n",
        ])
        let package = try stack.onlyPackage()
        #expect(package.entrypoints.first == "dist/server.js")
        #expect(!package.entrypoints.contains("app.js"))
    }

    @Test("a library's online playground is a sample, not a service that wants an image")
    func libraryPlayground() throws {
        let stack = try detectStack([
            "package.json": "{\"private\": true, \"workspaces\": [\"packages/*\"]}\n",
            "packages/store/package.json": "{\"name\": \"store\", \"main\": \"index.js\", \"peerDependencies\": {\"vue\": \"^3\"}}\n",
            "packages/store/index.js": "module.exports = {}\n",
            "packages/online-playground/package.json":
                "{\"name\": \"@store/playground\", \"scripts\": {\"dev\": \"vite\", \"build\": \"vite build\"}, \"dependencies\": {\"vue\": \"^3\"}, \"devDependencies\": {\"vite\": \"^7\"}}\n",
            "packages/online-playground/src/main.ts": "import { createApp } from 'vue'\n",
        ])
        #expect(stack.packages.map(\.path) == ["packages/store"])
        #expect(stack.services.isEmpty)
    }

    @Test("an Encore Go app has no main package of its own but is a service")
    func encoreApp() throws {
        let stack = try detectStack([
            "go.mod": "module encore.app\n\ngo 1.26\n\nrequire encore.dev v1.52.0\n",
            "go.sum": "encore.dev v1.52.0 h1:x\n",
            "hello/hello.go": "package hello\n\n//encore:api public path=/hello/:name\nfunc World(ctx context.Context, name string) (*Response, error) { return nil, nil }\n",
        ])
        let package = try stack.onlyPackage()
        #expect(package.frameworks == ["encore"])
        #expect(package.kind == .service)
    }

    @Test("a Dockerfile that runs the browser tests does not make a library a service")
    func testImageIsNotDelivery() throws {
        let stack = try detectStack([
            "package.json": "{\"name\": \"widgets\", \"main\": \"index.js\", \"files\": [\"index.js\"]}\n",
            "index.js": "module.exports = {}\n",
            "Dockerfile.playwright": "FROM mcr.microsoft.com/playwright:v1.50.0-noble\n",
        ])
        #expect(try stack.onlyPackage().kind == .library)
    }
}
