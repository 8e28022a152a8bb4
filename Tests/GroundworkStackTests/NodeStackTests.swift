import GroundworkAuditModel
import GroundworkTestSupport
import Testing

@Suite("Node stacks")
struct NodeStackTests {
    @Test("an Express service in TypeScript")
    func expressTypeScriptService() throws {
        let stack = try detectStack([
            "package.json": """
            {
              "name": "orders-api",
              "private": true,
              "main": "dist/index.js",
              "scripts": { "build": "tsc", "start": "node dist/index.js", "dev": "ts-node src/index.ts", "test": "jest", "lint": "eslint ." },
              "engines": { "node": ">=20" },
              "dependencies": { "express": "^4.19.2" },
              "devDependencies": { "typescript": "^5.4.0", "@types/express": "^4.17.21", "jest": "^29.7.0" }
            }
            """,
            "package-lock.json": "{\"lockfileVersion\": 3}\n",
            ".nvmrc": "v20.11.1\n",
            "tsconfig.json": "{\"compilerOptions\": {\"strict\": true, \"outDir\": \"dist\"}}\n",
            "src/index.ts": """
            import express from 'express';
            import { router } from './routes';

            const app = express();
            app.use('/orders', router);
            const port = Number(process.env.PORT) || 4000;
            app.listen(port, () => console.log(`listening on ${port}`));
            """,
            "src/routes.ts": "import { Router } from 'express';\nexport const router = Router();\n",
            "src/routes.test.ts": "import request from 'supertest';\ntest('ok', () => { app.listen(9999) });\n",
        ])
        let package = try stack.onlyPackage()
        #expect(package.ecosystem == "node")
        #expect(package.name == "orders-api")
        #expect(package.packageManager == "npm")
        #expect(package.lockfile == "package-lock.json")
        #expect(package.frameworks == ["express"])
        #expect(package.runtimeVersion == "20.11.1")
        #expect(package.kind == .service)
        #expect(package.usesTypeScript)
        #expect(package.isCompiled)
        #expect(package.entrypoints.first == "dist/index.js")
        #expect(package.entrypoints.contains("src/index.ts"))
        #expect(package.ports == [4000], "test files must not contribute ports")
        #expect(package.testCommand == "npm test")
        #expect(package.buildCommand == "npm run build")
        #expect(package.lintCommand == "npm run lint")
        #expect(stack.primaryLanguage == "TypeScript")
        #expect(stack.services.map(\.name) == ["orders-api"])
    }

    @Test("a published Node library is a library, with yarn and an ESLint config")
    func nodeLibrary() throws {
        let stack = try detectStack([
            "package.json": """
            {
              "name": "@acme/slugify",
              "version": "2.1.0",
              "main": "dist/index.js",
              "types": "dist/index.d.ts",
              "exports": { ".": "./dist/index.js" },
              "scripts": { "build": "tsc -p .", "test": "vitest run" },
              "engines": { "node": ">=18" },
              "devDependencies": { "typescript": "^5.4.0", "vitest": "^1.4.0" }
            }
            """,
            "yarn.lock": "# yarn lockfile v1\n",
            "eslint.config.js": "export default [];\n",
            "src/index.ts": "export const slugify = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');\n",
        ])
        let package = try stack.onlyPackage()
        #expect(package.kind == .library)
        #expect(package.packageManager == "yarn")
        #expect(package.lockfile == "yarn.lock")
        #expect(package.runtimeVersion == ">=18")
        #expect(package.frameworks.isEmpty)
        #expect(package.ports.isEmpty)
        #expect(package.testCommand == "yarn test")
        #expect(package.buildCommand == "yarn build")
        #expect(package.lintCommand == "yarn eslint .")
        #expect(stack.services.isEmpty)
    }

