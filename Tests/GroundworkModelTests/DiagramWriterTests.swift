import Foundation
import GroundworkModel
import Testing

@Suite("The diagram writer")
struct DiagramWriterTests {
    @Test func oneSelfContainedPageWithEveryEntityAndRelation() throws {
        let model = try ModelLoader.load(path: ModelFixtures.path("marketplace.dbml")).model
        let html = DiagramWriter.write(model)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.components(separatedBy: "<g class=\"entity\"").count - 1 == model.entities.count)
        let references = model.entities.reduce(0) { $0 + $1.fields.filter { $0.reference != nil }.count }
        #expect(html.components(separatedBy: "<g class=\"relation-line\"").count - 1 == references)
        #expect(html.components(separatedBy: "<g class=\"many-to-many\"").count - 1 == model.joinTables.count)
        for forbidden in ["<script", "src=\"http", "href=\"http", "@import", "url("] {
            #expect(!html.contains(forbidden), "the page must not load \(forbidden)")
        }
        #expect(html == DiagramWriter.write(model), "deterministic")
    }

    @Test func twentyEntitiesStayWithinAReadablePage() {
        let entities = (0..<24).map { index in
            Entity(
                name: "E\(index)", table: "e\(index)",
                fields: [Field(name: "name", type: .string)]
                    + (index == 0
                        ? []
                        : [
                            Field(name: "parent_id", type: .uuid, reference: Reference(entity: "E\(index / 3)", name: "parent"))
                        ]))
        }
        let html = DiagramWriter.write(DataModel(name: "big", entities: entities))
        let width = html.firstMatch(of: /width="(\d+)" height="(\d+)"/)
        let (w, h) = (Int(width!.1)!, Int(width!.2)!)
        #expect(w < 4000 && h < 1300, "\(w)×\(h)")
        #expect(w > h / 2)
    }

    @Test func namesAreEscaped() {
        let model = DataModel(name: "x", entities: [Entity(name: "A", table: "<a&b>", fields: [])])
        #expect(DiagramWriter.write(model).contains("&lt;a&amp;b&gt;"))
    }
}
