import Foundation
import GroundworkTestSupport
import Testing

/// The generated Python passes its own lint (`ruff check`, `ruff format --check`) whatever the length of the
/// model's names: names of ten letters and more (`OrderItem`, `PurchaseOrderLineItem`) rendered signatures,
/// docstrings, imports and test lines over 120 characters, and the service's `make lint` failed out of the box.
@Suite(.enabled(if: PinnedRuff.path != nil || ProcessInfo.processInfo.environment["CI"] == "true", "GROUNDWORK_TOOLS_VENV is not set: run scripts/python-tools.sh"))
struct GeneratedLintTests {
    static let model = """
        model: 1
        name: procurement
        roles: [admin, purchasing_manager]
        entities:
          WarehouseLocationCategory:
            fields:
              title: {type: string, required: true, max_length: 200}
          PurchaseOrderLineItem:
            fields:
              purchase_order_reference_number: {type: bigint, required: true, unique: true}
              warehouse_location_category_id: {type: uuid, required: true, references: WarehouseLocationCategory}
              quantity_ordered_by_purchasing: {type: int, min: 1, max: 100000}
            many_to_many:
              alternative_categories: {entity: WarehouseLocationCategory}
        """

    @Test func longNamesRenderPythonThatPassesItsLint() throws {
        let ruff = try #require(PinnedRuff.path, "CI=true but GROUNDWORK_TOOLS_VENV is not set")
        let scratch = ScratchDirectory()
        let modelPath = scratch.appending("procurement.model.yaml")
        try Self.model.write(toFile: modelPath, atomically: true, encoding: .utf8)
        let created = try BinaryRunner.run(
            ["new", "procurement", "--stack", "python-fastapi", "--model", modelPath], environment: BinaryRunner.environment(cache: scratch.path),
            directory: scratch.path)
        #expect(created.status == 0, "\(created.standardError)")
        for arguments in [["format", "--check", "."], ["check", "."]] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: ruff)
            process.arguments = arguments
            process.currentDirectoryURL = URL(fileURLWithPath: scratch.appending("procurement"))
            let output = Pipe()
            process.standardOutput = output
            process.standardError = output
            try process.run()
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "ruff \(arguments.joined(separator: " ")):\n\(text)")
        }
    }
}

/// The pinned ruff of scripts/python-tools.sh, when GROUNDWORK_TOOLS_VENV names it.
enum PinnedRuff {
    static var path: String? {
        ProcessInfo.processInfo.environment["GROUNDWORK_TOOLS_VENV"].map { $0 + "/bin/ruff" }.flatMap { FileManager.default.isExecutableFile(atPath: $0) ? $0 : nil }
    }
}