    @Test("a Next.js app on pnpm with a port flag in its start script")
    func nextApp() throws {
        let stack = try detectStack([
            "package.json": """
            {
              "name": "storefront",
              "private": true,
              "scripts": { "dev": "next dev", "build": "next build", "start": "next start -p 4100", "lint": "next lint" },
              "dependencies": { "next": "14.2.3", "react": "18.3.1", "react-dom": "18.3.1" }
            }
            """,
            "pnpm-lock.yaml": "lockfileVersion: '9.0'\n",
            "app/page.tsx": "export default function Page() { return <h1>Shop</h1>; }\n",
            "next.config.mjs": "export default {};\n",
        ])
        let package = try stack.onlyPackage()
        #expect(package.frameworks == ["nextjs", "react"])
        #expect(package.kind == .service)
        #expect(package.packageManager == "pnpm")
        #expect(package.ports == [4100])
        #expect(package.buildCommand == "pnpm run build")
        #expect(package.lintCommand == "pnpm run lint")
        #expect(package.testCommand == nil)
        #expect(package.usesTypeScript)
    }

    @Test("a NestJS service")
    func nestService() throws {
        let stack = try detectStack([
            "package.json": """
            {
              "name": "billing",
              "scripts": { "build": "nest build", "start": "nest start", "start:prod": "node dist/main", "test": "jest" },
              "dependencies": { "@nestjs/core": "^10.3.0", "@nestjs/common": "^10.3.0", "@nestjs/platform-express": "^10.3.0" },
              "devDependencies": { "typescript": "^5.4.0" }
            }
            """,
            "package-lock.json": "{}\n",
            "src/main.ts": """
            import { NestFactory } from '@nestjs/core';
            import { AppModule } from './app.module';

            async function bootstrap() {
              const app = await NestFactory.create(AppModule);
              await app.listen(3000);
            }
            bootstrap();
            """,
            "src/app.module.ts": "import { Module } from '@nestjs/common';\n@Module({})\nexport class AppModule {}\n",
        ])
        let package = try stack.onlyPackage()
        #expect(package.frameworks == ["nestjs"])
        #expect(package.kind == .service)
        #expect(package.ports == [3000])
        #expect(package.entrypoints.contains("src/main.ts"))
        #expect(package.testCommand == "npm test")
    }

    @Test("a React app built with Vite is deployed; a React component library is not")
    func reactAppAndComponentLibrary() throws {
        let app = try detectStack([
            "package.json": """
            {"name": "dashboard", "private": true, "scripts": {"dev": "vite", "build": "vite build"},
             "dependencies": {"react": "^18.3.1", "react-dom": "^18.3.1"}, "devDependencies": {"vite": "^5.2.0"}}
            """,
            "src/main.jsx": "import React from 'react';\n",
        ])
        #expect(try app.onlyPackage().kind == .service)
        #expect(try app.onlyPackage().frameworks == ["react"])

        let library = try detectStack([
            "package.json": """
            {"name": "@acme/buttons", "version": "1.0.0", "main": "dist/index.js", "module": "dist/index.mjs",
             "scripts": {"build": "tsup src/index.tsx", "start": "storybook dev"},
             "peerDependencies": {"react": ">=18"}, "devDependencies": {"react": "^18.3.1"}}
            """,
            "src/index.tsx": "export const Button = () => null;\n",
        ])
        #expect(try library.onlyPackage().kind == .library)
        #expect(try library.onlyPackage().frameworks == ["react"])
    }

    @Test("an Express middleware package published for others is a library, though it depends on Express")
    func expressMiddlewareLibrary() throws {
        let stack = try detectStack([
            "package.json": """
            {"name": "express-request-id", "version": "3.0.0", "main": "index.js",
             "scripts": {"test": "mocha"}, "dependencies": {"express": "^4.19.2", "uuid": "^9.0.0"}}
            """,
            "index.js": "module.exports = () => (req, res, next) => { req.id = 'x'; next(); };\n",
        ])
        #expect(try stack.onlyPackage().kind == .library)
        #expect(try stack.onlyPackage().ports.isEmpty)
    }

    @Test("a malformed package.json still yields a package, named after its folder")
    func malformedManifest() throws {
        let stack = try detectStack([
            "tools/lint/package.json": "{ \"name\": \"broken\", ",
            "tools/lint/index.js": "console.log('x')\n",
        ])
        let package = try stack.onlyPackage()
        #expect(package.name == "lint")
        #expect(package.manifest == "tools/lint/package.json")
        #expect(package.kind == .unknown)
    }
}
