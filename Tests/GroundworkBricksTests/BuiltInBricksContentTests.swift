import Foundation
import GroundworkBricks
import Testing
import Yams

/// What particular bricks promise about their content: pins, licence texts, security settings, ecosystems.
@Suite("Built-in bricks: content")
struct BuiltInBricksContentTests {
    @Test("every action is pinned to a full SHA with its version, as listed once in brick.yaml")
    func actionsArePinnedAsListed() throws {
        let folder = BuiltInBrickLibrary.folder + "/github-actions/"
        let manifest = try String(contentsOfFile: folder + "brick.yaml", encoding: .utf8)
        let listed = Set(
            manifest.split(separator: "\n").compactMap { line -> String? in
                guard line.hasPrefix("#   ") else { return nil }
                return line.dropFirst(4).trimmingCharacters(in: .whitespaces)
            })
        #expect(listed.count == 8)
        let template = try String(contentsOfFile: folder + "templates/ci.yml.mustache", encoding: .utf8)
        let fullSHAPin = try NSRegularExpression(pattern: #"^\s*-?\s*uses:\s*([\w.-]+/[\w./-]+)@([0-9a-f]{40}) # (v\d+\.\d+\.\d+)\s*$"#)
        var used = Set<String>()
        for line in template.split(separator: "\n").map(String.init) where line.contains("uses:") {
            let range = NSRange(line.startIndex..., in: line)
            guard let match = fullSHAPin.firstMatch(in: line, range: range),
                let action = Range(match.range(at: 1), in: line), let sha = Range(match.range(at: 2), in: line),
                let version = Range(match.range(at: 3), in: line)
            else {
                Issue.record("not pinned as owner/action@<40 hex> # vX.Y.Z: \(line)")
                continue
            }
            used.insert("\(line[action])@\(line[sha]) # \(line[version])")
        }
        #expect(used == listed, "pins in the template but not listed: \(used.subtracting(listed)); listed but unused: \(listed.subtracting(used))")
    }

    @Test("the workflow grants a read-only token and pastes no expression into a script", arguments: StackFixture.all)
    func workflowIsLeastPrivilege(_ fixture: StackFixture) throws {
        let file = try #require(try PreparedFixture(fixture).render("github-actions").first)
        let workflow = try #require(try Yams.load(yaml: file.textContent) as? [String: Any])
        #expect((workflow["permissions"] as? [String: Any])?["contents"] as? String == "read")
        let jobs = try #require(workflow["jobs"] as? [String: Any])
        for case let job as [String: Any] in jobs.values {
            for case let step as [String: Any] in job["steps"] as? [Any] ?? [] {
                if let run = step["run"] as? String { #expect(!run.contains("${{"), "an expression in run: \(run)") }
            }
        }
    }

    @Test("image jobs and update ecosystems follow the docker and github-actions bricks in the run")
    func bricksInTheRunShapeEachOther() throws {
        let prepared = try PreparedFixture(StackFixture.goGin)
        #expect(try !prepared.render("github-actions")[0].textContent.contains("docker/build-push-action"))
        #expect(try !prepared.render("gitlab-ci")[0].textContent.contains("container-image:"))
        #expect(try !prepared.render("dependabot")[0].textContent.contains("package-ecosystem: docker"))
        let ids = ["docker", "github-actions", "gitlab-ci", "dependabot"]
        let plan = try ApplyPlanner.plan(ids, library: prepared.library, workspace: prepared.workspace)
        func text(_ path: String) -> String { plan.files.first { $0.path == path }?.after.map { String(decoding: $0, as: UTF8.self) } ?? "" }
        #expect(text(".github/workflows/ci.yml").contains("docker/build-push-action"))
        #expect(text(".gitlab-ci.yml").contains("container-image:"))
        let dependabot = text(".github/dependabot.yml")
        #expect(dependabot.contains("package-ecosystem: docker") && dependabot.contains("package-ecosystem: github-actions"))
    }

    @Test("the licence texts are the standard ones", arguments: ["MIT", "Apache-2.0"])
    func licenceTextsAreExact(_ spdx: String) throws {
        let prepared = try PreparedFixture(StackFixture.rustAxum)
        let files = try prepared.render("license", overrides: ["spdx": spdx, "holder": "Acme Ltd"])
        let license = try #require(files.first { $0.path == "LICENSE" }).textContent
        let year = Calendar(identifier: .gregorian).component(.year, from: Date())
        if spdx == "MIT" {
            #expect(files.count == 1)
            #expect(license.hasPrefix("MIT License\n\nCopyright (c) \(year) Acme Ltd\n\nPermission is hereby granted, free of charge,"))
            #expect(license.hasSuffix("OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE\nSOFTWARE.\n"))
        } else {
            let notice = try #require(files.first { $0.path == "NOTICE" }).textContent
            #expect(notice.contains("Copyright \(year) Acme Ltd"))
            #expect(license.contains("Apache License\n                           Version 2.0, January 2004"))
            if let reference = FileManager.default.contents(atPath: "/usr/share/common-licenses/Apache-2.0") {
                #expect(Data(license.utf8) == reference, "the Apache-2.0 text differs from the system's copy")
            }
        }
    }

    @Test("the Deployment runs locked down, sized, probed and on a version tag")
    func deploymentIsHardened() throws {
        let prepared = try PreparedFixture(StackFixture.goGin)
        let files = try prepared.render("kubernetes")
        #expect(!files.contains { $0.path.hasSuffix("ingress.yaml") })
        let deployment = try #require(files.first { $0.path == "deploy/kubernetes/base/deployment.yaml" })
        let object = try #require(try Yams.load(yaml: deployment.textContent) as? [String: Any])
        let pod = try #require(((object["spec"] as? [String: Any])?["template"] as? [String: Any])?["spec"] as? [String: Any])
        #expect((pod["securityContext"] as? [String: Any])?["runAsNonRoot"] as? Bool == true)
        let container = try #require((pod["containers"] as? [[String: Any]])?.first)
        #expect(container["image"] as? String == "inventory:0.1.0")
        let security = try #require(container["securityContext"] as? [String: Any])
        #expect(security["allowPrivilegeEscalation"] as? Bool == false)
        #expect(security["readOnlyRootFilesystem"] as? Bool == true)
        #expect((security["capabilities"] as? [String: Any])?["drop"] as? [String] == ["ALL"])
        let resources = try #require(container["resources"] as? [String: [String: Any]])
        #expect(Set(resources["requests"]?.keys.map { $0 } ?? []) == ["cpu", "memory"])
        #expect(Set(resources["limits"]?.keys.map { $0 } ?? []) == ["cpu", "memory"])
        #expect(container["livenessProbe"] != nil && container["readinessProbe"] != nil)
        #expect((container["ports"] as? [[String: Any]])?.first?["containerPort"] as? Int == 8081)
        // The service's settings (DATABASE_URL, JWT_…) from an optional Secret; none when the parameter is empty.
        let secret = (container["envFrom"] as? [[String: Any]])?.first?["secretRef"] as? [String: Any]
        #expect(secret?["name"] as? String == "inventory-env" && secret?["optional"] as? Bool == true)
        #expect(!(try prepared.render("kubernetes", overrides: ["env_secret": ""])[0].textContent.contains("envFrom")))
    }

    @Test("an Ingress is written, and listed in the base, only for an ingress host")
    func ingressOnRequest() throws {
        let prepared = try PreparedFixture(StackFixture.goGin)
        let files = try prepared.render("kubernetes", overrides: ["ingress_host": "api.example.com", "health_path": "/health"])
        let ingress = try #require(files.first { $0.path == "deploy/kubernetes/base/ingress.yaml" }).textContent
        #expect(ingress.contains("host: api.example.com"))
        let base = try #require(files.first { $0.path == "deploy/kubernetes/base/kustomization.yaml" }).textContent
        #expect(base.contains("- ingress.yaml"))
        let deployment = try #require(files.first { $0.path.hasSuffix("deployment.yaml") }).textContent
        #expect(deployment.contains("path: /health"))
        #expect(try prepared.render("kubernetes")[0].textContent.contains("tcpSocket"))
    }

    @Test("the Helm chart keeps Helm's own braces and names the chart after the project")
    func helmChart() throws {
        let files = try PreparedFixture(StackFixture.javaSpring).render("helm")
        #expect(files.count == 7)
        let chart = try #require(files.first { $0.path == "deploy/helm/orders/Chart.yaml" }).textContent
        #expect((try Yams.load(yaml: chart) as? [String: Any])?["name"] as? String == "orders")
        let deployment = try #require(files.first { $0.path == "deploy/helm/orders/templates/deployment.yaml" }).textContent
        #expect(deployment.contains(#"{{ include "orders.fullname" . }}"#))
        #expect(deployment.contains("{{ .Values.image.repository }}"))
        let valuesFile = try #require(files.first { $0.path.hasSuffix("values.yaml") })
        let values = try #require(try Yams.load(yaml: valuesFile.textContent) as? [String: Any])
        #expect((values["image"] as? [String: Any])?["tag"] as? String == "0.1.0")
        #expect(values["containerPort"] as? Int == 8085)
    }

    @Test("compose adds PostgreSQL and Redis with health checks and volumes only on request")
    func composeServices() throws {
        let prepared = try PreparedFixture(StackFixture.pythonFastAPI)
        let plain = try #require(try Yams.load(yaml: prepared.render("compose")[0].textContent) as? [String: Any])
        #expect((plain["services"] as? [String: Any])?.keys.sorted() == ["payments"])
        #expect(plain["volumes"] == nil)
        let full = try #require(try Yams.load(yaml: prepared.render("compose", overrides: ["postgres": "true", "redis": "true"])[0].textContent) as? [String: Any])
        let services = try #require(full["services"] as? [String: [String: Any]])
        #expect(services.keys.sorted() == ["payments", "postgres", "redis"])
        #expect(services["postgres"]?["healthcheck"] != nil && services["redis"]?["healthcheck"] != nil)
        let environment = try #require(services["payments"]?["environment"] as? [String: Any])
        #expect((environment["DATABASE_URL"] as? String)?.hasPrefix("postgres://") == true)
        #expect(environment["REDIS_URL"] as? String == "redis://redis:6379/0")
        #expect((full["volumes"] as? [String: Any])?.keys.sorted() == ["postgres-data", "redis-data"])
    }

    @Test(
        "Dependabot watches the stack's own ecosystem",
        arguments: [
            ("node-express", "npm"), ("node-library", "npm"), ("python-fastapi", "pip"), ("python-flask", "pip"), ("go-gin", "gomod"),
            ("java-spring", "maven"), ("kotlin-gradle", "gradle"), ("swift-vapor", "swift"), ("rust-axum", "cargo"),
        ])
    func dependabotEcosystem(_ name: String, _ ecosystem: String) throws {
        let fixture = try #require(StackFixture.all.first { $0.name == name })
        let config = try #require(try Yams.load(yaml: PreparedFixture(fixture).render("dependabot")[0].textContent) as? [String: Any])
        let updates = try #require(config["updates"] as? [[String: Any]])
        #expect(updates.first?["package-ecosystem"] as? String == ecosystem)
        #expect((updates.first?["schedule"] as? [String: Any])?["interval"] as? String == "weekly")
    }

    @Test("every final image stage runs as a numeric non-root user", arguments: StackFixture.all.filter(\.isService))
    func dockerUsers(_ fixture: StackFixture) throws {
        let dockerfile = try #require(try PreparedFixture(fixture).render("docker").first { $0.path == "Dockerfile" }).textContent
        let lines = dockerfile.split(separator: "\n").map(String.init)
        let finalStage = lines.lastIndex { $0.hasPrefix("FROM ") } ?? 0
        let user = try #require(lines[finalStage...].last { $0.hasPrefix("USER ") })
        let uid = user.dropFirst(5).split(separator: ":").first.flatMap { Int($0) }
        #expect((uid ?? 0) > 0, "\(fixture.name): \(user)")
        #expect(lines.filter { $0.hasPrefix("FROM ") }.count == 2, "\(fixture.name) is not built in two stages")
        #expect(fixture.ecosystem == "go" || lines.contains { $0.hasPrefix("HEALTHCHECK ") }, "\(fixture.name) has no HEALTHCHECK")
    }

    @Test("the code of conduct is the Contributor Covenant 2.1 with the contact filled in")
    func codeOfConduct() throws {
        let files = try PreparedFixture(StackFixture.nodeLibrary).render("community", overrides: ["conduct_contact": "conduct@acme.example", "owners": "@acme/web,@acme/ops"])
        let conduct = try #require(files.first { $0.path == "CODE_OF_CONDUCT.md" }).textContent
        #expect(conduct.hasPrefix("# Contributor Covenant Code of Conduct\n"))
        #expect(conduct.contains("reported to the community leaders responsible for enforcement at\nconduct@acme.example.\n"))
        #expect(conduct.contains("version 2.1, available at"))
        let owners = try #require(files.first { $0.path == ".github/CODEOWNERS" }).textContent
        #expect(owners.hasSuffix("\n* @acme/web @acme/ops\n"))
    }
}
