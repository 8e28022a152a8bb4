import Foundation
import GroundworkAuditModel
import Testing

@testable import GroundworkReport

struct SARIFReportRendererTests {
    let renderer = SARIFReportRenderer()

    func decode(_ report: AuditReport) throws -> SARIFLog {
        try JSONDecoder().decode(SARIFLog.self, from: Data(renderer.render(report, options: RenderOptions()).utf8))
    }

    @Test func hasTheRequiredTopLevelFields() throws {
        let text = renderer.render(ReportFixtures.full, options: RenderOptions())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
        #expect(object["version"] as? String == "2.1.0")
        let runs = try #require(object["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let driver = try #require((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "groundwork")
        #expect(driver["version"] as? String == "0.1.0")
        #expect(driver["informationUri"] as? String == RenderOptions.defaultInformationURI)
    }

    @Test func oneRulePerCheckWithHelpNamingTheBricks() throws {
        let report = ReportFixtures.full
        let rules = try decode(report).runs[0].tool.driver.rules
        #expect(rules.map(\.id) == report.results.map(\.id))
        let probes = try #require(rules.first { $0.id == "delivery.k8s-probes" })
        #expect(probes.name == "DeliveryK8sProbes")
        #expect(probes.shortDescription.text == "Containers declare probes")
        #expect(probes.fullDescription.text == "It matters.")
        #expect(probes.help.text.contains("groundwork apply k8s docker"))
        #expect(probes.help.markdown?.contains("`k8s`, `docker`") == true)
        #expect(probes.defaultConfiguration.level == "warning")
        #expect(probes.properties.tags == ["delivery"])
        #expect(probes.properties.securitySeverity == nil)
        let secrets = try #require(rules.first { $0.id == "security.secrets-history" })
        #expect(secrets.properties.tags == ["security"])
        #expect(secrets.properties.securitySeverity == "9.5")
        #expect(secrets.help.text.contains("No groundwork brick fixes this"))
    }

    @Test func resultsOnlyForFailuresOnePerEvidence() throws {
        let report = ReportFixtures.full
        let run = try decode(report).runs[0]
        let expected = report.failures.reduce(0) { $0 + max(1, $1.evidence.count) }
        #expect(run.results.count == expected)
        let failing = Set(report.failures.map(\.id))
        for result in run.results {
            #expect(failing.contains(result.ruleId))
            #expect(run.tool.driver.rules[result.ruleIndex].id == result.ruleId)
            let severity = try #require(report.results.first { $0.id == result.ruleId }?.severity)
            #expect(result.level == SARIFReportRenderer.level(severity))
            #expect(result.partialFingerprints[SARIFFingerprint.key]?.count == 16)
        }
    }

    @Test(arguments: [(Severity.critical, "error"), (.high, "error"), (.medium, "warning"), (.low, "note"), (.info, "note")])
    func levelsFollowSeverity(severity: Severity, level: String) {
        #expect(SARIFReportRenderer.level(severity) == level)
    }

    @Test func locationsCarryRelativePathAndLine() throws {
        let run = try decode(ReportFixtures.full).runs[0]
        let ci = try #require(run.results.first { $0.ruleId == "ci.tests" })
        let location = try #require(ci.locations?.first?.physicalLocation)
        #expect(location.artifactLocation.uri == ".github/workflows/ci.yml")
        #expect(location.artifactLocation.uriBaseId == "%SRCROOT%")
        #expect(location.region?.startLine == 12)
        #expect(ci.properties?.commit == ReportFixtures.commit)

        let dockerfile = try #require(run.results.first { $0.ruleId == "delivery.dockerfile" })
        #expect(dockerfile.locations?.first?.physicalLocation.region == nil)

        let secret = try #require(run.results.first { $0.ruleId == "security.secrets-history" })
        #expect(secret.properties?.commit == ReportFixtures.historyCommit)
        #expect(secret.level == "error")
    }

    @Test func evidenceWithoutPathGivesALocationlessResult() throws {
        let run = try decode(ReportFixtures.full).runs[0]
        let contributing = try #require(run.results.first { $0.ruleId == "docs.contributing" })
        #expect(contributing.locations == nil)
        #expect(contributing.message.text == "no CONTRIBUTING.md at the root, in .github/ or docs/")
        let codeowners = try #require(run.results.first { $0.ruleId == "docs.codeowners" })
        #expect(codeowners.locations == nil)
        #expect(codeowners.message.text == "Code owners are declared")
    }

    @Test func fingerprintsAreStableAndDistinct() throws {
        let first = try decode(ReportFixtures.full).runs[0].results.map { $0.partialFingerprints[SARIFFingerprint.key] }
        var moved = ReportFixtures.full
        for index in moved.results.indices {
            moved.results[index].evidence = moved.results[index].evidence.map { item in
                var item = item
                item.line = item.line.map { $0 + 10 }
                return item
            }
        }
        let second = try decode(moved).runs[0].results.map { $0.partialFingerprints[SARIFFingerprint.key] }
        #expect(first == second)
        #expect(Set(first).count == first.count)
        #expect(SARIFFingerprint.fingerprint(ruleID: "a", path: "b", message: "c") != SARIFFingerprint.fingerprint(ruleID: "a", path: "bc", message: ""))
    }

    @Test func unicodeAndMarkupPathsArePercentEncoded() throws {
        let run = try decode(ReportFixtures.hostile).runs[0]
        let uris = run.results.compactMap { $0.locations?.first?.physicalLocation.artifactLocation.uri }
        #expect(uris.count == 2)
        for uri in uris {
            #expect(uri.unicodeScalars.allSatisfy { $0.isASCII && $0 != " " && $0 != "<" && $0 != "|" })
            #expect(URL(string: uri) != nil)
        }
        #expect(uris.first?.removingPercentEncoding == ReportFixtures.hostilePath)
        #expect(SARIFReportRenderer.uri(forPath: "c:x/a b") == "c%3Ax/a%20b")
    }

    @Test func emptyRepositoryIsAValidEmptyRun() throws {
        let run = try decode(ReportFixtures.empty).runs[0]
        #expect(run.results.isEmpty)
        #expect(run.tool.driver.rules.isEmpty)
        #expect(run.properties?.commit == nil)
    }

    @Test func problemsBecomeNotificationsAndURLSourcesProvenance() throws {
        let run = try decode(ReportFixtures.full).runs[0]
        #expect(run.invocations.first?.executionSuccessful == true)
        #expect(run.invocations.first?.toolExecutionNotifications?.map(\.message.text) == ["history is partial: the clone is shallow"])
        #expect(run.versionControlProvenance?.first?.repositoryUri == "https://github.com/acme/shop.git")
        #expect(run.versionControlProvenance?.first?.revisionId == ReportFixtures.commit)
        #expect(try decode(ReportFixtures.hostile).runs[0].versionControlProvenance == nil)
    }
}
