import Foundation
import Testing

@testable import GroundworkBricks

@Suite("the built-in Plugins folder")
struct BuiltinPluginsTests {
    /// The repository's Plugins folder, found from this file's location.
    static var pluginsFolder: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Plugins").path
    }

    @Test func everyBuiltinBrickLoads() throws {
        let bricks = try BrickLibrary.builtinBricks(at: Self.pluginsFolder)
        for brick in bricks {
            #expect(brick.origin == .builtin)
            #expect(!brick.manifest.summary.isEmpty, "\(brick.id)")
        }
    }

    @Test func locatorPrefersTheEnvironmentThenFindsTheSourceTree() {
        #expect(BuiltinPlugins.locate(environment: ["GROUNDWORK_PLUGINS": "/custom"]) == "/custom")
        let binary = URL(fileURLWithPath: Self.pluginsFolder).deletingLastPathComponent().appendingPathComponent(".build/debug/groundwork")
        #expect(BuiltinPlugins.locate(environment: [:], executable: binary) == Self.pluginsFolder)
    }

    @Test func everyStackSkeletonLoads() throws {
        for stack in ProjectGenerator.stacks(pluginsFolder: Self.pluginsFolder) {
            let brick = try BrickLoader.load(folder: stack, from: DirectoryBrickSource(root: Self.pluginsFolder + "/_stacks", displayRoot: "Plugins/_stacks"), origin: .builtin)
            #expect(brick.manifest.files.allSatisfy { $0.mode == .seed }, "\(stack): skeleton files are the user's from the start")
        }
    }
}
