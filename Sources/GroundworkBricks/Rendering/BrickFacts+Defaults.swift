extension BrickFacts {
    /// A current runtime per ecosystem, used when the project asks for none.
    static let defaultRuntime: [String: String] = [
        "node": "22", "python": "3.12", "go": "1.23", "java": "21", "kotlin": "21", "swift": "6.0", "rust": "1.83",
        "ruby": "3.3", "php": "8.3", "dotnet": "8.0",
    ]

    /// The port a framework listens on out of the box.
    static let defaultPorts: [String: Int] = [
        "express": 3000, "nestjs": 3000, "nextjs": 3000, "fastify": 3000, "koa": 3000, "hapi": 3000, "remix": 3000, "nuxt": 3000,
        "django": 8000, "fastapi": 8000, "flask": 5000, "starlette": 8000,
        "gin": 8080, "echo": 1323, "fiber": 3000, "chi": 8080,
        "spring-boot": 8080, "quarkus": 8080, "micronaut": 8080, "ktor": 8080,
        "vapor": 8080, "hummingbird": 8080,
        "axum": 3000, "actix-web": 8080, "rocket": 8000,
        "rails": 3000, "sinatra": 4567, "laravel": 8000, "aspnetcore": 8080,
    ]

    /// The port per ecosystem when no framework says.
    static let defaultEcosystemPorts: [String: Int] = [
        "node": 3000, "python": 8000, "go": 8080, "java": 8080, "kotlin": 8080, "swift": 8080, "rust": 8080,
        "ruby": 3000, "php": 8000, "dotnet": 8080,
    ]

    /// How to run the tests when the project declares nothing.
    static let defaultTestCommands: [String: String] = [
        "npm": "npm test", "yarn": "yarn test", "pnpm": "pnpm test", "bun": "bun test",
        "pip": "pytest", "poetry": "poetry run pytest", "pipenv": "pipenv run pytest", "uv": "uv run pytest",
        "go": "go test ./...", "maven": "mvn -B test", "gradle": "./gradlew test", "swiftpm": "swift test", "cargo": "cargo test",
    ]

    /// How to build compiled ecosystems when the project declares nothing.
    static let defaultBuildCommands: [String: String] = [
        "go": "go build ./...", "maven": "mvn -B package -DskipTests", "gradle": "./gradlew build -x test",
        "swiftpm": "swift build -c release", "cargo": "cargo build --release",
    ]

    /// How to install dependencies from the lockfile.
    static let installCommands: [String: String] = [
        "npm": "npm ci", "yarn": "yarn install --frozen-lockfile", "pnpm": "pnpm install --frozen-lockfile", "bun": "bun install --frozen-lockfile",
        "pip": "pip install -r requirements.txt", "poetry": "poetry install", "pipenv": "pipenv install --deploy", "uv": "uv sync --frozen",
        "go": "go mod download", "maven": "mvn -B dependency:go-offline", "gradle": "./gradlew dependencies",
        "swiftpm": "swift package resolve", "cargo": "cargo fetch",
    ]

    package var testCommand: String { primary?.testCommand ?? Self.defaultTestCommands[packageManager] ?? "" }
    package var buildCommand: String { primary?.buildCommand ?? Self.defaultBuildCommands[packageManager] ?? "" }
    package var lintCommand: String { primary?.lintCommand ?? "" }
    package var installCommand: String {
        if packageManager == "pip", let manifest = primary?.manifest, !manifest.hasSuffix("requirements.txt") {
            return "pip install ."
        }
        return Self.installCommands[packageManager] ?? ""
    }
}
