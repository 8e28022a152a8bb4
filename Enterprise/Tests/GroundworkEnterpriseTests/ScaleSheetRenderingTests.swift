#if Enterprise
import Foundation
import GroundworkReport
import Testing
@testable import GroundworkScale

/// The capacity sheet's three renderings of one hand-made measurement: structure, self-containment, methods.
@Suite struct ScaleSheetRenderingTests {
    @Test func theHTMLIsSelfContainedWithChartsAndEveryMethod() throws {
        let html = CapacityHTMLRenderer().render(ScaleFixtures.sheet())
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        for forbidden in ["<script", "<link", " src=", "url(", "@import"] {
            #expect(!html.contains(forbidden), "\(forbidden) would load something from outside the file")
        }
        // Two measurement charts and two replica-curve charts, inline.
        #expect(html.components(separatedBy: "<svg class=\"trend\"").count - 1 == 4)
        for text in [
            "Capacity sheet", "orders", "EVALUATION", "wrk debian/4.1.0-3+b2 [epoll]", "PostgreSQL 15.8", "minReplicas: 2", "maxReplicas: 18",
            "minAvailable: 1", "cpu: 900m", "pool_mode = transaction", "default_pool_size = 36", "Replica curve",
        ] {
            #expect(html.contains(HTMLEscaping.text(text)), "missing \(text)")
        }
        for method in ScaleFixtures.sheet().methods {
            #expect(html.contains(HTMLEscaping.text(method.tool)))
        }
    }

    @Test func theMarkdownHasTheSameSections() {
        let markdown = CapacityMarkdownRenderer().render(ScaleFixtures.sheet(evaluation: false))
        for heading in ["# Capacity sheet: orders", "## Measurement", "## Sizing", "## Replica curve", "## Manifests", "## Method"] {
            #expect(markdown.contains("\n\(heading)\n") || markdown.hasPrefix(heading + "\n"), "missing \(heading)")
        }
        #expect(!markdown.contains("EVALUATION"))
        // 24 hourly rows in the replica curve.
        #expect(markdown.split(separator: "\n").filter { $0.hasPrefix("| ") && $0.contains(":00 |") }.count == 24)
        #expect(markdown.contains("| 2 ✔ |"))
    }

    @Test func theJSONCarriesTheMeasurementThePlanAndTheMethods() throws {
        let text = try CapacityJSONRenderer().render(ScaleFixtures.sheet())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["schema"] as? String == "groundwork.capacity-sheet/1")
        let plan = try #require(object["plan"] as? [String: Any])
        #expect(plan["rps_per_process"] as? Double == 900)
        #expect(plan["min_replicas"] as? Int == 2)
        #expect(plan["max_replicas"] as? Int == 18)
        #expect((object["replica_curve"] as? [Any])?.count == 288)
        let methods = try #require(object["methods"] as? [[String: Any]])
        #expect(methods.allSatisfy { !($0["tool"] as? String ?? "").isEmpty && !($0["method"] as? String ?? "").isEmpty })
        let measurement = try #require(object["measurement"] as? [String: Any])
        #expect((measurement["steps"] as? [Any])?.count == 3)
    }

    @Test func withoutADatabaseThereIsNoPoolSection() {
        let markdown = CapacityMarkdownRenderer().render(ScaleFixtures.sheet(database: false))
        #expect(!markdown.contains("PgBouncer"))
        #expect(!markdown.contains("DB conns"))
    }
}

#endif
