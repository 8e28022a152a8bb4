import Foundation
import GroundworkBasics
import GroundworkContracts
import GroundworkModel
import GroundworkTestSupport
import Testing

@testable import GroundworkBricks

@Suite("regeneration keeps people's work")
struct RegenerationTests {
    /// A kind of model change, and the files it must (and only it may) change.
    struct Change: Sendable, CustomStringConvertible {
        var description: String
        var apply: @Sendable (inout DataModel) -> Void
        var written: Set<String>
        var migration: String?
    }

    static let changes: [Change] = [
        Change(
            description: "add a field",
            apply: { model in
                model.entities[0].fields.insert(Field(name: "phone", type: .string, maxLength: 32), at: 2)
            }, written: ["src/routes/customer.js", "openapi.json", ".groundwork/model.lock.json", "migrations/0002_add_customers_phone.sql"],
            migration: "ALTER TABLE customers ADD COLUMN phone varchar(32);"),
        Change(
            description: "add an entity",
            apply: { model in
                model.entities.append(Entity(name: "Coupon", table: "coupons", fields: [Field(name: "code", type: .string, required: true, unique: true, maxLength: 20)]))
            }, written: ["src/routes/coupon.js", "src/hooks/coupon.js", "src/routes/index.js", "openapi.json", ".groundwork/model.lock.json", "migrations/0002_add_coupons.sql"],
            migration: "CREATE TABLE coupons ("),
        Change(
            description: "add a grant",
            apply: { model in
                model.entities[0].access.grants[1].actions.insert(.delete)
            }, written: ["src/routes/customer.js", ".groundwork/model.lock.json"], migration: nil),
    ]

    @Test(arguments: changes)
    func aModelChangeRewritesOnlyWhatItAffects(_ change: Change) throws {
        let plugins = try TinyPlugins()
        let scratch = ScratchDirectory()
        let (directory, _) = try plugins.newService(ShopModel.model, in: scratch)
        // People's work: a hand edit in a managed file, business logic in a seed file.
        let routes = directory + "/src/routes/customer.js"
        let edited = try String(contentsOfFile: routes, encoding: .utf8).replacingOccurrences(of: "module.exports", with: "// checked by Dana\nmodule.exports")
        try edited.write(toFile: routes, atomically: true, encoding: .utf8)
        let hooks = "module.exports = { beforeCreate: (row) => row }\n"
        try hooks.write(toFile: directory + "/src/hooks/customer.js", atomically: true, encoding: .utf8)
        try BrickFixtures.git(["commit", "-qam", "Hand edits"], in: directory)

        var model = ShopModel.model
        change.apply(&model)
        let workspace = try BrickWorkspace.open(
            directory, model: ModelInput(model: model, text: "# changed\n", sourcePath: "m.yaml"), now: BrickFixtures.now,
            directories: Directories(cache: scratch.path + "/c", config: scratch.path + "/k"))
        let plan = try UpdatePlanner.plan([], library: try plugins.library(), workspace: workspace)
        let written = Set(plan.files.filter(\.operation.writes).map(\.path)).subtracting([LockFile.path])
        #expect(written == change.written, "\(change): wrote \(written.sorted())")
        let customer = plan.files.first { $0.path == "src/routes/customer.js" }
        if change.written.contains("src/routes/customer.js") {
            #expect(customer?.operation == .merged, "the hand edit is merged three ways")
            let merged = String(decoding: customer?.after ?? Data(), as: UTF8.self)
            #expect(merged.contains("// checked by Dana"))
        }
        #expect(plan.files.first { $0.path == "src/hooks/customer.js" }?.operation.writes != true, "seed files are never touched")
        #expect(plan.files.first { $0.path == "migrations/0001_init.sql" }?.operation.writes != true, "written migrations are never rewritten")
        if let migration = change.migration {
            let file = try #require(plan.files.first { $0.path.hasPrefix("migrations/0002_") })
            #expect(String(decoding: file.after ?? Data(), as: UTF8.self).contains(migration))
        }
        #expect(plan.conflictCount == 0)
        // Landed, the same model again is nothing to do.
        guard case .branch(_, let commit, _) = try BrickApplier.update(plan, workspace: workspace) else { Issue.record("no branch"); return }
        try BrickFixtures.git(["merge", "-q", "--ff-only", commit.hex], in: directory)
        let again = try BrickWorkspace.open(
            directory, model: ModelInput(model: model, text: "# changed\n", sourcePath: "m.yaml"), now: BrickFixtures.now,
            directories: Directories(cache: scratch.path + "/c", config: scratch.path + "/k"))
        #expect(try UpdatePlanner.plan([], library: try plugins.library(), workspace: again).files.filter(\.operation.writes).isEmpty)
    }

