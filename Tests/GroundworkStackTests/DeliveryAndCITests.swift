import GroundworkAuditModel
import GroundworkTestSupport
import Testing

@Suite("Delivery and CI")
struct DeliveryAndCITests {
    static let deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          template:
            spec:
              containers:
                - name: web
                  image: ghcr.io/acme/web:1.0.0
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        """

    @Test("Dockerfiles, compose services, Kubernetes, Helm, Kustomize and Terraform are found")
    func delivery() throws {
        let stack = try detectStack([
            "Dockerfile": "FROM node:20\n",
            "Dockerfile.dev": "FROM node:20\n",
            "services/worker/worker.Dockerfile": "FROM python:3.12\n",
            "build/package/Containerfile": "FROM alpine:3.19\n",
            "node_modules/some-lib/Dockerfile": "FROM scratch\n",
            "docs/Dockerfile.md": "# How we build images\n",
            ".dockerignore": "node_modules\n",
            "services/worker/.dockerignore": "*.pyc\n",
            "docker-compose.yml": "services:\n  web:\n    build: .\n  db:\n    image: postgres:16\n",
            "compose.override.yaml": "services:\n  web:\n    environment: [DEBUG=1]\n  cache:\n    image: redis:7\n",
            "legacy/docker-compose.v1.yml": "app:\n  image: acme/app:1\nredis:\n  image: redis\n",
            "deploy/k8s/app.yaml": .text(Self.deployment),
            "deploy/k8s/kustomization.yaml": "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [app.yaml]\n",
            "deploy/k8s/broken.yaml": "apiVersion: v1\nkind: [unclosed\n  - : :\n",
            "charts/api/Chart.yaml": "apiVersion: v2\nname: api\nversion: 0.1.0\n",
            "charts/api/values.yaml": "image:\n  repository: acme/api\n",
            "charts/api/templates/deployment.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ include \"api.fullname\" . }}\n",
            "skaffold.yaml": "apiVersion: skaffold/v4beta6\nkind: Config\n",
            "catalog-info.yaml": "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: web\n",
            "config/settings.yaml": "kind: settings\nlevel: 3\n",
            "infra/main.tf": "terraform {}\n",
            "infra/variables.tf": "variable \"region\" {}\n",
            "infra/modules/vpc/main.tf": "resource \"aws_vpc\" \"main\" {}\n",
            "infra/.terraform/modules/x/main.tf": "# downloaded module\n",
            "README.md": "Our manifests use apiVersion and kind.\n",
        ])
        let delivery = stack.delivery
        #expect(delivery.dockerfiles == ["Dockerfile", "Dockerfile.dev", "build/package/Containerfile", "services/worker/worker.Dockerfile"])
        #expect(delivery.dockerignore == ".dockerignore")
        #expect(delivery.composeFiles == ["compose.override.yaml", "docker-compose.yml", "legacy/docker-compose.v1.yml"])
        #expect(delivery.composeServices == ["web", "cache", "db", "app", "redis"])
        #expect(delivery.kubernetesManifests == ["deploy/k8s/app.yaml"])
        #expect(delivery.helmCharts == ["charts/api"])
        #expect(delivery.kustomizations == ["deploy/k8s/kustomization.yaml"])
        #expect(delivery.terraform == ["infra", "infra/modules/vpc"])
    }

    @Test("an empty repository has no delivery and no CI")
    func nothing() throws {
        let stack = try detectStack(["README.md": "# hello\n"])
        #expect(stack.delivery == DeliveryFacts())
        #expect(stack.ciSystems.isEmpty)
        #expect(stack.packages.isEmpty)
        #expect(stack.license == nil)
    }

    @Test("every CI system is found with its files")
    func ciSystems() throws {
        let stack = try detectStack([
            ".github/workflows/ci.yml": "on: push\njobs: {}\n",
            ".github/workflows/release.yaml": "on: release\njobs: {}\n",
            ".github/workflows/README.md": "workflows\n",
            ".github/dependabot.yml": "version: 2\n",
            ".gitlab-ci.yml": "test:\n  script: make test\n",
            ".circleci/config.yml": "version: 2.1\n",
            "Jenkinsfile": "pipeline { agent any }\n",
            "ci/Jenkinsfile.release": "pipeline { agent any }\n",
            "azure-pipelines.yml": "trigger: [main]\n",
            "bitbucket-pipelines.yml": "pipelines: {}\n",
            ".travis.yml": "language: go\n",
        ])
        let systems = Dictionary(uniqueKeysWithValues: stack.ciSystems.map { ($0.name, $0.files) })
        #expect(stack.ciSystems.map(\.name) == ["github-actions", "gitlab-ci", "circleci", "jenkins", "azure-pipelines", "bitbucket-pipelines", "travis"])
        #expect(systems["github-actions"] == [".github/workflows/ci.yml", ".github/workflows/release.yaml"])
        #expect(systems["jenkins"] == ["Jenkinsfile", "ci/Jenkinsfile.release"])
        #expect(systems["gitlab-ci"] == [".gitlab-ci.yml"])
    }

    @Test("a package with a Dockerfile and nothing else to tell is deployed as a service")
    func dockerfileMakesService() throws {
        let stack = try detectStack([
            "requirements.txt": "requests==2.31.0\n",
            "worker.py": "import requests\nprint(requests.get('https://example.com'))\n",
            "Dockerfile": "FROM python:3.12-slim\nEXPOSE 8080\nCMD [\"python\", \"worker.py\"]\n",
        ])
        let package = try stack.onlyPackage()
        #expect(package.kind == .service)
        #expect(package.ports == [8080])
    }
}
