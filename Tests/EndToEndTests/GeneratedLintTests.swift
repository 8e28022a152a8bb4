import Foundation
import GroundworkTestSupport
import Testing

/// Generated code passes its own formatter and linter whatever the length of the model's names: long names
/// rendered Python signatures, Swift argument lists and Go one-line functions past the formatters' limits
/// (even a model named `procurement` made swift-hummingbird's `App+build.swift` 126 columns wide), and the
/// service's `make lint` failed out of the box. Node's lint (`node --check`) does not look at lengths.
@Suite struct GeneratedLintTests {
    /// Long model, role, entity, field and relation names; one relation's join table is over PostgreSQL's 63
    /// bytes, several lists are longer than a line, and one unique field makes a one-element list.
    static let model = """
        model: 1
        name: regional-procurement-and-inventory-management
        roles: [admin, regional_purchasing_supervisor_with_approval]
        entities:
          WarehouseLocationCategory:
            fields:
              title: {type: string, required: true, max_length: 200}
            access:
              grants:
                admin: {actions: [create, read, list, update, delete]}
                regional_purchasing_supervisor_with_approval: {actions: [read, list]}
          PurchaseOrderLineItem:
            fields:
              purchase_order_reference_number: {type: bigint, required: true, unique: true}
              warehouse_location_category_id: {type: uuid, required: true, references: WarehouseLocationCategory}
              quantity_ordered_by_purchasing: {type: int, min: 1, max: 100000}
              requested_delivery_date_by_customer: {type: date}
              internal_supplier_account_identifier: {type: string, max_length: 80}
              owning_purchasing_department_subject: {type: string}
            many_to_many:
              alternative_warehouse_location_categories_for_overflow_storage: {entity: WarehouseLocationCategory}
            api:
              filter: [purchase_order_reference_number, quantity_ordered_by_purchasing, requested_delivery_date_by_customer, internal_supplier_account_identifier]
              sort: [purchase_order_reference_number, quantity_ordered_by_purchasing, requested_delivery_date_by_customer]
            access:
              owner: owning_purchasing_department_subject
              grants:
                admin: {actions: [create, read, list, update, delete]}
                regional_purchasing_supervisor_with_approval: {actions: [create, read, list, update], scope: owner}
        """

    static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"

    @Test(.enabled(if: PinnedRuff.path != nil || isCI, "GROUNDWORK_TOOLS_VENV is not set: run scripts/python-tools.sh"))
    func longNamesRenderPythonThatPassesItsLint() throws {
        let ruff = try #require(PinnedRuff.path, "CI=true but GROUNDWORK_TOOLS_VENV is not set")
        let scratch = ScratchDirectory()
        let service = try Self.generate(stack: "python-fastapi", in: scratch)
        try withExtendedLifetime(scratch) {
            for arguments in [["format", "--check", "."], ["check", "."]] {
                try Self.expectClean(ruff, arguments, in: service)
            }
        }
    }

    @Test(.enabled(if: ToolRun.path("swift") != nil || isCI, "swift is not on PATH"))
    func longNamesRenderSwiftThatPassesItsLint() throws {
        let swift = try #require(ToolRun.path("swift"), "CI=true but swift is not on PATH")
        let scratch = ScratchDirectory()
        let service = try Self.generate(stack: "swift-hummingbird", in: scratch)
        // The service's `make lint`.
        try withExtendedLifetime(scratch) {
            try Self.expectClean(swift, ["format", "lint", "--strict", "--recursive", "Package.swift", "Sources", "Tests"], in: service)
        }
    }

    @Test(.enabled(if: ToolRun.path("gofmt") != nil || isCI, "gofmt is not on PATH (golang-go)"))
    func longNamesRenderGoThatGofmtLeavesAlone() throws {
        let gofmt = try #require(ToolRun.path("gofmt"), "CI=true but gofmt is not on PATH")
        let scratch = ScratchDirectory()
        let service = try Self.generate(stack: "go-chi", in: scratch)
        let listed = try withExtendedLifetime(scratch) { try ToolRun.run(gofmt, ["-l", "."], in: service) }
        #expect(listed.status == 0 && listed.output.isEmpty, "gofmt would rewrite:\n\(listed.output)")
    }

    /// The folder of a service generated from `model` with `stack` in `scratch`.
    static func generate(stack: String, in scratch: ScratchDirectory) throws -> String {
        let modelPath = scratch.appending("procurement.model.yaml")
        try model.write(toFile: modelPath, atomically: true, encoding: .utf8)
        let created = try BinaryRunner.run(
            ["new", "procurement", "--stack", stack, "--model", modelPath], environment: BinaryRunner.environment(cache: scratch.path),
            directory: scratch.path)
        #expect(created.status == 0, "\(created.standardError)")
        return scratch.appending("procurement")
    }

    static func expectClean(_ tool: String, _ arguments: [String], in directory: String) throws {
        let result = try ToolRun.run(tool, arguments, in: directory)
        #expect(result.status == 0, "\(tool) \(arguments.joined(separator: " ")):\n\(result.output)")
    }
}

/// The pinned ruff of scripts/python-tools.sh, when GROUNDWORK_TOOLS_VENV names it.
enum PinnedRuff {
    static var path: String? {
        ProcessInfo.processInfo.environment["GROUNDWORK_TOOLS_VENV"].map { $0 + "/bin/ruff" }.flatMap { FileManager.default.isExecutableFile(atPath: $0) ? $0 : nil }
    }
}
