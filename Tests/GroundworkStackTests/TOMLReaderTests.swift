import GroundworkStack
import Testing

@Suite("TOML reader")
struct TOMLReaderTests {
    @Test("tables, arrays of tables, inline tables, dotted and quoted keys, all string kinds")
    func readsCargoAndPyproject() {
        let toml = TOMLReader.parse(
            """
            # A manifest
            title = "demo" # trailing comment
            version = 3
            enabled = true

            [package]
            name = 'gateway'
            authors = ["Ada <ada@example.com>", 'Bob']
            description = \"\"\"
            A multi-line
            description.\"\"\"
            literal = '''C:\\path\\no-escapes'''
            escaped = "tab\\there \\u00e9 \\"quoted\\""

            [dependencies]
            tokio = { version = "1", features = ["full", "macros"] }
            serde.version = "1.0"
            "quoted.key" = "yes"

            [[bin]]
            name = "server"
            path = "src/main.rs"

            [[bin]]
            name = "worker"

            [tool.poetry.group.dev.dependencies]
            pytest = "^8"

            [workspace]
            members = [
                "crates/a",  # first
                "crates/b",
            ]
            """)
        #expect(toml["title"]?.string == "demo")
        #expect(toml["version"] == .scalar("3"))
        #expect(toml["enabled"]?.string == "true")
        #expect(toml[path: "package", "name"]?.string == "gateway")
        #expect(toml[path: "package", "authors"]?.strings == ["Ada <ada@example.com>", "Bob"])
        #expect(toml[path: "package", "description"]?.string == "A multi-line\ndescription.")
        #expect(toml[path: "package", "literal"]?.string == "C:\\path\\no-escapes")
        #expect(toml[path: "package", "escaped"]?.string == "tab\there é \"quoted\"")
        #expect(toml[path: "dependencies", "tokio", "features"]?.strings == ["full", "macros"])
        #expect(toml[path: "dependencies", "serde", "version"]?.string == "1.0")
        #expect(toml[path: "dependencies", "quoted.key"]?.string == "yes")
        #expect(toml["bin"]?.array?.count == 2)
        #expect(toml["bin"]?.array?.last?["name"]?.string == "worker")
        #expect(toml[path: "tool", "poetry", "group", "dev", "dependencies"]?.keys == ["pytest"])
        #expect(toml[path: "workspace", "members"]?.strings == ["crates/a", "crates/b"])
    }

    @Test("lines it cannot read are skipped and the rest is kept")
    func tolerant() {
        let toml = TOMLReader.parse(
            """
            [package
            name = "kept"
            broken = "unterminated
            = "no key"
            [dependencies]
            axum = "0.7"
            weird = [1, 2
            serde = "1"
            """)
        #expect(toml["name"]?.string == "kept")
        #expect(toml[path: "dependencies", "axum"]?.string == "0.7")
        #expect(toml[path: "dependencies", "serde"]?.string == "1")
    }

    @Test(
        "empty, binary-looking and truncated input yield an empty or partial table without failing",
        arguments: [
            "", "\u{0}\u{1}\u{2}", "[[", "a = {", "a = [\"x\",", "\"unterminated = 1", "x = '''never closed",
        ])
    func garbage(text: String) {
        let toml = TOMLReader.parse(text)
        #expect(toml.table != nil)
    }
}
