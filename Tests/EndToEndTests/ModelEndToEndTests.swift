import Foundation
import GroundworkTestSupport
import Testing

@Suite("groundwork model through the binary")
struct ModelEndToEndTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let shop = root + "/docs/examples/shop.model.yaml"
    static let marketplace = root + "/Tests/GroundworkModelTests/Fixtures/marketplace.dbml"

    @Test func checkAcceptsTheShopAndRefusesABrokenModelWithFileAndLine() throws {
        let scratch = ScratchDirectory()
        let environment = BinaryRunner.environment(cache: scratch.path)
        let ok = try BinaryRunner.run(["model", "check", Self.shop], environment: environment)
        #expect(ok.status == 0, "\(ok.standardError)")
        #expect(ok.standardOutput == "\(Self.shop): ok — model shop, 6 entities, 3 relations\n")

        let broken = scratch.appending("broken.model.yaml")
        try "model: 1\nname: broken\nentities:\n  Order:\n    fields:\n      total: {type: decimal, min: 5, max: 1}\n    api:\n      sort: [totl]\n"
            .write(toFile: broken, atomically: true, encoding: .utf8)
        let refused = try BinaryRunner.run(["model", "check", broken], environment: environment)
        #expect(refused.status == 64)
        #expect(
            refused.standardError == """
                error: \(broken):6: min 5 is greater than max 1
                error: \(broken):8: unknown field totl; did you mean total?; expected a field of Order

                """)
    }

    @Test func importListsWhatIsLostAndWritesAModelThatChecks() throws {
        let scratch = ScratchDirectory()
        let environment = BinaryRunner.environment(cache: scratch.path)
        let output = scratch.appending("marketplace.model.yaml")
        let imported = try BinaryRunner.run(["model", "import", Self.marketplace, "--output", output], environment: environment)
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(imported.standardError.contains("warning: \(Self.marketplace):197: the TableGroup catalog is not carried over; the model has no groups\n"))
        #expect(imported.standardError.hasSuffix("wrote \(output)\n15 constructs not carried over or changed (listed above)\n"))
        let text = try String(contentsOfFile: output, encoding: .utf8)
        #expect(text.hasPrefix("# Imported by groundwork from \(Self.marketplace).\n"))
        let checked = try BinaryRunner.run(["model", "check", output], environment: environment)
        #expect(checked.status == 0, "\(checked.standardError)")
        #expect(checked.standardOutput.contains("16 entities"))
    }

    @Test(arguments: ["dbml", "ddl", "diagram", "yaml"])
    func exportWritesEachFormat(_ format: String) throws {
        let scratch = ScratchDirectory()
        let environment = BinaryRunner.environment(cache: scratch.path)
        let result = try BinaryRunner.run(["model", "export", Self.shop, "--format", format], environment: environment)
        #expect(result.status == 0, "\(result.standardError)")
        let expected = ["dbml": "Table orders {", "ddl": "CREATE TABLE orders (", "diagram": "<svg", "yaml": "model: 1\nname: shop\n"][format]!
        #expect(result.standardOutput.contains(expected))
        if format == "dbml" || format == "yaml" {
            let file = scratch.appending("shop.\(format)")
            try result.standardOutput.write(toFile: file, atomically: true, encoding: .utf8)
            let again = try BinaryRunner.run(["model", "check", file], environment: environment)
            #expect(again.status == 0, "\(again.standardError)")
        }
    }

    @Test func showPrintsTheAccessTable() throws {
        let scratch = ScratchDirectory()
        let result = try BinaryRunner.run(["model", "show", Self.shop], environment: BinaryRunner.environment(cache: scratch.path))
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("  Customer    admin     all     all     all     all     all\n"))
        #expect(result.standardOutput.contains("              customer  -       owner   owner   owner   -\n"))
        #expect(result.standardOutput.contains("  AuditEntry  admin     all     all     all     -       -\n"))
    }

    /// The docker brick fits a generated FastAPI service: uvicorn serves the app module `make run` serves.
    @Test func aGeneratedFastAPIServiceGetsAnImageThatServesIt() throws {
        let scratch = ScratchDirectory()
        let directory = scratch.appending("shop")
        let created = try BinaryRunner.run(
            ["new", directory, "--stack", "python-fastapi", "--model", Self.shop, "--with", "docker"], environment: BinaryRunner.environment(cache: scratch.path)
        )
        #expect(created.status == 0, "\(created.standardError)")
        let dockerfile = try String(contentsOfFile: directory + "/Dockerfile", encoding: .utf8)
        #expect(dockerfile.contains(#"CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8080"]"#), "\(dockerfile)")
    }

    @Test func anUnknownFormatIsAUsageError() throws {
        let scratch = ScratchDirectory()
        let file = scratch.appending("model.txt")
        try "x".write(toFile: file, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["model", "check", file], environment: BinaryRunner.environment(cache: scratch.path))
        #expect(result.status == 64)
        #expect(result.standardError == "error: \(file): unknown model format; expected a .yaml model file, a .dbml file or a .sql DDL file\n")
    }
}
