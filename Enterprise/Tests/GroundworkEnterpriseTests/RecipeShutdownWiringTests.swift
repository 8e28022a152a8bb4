#if Enterprise
import Foundation
import GroundworkBricks
@testable import GroundworkRecipes
import Testing

/// The graceful-shutdown recipe's entry-point edits, on the entry points the stacks generate today (read
/// from their templates, so a template change that the edit no longer recognises fails here) and on
/// entry points written otherwise, which get a note and no change.
@Suite struct RecipeShutdownWiringTests {
    /// One edit: the template of the entry point it changes, and the lines the change must hold.
    struct Example: Sendable, CustomTestStringConvertible {
        var edit: any InPlaceEdit
        var template: String
        var path: String
        var expected: [String]
        var testDescription: String { path }

        /// The edit wires `text` (the generated entry point): no note, the expected lines, and nothing more when applied twice.
        func wires(_ text: String) throws {
            let result = try edit.apply(to: text, path: path)
            #expect(result.notes.isEmpty, "\(result.notes)")
            for line in expected { #expect(result.text.contains(line), "\(line)\n---\n\(result.text)") }
            #expect(try edit.apply(to: result.text, path: path) == EditResult(text: result.text), "applied twice")
        }

        /// The edit leaves an entry point written by hand as it is, with one note.
        func leavesAHandWrittenEntryPointWithANote() throws {
            let text = "// an entry point written by hand\nmain()\n"
            let result = try edit.apply(to: text, path: path)
            #expect(result.text == text)
            #expect(result.notes.count == 1 && result.notes[0].hasPrefix(path + ": "), "\(result.notes)")
        }
    }

    static let examples = [
        Example(
            edit: PythonShutdownWiringEdit(), template: "Plugins/_stacks/python-fastapi/templates/main.py.mustache", path: "app/main.py",
            expected: ["from app.core.application import create_app\nfrom app.shutdown import graceful_shutdown\n", "\napp = graceful_shutdown(create_app())"]
        ),
        Example(
            edit: GoShutdownWiringEdit(), template: "Plugins/api-chi/templates/main.go.mustache", path: "cmd/server/main.go",
            expected: [
                "\t\"orders/internal/migrate\"\n\t\"orders/internal/shutdown\"\n", "\t}\n\tdrainer := shutdown.Wrap(server, \"/ready\")\n",
                "\treturn drainer.Shutdown(logger)\n}",
            ]
        ),
        Example(
            edit: SwiftShutdownWiringEdit(), template: "Plugins/_stacks/swift-hummingbird/templates/App.swift.mustache", path: "Sources/App/App.swift",
            expected: ["        try await GracefulShutdown(logger: app.logger).run(app)\n"]
        ),
        Example(
            edit: SwiftShutdownWiringEdit(), template: "Plugins/_stacks/swift-hummingbird/templates/App+build.swift.mustache",
            path: "Sources/App/App+build.swift",
            expected: ["    let router = Router(context: AppRequestContext.self)\n    // Outermost", "\n    router.add(middleware: ShutdownMiddleware())\n"]
        ),
    ]

    @Test(arguments: examples) func wiresTheGeneratedEntryPoint(_ example: Example) throws {
        try example.wires(try Self.generated(example.template))
    }

    @Test(arguments: examples) func leavesAnotherEntryPointWithANote(_ example: Example) throws {
        try example.leavesAHandWrittenEntryPointWithANote()
    }

    /// The template's text for a service with a model (its `{{#model.name}}` branch), rendered for
    /// project `orders` and model `shop`.
    static func generated(_ template: String) throws -> String {
        var text = try String(contentsOfFile: RecipeFixtures.root + "/" + template, encoding: .utf8)
        if let open = text.range(of: "{{#model.name}}"), let close = text.range(of: "{{/model.name}}", range: open.upperBound..<text.endIndex) {
            text = String(text[open.upperBound..<close.lowerBound])
        }
        for (tag, value) in ["{{project.name}}": "orders", "{{model.name}}": "shop", "{{params.port}}": "8080"] {
            text = text.replacingOccurrences(of: tag, with: value)
        }
        return text.hasPrefix("\n") ? String(text.dropFirst()) : text
    }
}
#endif
