import Foundation
import GroundworkAuditModel
import GroundworkChecks
import Testing

/// One example of one delivery check, named for the test report.
struct DeliveryExampleCase: Sendable, CustomTestStringConvertible {
    let check: any Check
    let example: CheckExample
    var testDescription: String { "\(check.id): \(example.name)" }

    static let all = DeliveryChecks.all.flatMap { check in check.examples.map { DeliveryExampleCase(check: check, example: $0) } }
}

@Suite("Delivery checks")
struct DeliveryChecksTests: DeliveryCheckTesting {
    @Test func idsAreUniqueAndInTheDeliveryArea() {
        let ids = DeliveryChecks.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        for check in DeliveryChecks.all {
            #expect(check.id.hasPrefix("delivery."))
            #expect(check.area == .delivery)
            #expect(!check.fixedBy.isEmpty)
            #expect(check.effortHours > 0)
            let expectations = Set(check.examples.map(\.expectation))
            #expect(expectations.isSuperset(of: [.pass, .fail]), "\(check.id) needs passing and failing examples")
        }
    }

    @Test(arguments: DeliveryExampleCase.all)
    func examplesThroughARealRepository(_ testCase: DeliveryExampleCase) throws {
        let (repo, context) = try buildExample(testCase.example, now: Date(timeIntervalSince1970: 1_735_689_600))
        let outcome = testCase.check.evaluate(context)
        let matches =
            switch (testCase.example.expectation, outcome) {
            case (.pass, .passed), (.fail, .failed), (.notApplicable, .notApplicable): true
            default: false
            }
        #expect(matches, "expected \(testCase.example.expectation), got \(outcome)")
        withExtendedLifetime(repo) {}
    }

    // MARK: - delivery.dockerfile with hand-made stacks

    @Test func serviceWithoutDockerfileFailsAtItsManifest() {
        let context = deliveryContext(
            ["services/api/package.json": "{}", "services/web/package.json": "{}", "services/web/Dockerfile": "FROM node:20\n"],
            stack: stack(package("services/api", "api"), package("services/web", "web")))
        let reported = evidence(ServiceHasDockerfileCheck().evaluate(context))
        #expect(reported.map(\.path) == ["services/api/package.json"])
    }

    @Test(arguments: ["Dockerfile.api", "docker/api.Dockerfile", "docker/api/Dockerfile", "services/api/build/Dockerfile"])
    func dockerfilesThatNameTheServiceCoverIt(_ path: String) {
        let context = deliveryContext(
            [path: "FROM node:20\n", "services/web/Dockerfile": "FROM node:20\n"],
            stack: stack(package("services/api", "api"), package("services/web", "web")))
        #expect(ServiceHasDockerfileCheck().evaluate(context) == .passed)
    }

    @Test func rootDockerfileCoversASingleNestedService() {
        let files = ["Dockerfile": "FROM golang:1.22\n"]
        #expect(ServiceHasDockerfileCheck().evaluate(deliveryContext(files, stack: stack(package("cmd/server", "server", ecosystem: "go")))) == .passed)
        let two = stack(package("apps/a", "a"), package("apps/b", "b"))
        #expect(evidence(ServiceHasDockerfileCheck().evaluate(deliveryContext(files, stack: two))).count == 2)
    }

    @Test func librariesAndUnknownPackagesAreNotAsked() {
        let context = deliveryContext(["package.json": "{}"], stack: stack(package("", "lib", kind: .library), package("tools", "tools", kind: .unknown)))
        #expect(isNotApplicable(ServiceHasDockerfileCheck().evaluate(context)))
    }

    @Test func vendoredDockerfilesDoNotCount() {
        let context = deliveryContext(["node_modules/some-dep/Dockerfile": "FROM node:20\n"], stack: stack(package("", "app")))
        #expect(ServiceHasDockerfileCheck().evaluate(context).isFailure)
    }

    @Test(arguments: [
        ("Dockerfile", true), ("dockerfile", true), ("Containerfile", true), ("Dockerfile.prod", true), ("api.Dockerfile", true),
        ("Dockerfile.dockerignore", false), ("dockerfile.go", false), ("Dockerfile.j2", false), ("Dockerfile.md", false), ("Dockerfiles", false),
    ])
    func dockerfileNames(_ name: String, isDockerfile: Bool) {
        #expect(DockerfileNames.isDockerfile(name) == isDockerfile)
    }

    // MARK: - Image checks

    @Test func unpinnedImagesAreReportedWithTheirLine() {
        let context = deliveryContext(["Dockerfile": "ARG TAG=latest\nFROM node:20 AS build\nFROM build AS test\nFROM nginx:${TAG}\nFROM scratch\n"])
        let reported = evidence(BaseImagePinnedCheck().evaluate(context))
        #expect(reported.map(\.line) == [4])
        #expect(reported.first?.message.contains("nginx:latest") == true)
    }

    @Test func copyFromImagesArePinnedButStagesAreNot() {
        let context = deliveryContext([
            "Dockerfile": """
            FROM golang:1.22 AS build
            FROM alpine:3.20
            COPY --from=build /app /app
            COPY --from=0 /app /app2
            COPY --from=busybox:1.36 /bin/busybox /busybox
            COPY --from=gloursdocker/docker / /
            """
        ])
        #expect(evidence(BaseImagePinnedCheck().evaluate(context)).map(\.line) == [6])
    }

    @Test func heredocFromLinesAreNotBaseImages() {
        let context = deliveryContext(["Dockerfile": "FROM python:3.12-slim\nRUN <<EOF\nFROM ubuntu\nEOF\n"])
        #expect(BaseImagePinnedCheck().evaluate(context) == .passed)
    }

