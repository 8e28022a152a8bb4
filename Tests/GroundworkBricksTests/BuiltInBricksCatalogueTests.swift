import Foundation
import GroundworkBricks
import Testing

/// Plugins/README.md is the catalogue of built-in bricks: it must list every brick as its manifest says,
/// and what bricks claim to fix must be real checks that name them.
@Suite("Built-in bricks: the catalogue")
struct BuiltInBricksCatalogueTests {
    /// The catalogue's table rows: id → (version, fixes, hours).
    static func catalogueRows() throws -> [String: (version: String, fixes: [String], hours: Double?)] {
        let text = try String(contentsOfFile: BuiltInBrickLibrary.folder + "/README.md", encoding: .utf8)
        var rows: [String: (String, [String], Double?)] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 6 else { continue }
            let id = cells[1].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            let fixes = cells[4] == "—" ? [] : cells[4].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            rows[id] = (cells[2], fixes, Double(cells[5]))
        }
        return rows
    }

    @Test("the catalogue lists every brick with its version, fixes and hours")
    func catalogueIsCurrent() throws {
        let rows = try Self.catalogueRows()
        let library = try BuiltInBrickLibrary.load()
        #expect(Set(rows.keys) == Set(library.all.map(\.id)), "Plugins/README.md lists \(rows.keys.sorted())")
        for brick in library.all {
            guard let row = rows[brick.id] else { continue }
            #expect(row.version == brick.version.description, "\(brick.id): catalogue says \(row.version)")
            #expect(row.fixes == brick.manifest.fixes, "\(brick.id): catalogue says \(row.fixes)")
            let hours = row.hours ?? -1
            #expect(hours == brick.manifest.effortHours, "\(brick.id): catalogue says \(hours) hours")
        }
    }

    @Test("every check a brick fixes exists and names the brick among its fixers")
    func fixesAreRegisteredChecks() throws {
        let report = try PreparedFixture(StackFixture.nodeExpress).report
        for brick in try BuiltInBrickLibrary.load().all {
            for id in brick.manifest.fixes {
                let result = report.results.first { $0.id == id }
                #expect(result != nil, "\(brick.id) fixes \(id), which is not a registered check")
                #expect(result?.fixedBy.contains(brick.id) == true, "\(id) does not name \(brick.id) among the bricks that fix it")
            }
        }
    }

    @Test("each brick folder holds only its manifest and the templates it uses")
    func noStrayTemplates() throws {
        for brick in try BuiltInBrickLibrary.load().all {
            let folder = BuiltInBrickLibrary.folder + "/\(brick.id)/templates"
            // Every file, however deep: application bricks keep their templates in folders by layer.
            let present = Set(
                try FileManager.default.subpathsOfDirectory(atPath: folder).filter { path in
                    var isFolder: ObjCBool = false
                    return FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder) && !isFolder.boolValue
                }.map { "templates/" + $0 })
            let used = Set(brick.manifest.files.map(\.template).filter { !$0.isEmpty }) // generate: entries have no template
            #expect(present == used, "\(brick.id): unused \(present.subtracting(used).sorted()), missing \(used.subtracting(present).sorted())")
        }
    }
}
