import GroundworkAuditModel
import GroundworkTestSupport
import Testing

@Suite("Rust and Swift stacks")
struct RustAndSwiftStackTests {
    @Test("an Axum service with a toolchain file and clippy configured")
    func axumService() throws {
        let stack = try detectStack([
            "Cargo.toml": """
            [package]
            name = "gateway"
            version = "0.1.0"
            edition = "2021"
            rust-version = "1.75"

            [dependencies]
            axum = "0.7"
            tokio = { version = "1", features = ["full"] }
            serde = { version = "1", features = ["derive"] } # serialisation

            [dev-dependencies]
            reqwest = "0.12"
            """,
            "Cargo.lock": "version = 3\n",
            "rust-toolchain.toml": "[toolchain]\nchannel = \"1.77.0\"\ncomponents = [\"clippy\"]\n",
            "clippy.toml": "msrv = \"1.75\"\n",
            "src/main.rs": """
            use axum::{routing::get, Router};

            #[tokio::main]
            async fn main() {
                let app = Router::new().route("/health", get(|| async { "ok" }));
                let listener = tokio::net::TcpListener::bind("0.0.0.0:3001").await.unwrap();
                axum::serve(listener, app).await.unwrap();
            }
            """,
        ])
        let package = try stack.onlyPackage()
        #expect(package.ecosystem == "rust")
        #expect(package.name == "gateway")
        #expect(package.packageManager == "cargo")
        #expect(package.lockfile == "Cargo.lock")
        #expect(package.frameworks == ["axum"])
        #expect(package.runtimeVersion == "1.77.0", "the toolchain file beats rust-version")
        #expect(package.kind == .service)
        #expect(package.entrypoints == ["src/main.rs"])
        #expect(package.ports == [3001])
        #expect(package.testCommand == "cargo test")
        #expect(package.lintCommand == "cargo clippy -- -D warnings")
    }

    @Test("an Actix service binds a host and port tuple")
    func actixService() throws {
        let stack = try detectStack([
            "Cargo.toml": "[package]\nname = \"shop\"\nversion = \"0.1.0\"\n\n[dependencies]\nactix-web = \"4\"\n",
            "src/main.rs": "#[actix_web::main]\nasync fn main() -> std::io::Result<()> {\n    HttpServer::new(|| App::new()).bind((\"127.0.0.1\", 8088))?.run().await\n}\n",
        ])
        let package = try stack.onlyPackage()
        #expect(package.frameworks == ["actix"])
        #expect(package.ports == [8088])
        #expect(package.kind == .service)
        #expect(package.lockfile == nil)
    }

    @Test("a Rust library crate is a library")
    func rustLibrary() throws {
        let stack = try detectStack([
            "Cargo.toml": "[package]\nname = \"tinyjson\"\nversion = \"0.3.0\"\nrust-version = \"1.70\"\n\n[lib]\npath = \"src/lib.rs\"\n",
            "src/lib.rs": "pub fn parse(input: &str) -> Option<()> { None }\n",
            "tests/parse.rs": "#[test]\nfn parses() {}\n",
        ])
        let package = try stack.onlyPackage()
        #expect(package.kind == .library)
        #expect(package.runtimeVersion == "1.70")
        #expect(package.entrypoints.isEmpty)
    }

    @Test("a clap command-line tool is not a service")
    func rustCommandLineTool() throws {
        let stack = try detectStack([
            "Cargo.toml":
                "[package]\nname = \"grepx\"\nversion = \"0.1.0\"\n\n[[bin]]\nname = \"grepx\"\npath = \"src/cli.rs\"\n\n[dependencies]\nclap = { version = \"4\", features = [\"derive\"] }\n",
            "src/cli.rs": "fn main() {}\n",
        ])
        let package = try stack.onlyPackage()
        #expect(package.entrypoints == ["src/cli.rs"])
        #expect(package.kind == .unknown)
    }