    @Test(arguments: [
        ("FROM node:20\nUSER node\n", true),
        ("FROM node:20\nUSER 1000:1000\n", true),
        ("FROM node:20\nUSER node\nUSER 0\n", false),
        ("FROM node:20\nUSER root:root\n", false),
        ("FROM node:20 AS base\nUSER node\nFROM base\nCMD [\"node\"]\n", true),
        ("FROM node:20 AS base\nUSER node\nFROM node:20-slim\nCMD [\"node\"]\n", false),
        ("FROM cgr.dev/chainguard/node:latest\n", true),
        ("FROM scratch\nCOPY app /app\n", false),
        ("FROM mcr.microsoft.com/dotnet/aspnet:8.0\nUSER $APP_UID\n", true),
    ])
    func nonRootUser(_ dockerfile: String, passes: Bool) {
        let outcome = NonRootUserCheck().evaluate(deliveryContext(["Dockerfile": dockerfile]))
        #expect(outcome.isFailure == !passes, "\(outcome)")
    }

    @Test func kubernetesMustEnforceNonRootForEveryWorkload() {
        let dockerfile = "FROM node:20\nCMD [\"node\", \"index.js\"]\n"
        let enforced = deliveryContext(["Dockerfile": dockerfile, "k8s/web.yaml": DeliveryExampleFiles.deployment()])
        #expect(NonRootUserCheck().evaluate(enforced) == .passed)
        let containerLevel = DeliveryExampleFiles.deployment().replacingOccurrences(of: "runAsNonRoot: true", with: "runAsUser: 0")
            .replacingOccurrences(of: "allowPrivilegeEscalation: false", with: "allowPrivilegeEscalation: false\n            runAsUser: 10001")
        #expect(NonRootUserCheck().evaluate(deliveryContext(["Dockerfile": dockerfile, "k8s/web.yaml": containerLevel])) == .passed)
        let oneWorkloadAsRoot = deliveryContext([
            "Dockerfile": dockerfile, "k8s/web.yaml": DeliveryExampleFiles.deployment(),
            "k8s/worker.yaml": "apiVersion: v1\nkind: Pod\nmetadata: { name: worker }\nspec:\n  containers:\n    - name: w\n      image: acme/worker:1\n",
        ])
        #expect(evidence(NonRootUserCheck().evaluate(oneWorkloadAsRoot)).map(\.line) == [1])
    }

    @Test func multiStageLooksAtStackAndCommands() {
        let single = ["Dockerfile": "FROM node:20\nCOPY . .\nRUN npm ci && npm run build\n"]
        #expect(isNotApplicable(MultiStageBuildCheck().evaluate(deliveryContext(single))))
        let typeScript = deliveryContext(single, stack: stack(package("", "web", typeScript: true)))
        #expect(evidence(MultiStageBuildCheck().evaluate(typeScript)).map(\.line) == [3])
        let prebuilt = deliveryContext(["Dockerfile": "FROM eclipse-temurin:21-jre\nCOPY target/app.jar /app.jar\n"], stack: stack(package("", "api", ecosystem: "java")))
        #expect(MultiStageBuildCheck().evaluate(prebuilt) == .passed)
        let swift = deliveryContext(["Dockerfile": "FROM swift:6.0\nCOPY . .\nRUN set -eux; swift build -c release\n"])
        #expect(MultiStageBuildCheck().evaluate(swift).isFailure)
    }

    @Test func dockerignoreIsLookedForPerDockerfile() {
        let context = deliveryContext(["api/Dockerfile": "FROM node:20\n", "api/.dockerignore": ".env\n", "web/Dockerfile": "FROM node:20\n"])
        #expect(evidence(DockerignorePresentCheck().evaluate(context)).map(\.path) == ["web/Dockerfile"])
    }

    @Test func secretsAreRedactedInEvidence() throws {
        let token = "ghp_R4nd0mT0k3nV4lu3Th4tL00ksR34l1234"
        let context = deliveryContext([
            "Dockerfile": """
            FROM node:20
            ARG GITHUB_TOKEN=\(token)
            ENV apiKey="\(token)" DB_PASSWORD_FILE=/run/secrets/db PASSWORD_MIN_LENGTH=12 FEATURE_TOKENS_ENABLED=true
            ENV AWS_ACCESS_KEY_ID=AKIAEXAMPLE
            RUN <<EOF
            ENV HIDDEN_SECRET=\(token)
            EOF
            """
        ])
        let reported = evidence(NoSecretsInImageCheck().evaluate(context))
        #expect(reported.map(\.line) == [2, 3])
        for item in reported {
            #expect(!item.message.contains(token))
            #expect(item.message.contains("ghp_****"))
        }
    }

    @Test(arguments: [
        ("DB_PASSWORD", true), ("NPM_TOKEN", true), ("api_key", true), ("stripeSecretKey", true), ("PRIVATE_KEY", true),
        ("AWS_SECRET_ACCESS_KEY", true), ("PASSWORD_FILE", false), ("TOKEN_URL", false), ("AWS_ACCESS_KEY_ID", false),
        ("KEYCLOAK_REALM", false), ("NODE_ENV", false), ("PASSENGER_APP_ENV", false),
    ])
    func secretNames(_ name: String, secret: Bool) {
        #expect(SecretName.looksSecret(name) == secret)
    }

    @Test func dockerChecksDoNotApplyWithoutDockerfile() {
        let context = deliveryContext(["README.md": "# app\n"])
        for check in [BaseImagePinnedCheck(), NonRootUserCheck(), MultiStageBuildCheck(), DockerignorePresentCheck(), NoSecretsInImageCheck()] as [any Check] {
            #expect(isNotApplicable(check.evaluate(context)), "\(check.id)")
        }
    }
}