    @Test func aDroppedColumnIsWrittenCommentedOut() throws {
        var model = ShopModel.model
        model.entities[0].fields.removeAll { $0.name == "tier" }
        let migration = try #require(MigrationPlanner.migration(from: ShopModel.model, to: model))
        #expect(migration.sql.contains("-- WARNING: dropping customers.tier deletes its values\n-- ALTER TABLE customers DROP COLUMN tier;"))
        #expect(!migration.warnings.isEmpty)
    }
}

@Suite("the model kept in the repository")
struct KeptModelTests {
    static let shopFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/examples/shop.model.yaml").path

    /// The real flow: edit .groundwork/model.yaml, commit, `update` (no --model): one migration, the routes of the entity.
    @Test func updateReadsTheEditedModelFile() throws {
        let plugins = try TinyPlugins()
        let scratch = ScratchDirectory()
        let text = try String(contentsOfFile: Self.shopFile, encoding: .utf8)
        let directory = scratch.appending("shop")
        _ = try ProjectGenerator.create(
            directory: directory, stack: "tiny", bricks: [], library: try plugins.library(), pluginsFolder: plugins.path,
            model: ModelInput(model: try ModelLoader.load(path: Self.shopFile).model, text: text, sourcePath: Self.shopFile),
            now: BrickFixtures.now, directories: Directories(cache: scratch.path + "/c", config: scratch.path + "/k")
        )
        try BrickFixtures.git(["config", "user.name", "Dana Holder"], in: directory)
        try BrickFixtures.git(["config", "user.email", "dana@example.com"], in: directory)
        #expect(try String(contentsOfFile: directory + "/.groundwork/model.yaml", encoding: .utf8) == text, "the model file is kept as written")
        let fresh = try BrickWorkspace.open(directory, now: BrickFixtures.now, directories: Directories(cache: scratch.path + "/c", config: scratch.path + "/k"))
        #expect(try DriftReport.check(fresh, library: try plugins.library()).modelChange == nil, "a service just generated follows its model")
        let edited = text.replacingOccurrences(
            of: "      label: {type: string, required: true, max_length: 40}\n", with: "      label: {type: string, required: true, max_length: 40}\n      color: {type: string, max_length: 7}\n")
        #expect(edited != text)
        try edited.write(toFile: directory + "/.groundwork/model.yaml", atomically: true, encoding: .utf8)
        try BrickFixtures.git(["commit", "-qam", "Tags get a colour"], in: directory)

        let workspace = try BrickWorkspace.open(directory, now: BrickFixtures.now, directories: Directories(cache: scratch.path + "/c", config: scratch.path + "/k"))
        // `check` (CI) notices the edit before anyone runs update.
        let drift = try DriftReport.check(workspace, library: try plugins.library())
        #expect(!drift.isClean)
        #expect(drift.modelChange?.migration == "add_tags_color")
        #expect(drift.modelChange?.bricks.isEmpty == false)
        #expect(PlanText.render(drift).contains("model     .groundwork/model.yaml changed since the last render: groundwork update renders"))
        let plan = try UpdatePlanner.plan([], library: try plugins.library(), workspace: workspace)
        let written = Set(plan.files.filter(\.operation.writes).map(\.path))
        #expect(written == ["src/routes/tag.js", "openapi.json", ".groundwork/model.lock.json", "migrations/0002_add_tags_color.sql", LockFile.path])
    }

    /// `apply api --model FILE` on an existing service of the stack: the alias resolves, the model is committed with it.
    @Test func applyAPIToAnExistingRepository() throws {
        let plugins = try TinyPlugins()
        let repo = try BrickFixtures.nodeService()
        let text = try String(contentsOfFile: Self.shopFile, encoding: .utf8)
        let input = ModelInput(model: try ModelLoader.load(path: Self.shopFile).model, text: text, sourcePath: Self.shopFile)
        let workspace = try BrickWorkspace.open(repo.path, model: input, now: BrickFixtures.now, directories: Directories(cache: repo.path + "/../c", config: repo.path + "/../k"))
        let plan = try ApplyPlanner.plan(["api"], library: try plugins.library(), workspace: workspace)
        #expect(plan.bricks.map(\.id) == ["api-tiny"])
        #expect(plan.files.first { $0.path == ".groundwork/model.yaml" }?.operation == .create)
        #expect(plan.files.contains { $0.path == "migrations/0001_init.sql" && $0.operation == .create })
    }
}