    @Test("a Vapor service")
    func vaporService() throws {
        let stack = try detectStack([
            "Package.swift": """
            // swift-tools-version:5.9
            import PackageDescription

            let package = Package(
                name: "TodoAPI",
                platforms: [.macOS(.v13)],
                dependencies: [
                    .package(url: "https://github.com/vapor/vapor.git", from: "4.92.0"),
                    .package(url: "https://github.com/vapor/fluent.git", from: "4.9.0"),
                ],
                targets: [
                    .executableTarget(name: "App", dependencies: [.product(name: "Vapor", package: "vapor")]),
                    .testTarget(name: "AppTests", dependencies: ["App"]),
                ]
            )
            """,
            "Package.resolved": "{\"pins\": []}\n",
            "Sources/App/entrypoint.swift": "import Vapor\n\n@main\nenum Entrypoint {\n    static func main() async throws {}\n}\n",
            "Sources/App/configure.swift": "import Vapor\n\nfunc configure(_ app: Application) throws {\n    app.http.server.configuration.port = 8081\n}\n",
            "Tests/AppTests/AppTests.swift": "import XCTest\n",
        ])
        let package = try stack.onlyPackage()
        #expect(package.ecosystem == "swift")
        #expect(package.name == "TodoAPI")
        #expect(package.packageManager == "swiftpm")
        #expect(package.lockfile == "Package.resolved")
        #expect(package.frameworks == ["vapor"])
        #expect(package.runtimeVersion == "5.9")
        #expect(package.kind == .service)
        #expect(package.entrypoints == ["Sources/App/entrypoint.swift"])
        #expect(package.ports == [8081])
        #expect(package.testCommand == "swift test")
        #expect(package.buildCommand == "swift build")
    }

    @Test("a Hummingbird service falls back to the framework's port")
    func hummingbirdService() throws {
        let stack = try detectStack([
            "Package.swift":
                "// swift-tools-version: 6.0\nimport PackageDescription\nlet package = Package(name: \"Notes\", dependencies: [.package(url: \"https://github.com/hummingbird-project/hummingbird.git\", from: \"2.0.0\")], targets: [.executableTarget(name: \"Notes\")])\n",
            ".swift-version": "6.0.1\n",
            "Sources/Notes/main.swift": "import Hummingbird\nlet router = Router()\n",
        ])
        let package = try stack.onlyPackage()
        #expect(package.frameworks == ["hummingbird"])
        #expect(package.runtimeVersion == "6.0.1")
        #expect(package.kind == .service)
        #expect(package.ports == [8080])
        #expect(package.entrypoints == ["Sources/Notes/main.swift"])
    }

    @Test("a Swift library package is a library")
    func swiftLibrary() throws {
        let stack = try detectStack([
            "Package.swift": """
            // swift-tools-version:5.10
            import PackageDescription

            let package = Package(
                name: "Slug",
                products: [.library(name: "Slug", targets: ["Slug"])],
                targets: [.target(name: "Slug"), .testTarget(name: "SlugTests", dependencies: ["Slug"])]
            )
            """,
            ".swiftlint.yml": "disabled_rules: []\n",
            "Sources/Slug/Slug.swift": "public func slug(_ text: String) -> String { text.lowercased() }\n",
            "Tests/SlugTests/SlugTests.swift": "import Testing\n@main struct Runner {}\n",
        ])
        let package = try stack.onlyPackage()
        #expect(package.kind == .library)
        #expect(package.entrypoints.isEmpty, "files under Tests/ are not entry points")
        #expect(package.lintCommand == "swiftlint lint")
        #expect(package.testCommand == "swift test")
    }

    @Test("a Swift command-line tool built on ArgumentParser is not a service")
    func swiftCommandLineTool() throws {
        let stack = try detectStack([
            "Package.swift":
                "// swift-tools-version:5.9\nimport PackageDescription\nlet package = Package(name: \"tidy\", dependencies: [.package(url: \"https://github.com/apple/swift-argument-parser\", from: \"1.3.0\")], targets: [.executableTarget(name: \"tidy\")])\n",
            "Sources/tidy/Tidy.swift": "import ArgumentParser\n@main struct Tidy: ParsableCommand {}\n",
        ])
        #expect(try stack.onlyPackage().kind == .unknown)
    }
}
