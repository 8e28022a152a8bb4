import GroundworkModel
import Testing

@Suite("Round trips through every format")
struct RoundTripTests {
    @Test func theModelFileWriterWritesWhatTheReaderReadsBack() throws {
        let shop = try ModelFixtures.shop()
        let text = ModelFileWriter.write(shop)
        let again = try ModelLoader.load(text: text, format: .yaml, file: "again.yaml", name: "shop").model
        #expect(
            ModelFixtures.differences(ModelFixtures.withoutLines(again), ModelFixtures.withoutLines(shop)).isEmpty,
            "\(ModelFixtures.differences(ModelFixtures.withoutLines(again), ModelFixtures.withoutLines(shop)))")
        #expect(ModelFileWriter.write(again) == text, "stable")
    }

    @Test func modelToDBMLToModelKeepsTheSchema() throws {
        let shop = try ModelFixtures.shop()
        let dbml = DBMLWriter.write(shop)
        let loaded = try ModelLoader.load(text: dbml, format: .dbml, file: "shop.dbml", name: "ignored")
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
        #expect(
            ModelFixtures.differences(ModelFixtures.schemaOnly(loaded.model), ModelFixtures.schemaOnly(shop)).isEmpty,
            "\(ModelFixtures.differences(ModelFixtures.schemaOnly(loaded.model), ModelFixtures.schemaOnly(shop)))")
    }

    @Test func dbmlToModelToDBMLIsStable() throws {
        let model = try ModelLoader.load(path: ModelFixtures.path("marketplace.dbml")).model
        let written = DBMLWriter.write(model)
        let again = try ModelLoader.load(text: written, format: .dbml, file: "again.dbml", name: "x").model
        #expect(DBMLWriter.write(again) == written)
        #expect(
            ModelFixtures.differences(ModelFixtures.withoutLines(again), ModelFixtures.withoutLines(model)).isEmpty,
            "\(ModelFixtures.differences(ModelFixtures.withoutLines(again), ModelFixtures.withoutLines(model)))")
    }

    @Test func modelToDDLToModelKeepsTheSchema() throws {
        for model in [try ModelFixtures.shop(), try ModelLoader.load(path: ModelFixtures.path("marketplace.dbml")).model] {
            let ddl = PostgresDDLWriter.schema(model)
            let loaded = try ModelLoader.load(text: ddl, format: .ddl, file: "schema.sql", name: model.name)
            #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
            #expect(
                ModelFixtures.differences(ModelFixtures.schemaOnly(loaded.model), ModelFixtures.schemaOnly(model)).isEmpty,
                "\(ModelFixtures.differences(ModelFixtures.schemaOnly(loaded.model), ModelFixtures.schemaOnly(model)))")
        }
    }

    @Test func importedModelsWriteModelFilesThatCheck() throws {
        for fixture in ["marketplace.dbml", "legacy-crm.pg_dump.sql"] {
            let model = try ModelLoader.load(path: ModelFixtures.path(fixture), name: "imported").model
            let text = ModelFileWriter.write(model, header: "imported")
            let again = try ModelLoader.load(text: text, format: .yaml, file: "imported.yaml", name: "imported").model
            #expect(
                ModelFixtures.differences(ModelFixtures.withoutLines(again), ModelFixtures.withoutLines(model)).isEmpty,
                "\(ModelFixtures.differences(ModelFixtures.withoutLines(again), ModelFixtures.withoutLines(model)))")
        }
    }
}
