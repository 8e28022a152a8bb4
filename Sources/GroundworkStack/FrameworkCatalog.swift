/// Frameworks by the dependency that brings them in, per ecosystem, and what each one says about a package.
package enum FrameworkCatalog {
    /// npm package → framework id.
    package static let node: [String: String] = [
        "express": "express", "fastify": "fastify", "@nestjs/core": "nestjs", "next": "nextjs", "react": "react",
        "vue": "vue", "@angular/core": "angular", "koa": "koa", "@hapi/hapi": "hapi", "hapi": "hapi", "nuxt": "nuxt",
        "@sveltejs/kit": "sveltekit", "svelte": "svelte", "@remix-run/node": "remix", "@remix-run/react": "remix",
        "hono": "hono", "expo": "expo", "react-native": "react-native", "@tanstack/react-start": "tanstack-start",
        "@tanstack/solid-start": "tanstack-start", "@react-router/node": "react-router", "@react-router/serve": "react-router",
        "encore.dev": "encore",
    ]

    /// PyPI distribution (lowercased) → framework id.
    package static let python: [String: String] = [
        "django": "django", "flask": "flask", "fastapi": "fastapi", "starlette": "starlette", "aiohttp": "aiohttp",
        "tornado": "tornado", "sanic": "sanic", "litestar": "litestar",
    ]

    /// Go module path (without a `/vN` suffix) → framework id.
    package static let go: [String: String] = [
        "github.com/gin-gonic/gin": "gin", "github.com/labstack/echo": "echo", "github.com/go-chi/chi": "chi",
        "github.com/gofiber/fiber": "fiber", "github.com/gorilla/mux": "gorilla-mux", "encore.dev": "encore",
    ]

    /// Crate → framework id.
    package static let rust: [String: String] = [
        "actix-web": "actix", "axum": "axum", "rocket": "rocket", "warp": "warp", "poem": "poem",
    ]

    /// Gem → framework id.
    package static let ruby: [String: String] = ["rails": "rails", "sinatra": "sinatra", "hanami": "hanami"]

    /// Composer package → framework id.
    package static let php: [String: String] = [
        "laravel/framework": "laravel", "symfony/framework-bundle": "symfony", "slim/slim": "slim",
    ]

    /// Swift package repository name (the URL's last component, without `.git`) → framework id.
    package static let swift: [String: String] = ["vapor": "vapor", "hummingbird": "hummingbird"]

    /// Maven group id (or group:artifact prefix) → framework id, for Maven and Gradle alike.
    package static let jvm: [String: String] = [
        "org.springframework.boot": "spring-boot", "io.quarkus": "quarkus", "io.micronaut": "micronaut",
        "io.ktor:ktor-server": "ktor",
    ]

    /// Frameworks that serve HTTP themselves: a package depending on one at run time is a service.
    package static let servers: Set<String> = [
        "express", "fastify", "nestjs", "nextjs", "koa", "hapi", "nuxt", "sveltekit", "remix", "hono",
        "django", "flask", "fastapi", "starlette", "aiohttp", "tornado", "sanic", "litestar",
        "gin", "echo", "chi", "fiber", "gorilla-mux", "actix", "axum", "rocket", "warp", "poem",
        "rails", "sinatra", "hanami", "laravel", "symfony", "slim", "vapor", "hummingbird",
        "spring-boot", "quarkus", "micronaut", "ktor", "aspnetcore", "tanstack-start", "react-router", "encore",
    ]

    /// Frameworks of mobile apps: built for app stores, never run in a container.
    package static let mobile: Set<String> = ["expo", "react-native"]

    /// Frameworks for browser front ends (an app that uses one is deployed, a component library is not).
    package static let frontEnds: Set<String> = ["react", "vue", "angular", "svelte"]

    /// Ports the frameworks listen on when nothing says otherwise: the last resort for `StackPackage.ports`.
    package static let defaultPorts: [String: Int] = [
        "express": 3000, "fastify": 3000, "nestjs": 3000, "nextjs": 3000, "koa": 3000, "hapi": 3000, "nuxt": 3000,
        "remix": 3000, "django": 8000, "flask": 5000, "fastapi": 8000, "starlette": 8000, "litestar": 8000,
        "sanic": 8000, "rails": 3000, "sinatra": 4567, "laravel": 8000, "spring-boot": 8080, "quarkus": 8080,
        "micronaut": 8080, "ktor": 8080, "gin": 8080, "vapor": 8080, "hummingbird": 8080, "rocket": 8000,
        "aspnetcore": 8080, "tanstack-start": 3000, "react-router": 3000, "encore": 4000,
    ]

    /// Libraries that make a binary a command-line tool rather than a server.
    package static let commandLineLibraries: Set<String> = [
        "commander", "yargs", "@oclif/core", "github.com/spf13/cobra", "github.com/urfave/cli", "github.com/alecthomas/kong",
        "clap", "structopt", "argh", "lexopt", "pico-args", "bpaf", "gumdrop", "swift-argument-parser", "click", "typer", "thor",
    ]

    /// The ids of `dependencies` found in `table`, sorted and without repeats.
    package static func frameworks(in dependencies: some Sequence<String>, using table: [String: String]) -> [String] {
        Array(Set(dependencies.compactMap { table[$0] })).sorted()
    }

    /// A Go module path without its major version suffix (`github.com/labstack/echo/v4` → `…/echo`).
    package static func goModuleBase(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        let last = path[path.index(after: slash)...]
        if last.count > 1, last.first == "v", last.dropFirst().allSatisfy(\.isNumber) { return String(path[..<slash]) }
        return path
    }
}
