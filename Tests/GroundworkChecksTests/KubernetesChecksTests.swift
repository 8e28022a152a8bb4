import Foundation
import GroundworkAuditModel
import GroundworkChecks
import Testing

@Suite("Kubernetes checks")
struct KubernetesChecksTests: DeliveryCheckTesting {
    private static let bare = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api
        spec:
          template:
            spec:
              containers:
                - name: api
                  image: acme/api
                - name: sidecar
                  image: envoyproxy/envoy:v1.30.1
                  resources:
                    requests: { cpu: 10m, memory: 32Mi }
                    limits: { cpu: 100m, memory: 64Mi }
                  livenessProbe: { tcpSocket: { port: 9901 } }
                  readinessProbe: { tcpSocket: { port: 9901 } }
                  securityContext: { allowPrivilegeEscalation: false, privileged: false }
        """

    @Test func everyCheckPassesOnAWellConfiguredDeployment() {
        let context = deliveryContext(["k8s/deployment.yaml": DeliveryExampleFiles.deployment(), "k8s/hpa.yaml": Self.hpa("web")])
        for check in DeliveryChecks.all where check.id.hasPrefix("delivery.k8s") {
            #expect(check.evaluate(context) == .passed, "\(check.id)")
        }
    }

    @Test func evidenceNamesWorkloadContainerAndLine() {
        let context = deliveryContext(["deploy/api.yaml": Self.bare])
        let resources = evidence(ContainerResourcesSetCheck().evaluate(context))
        #expect(resources.map(\.location) == ["deploy/api.yaml:9"])
        #expect(resources.first?.message == "Deployment/api container `api` has no requests.cpu, requests.memory, limits.cpu, limits.memory")
        #expect(evidence(ContainerProbesSetCheck().evaluate(context)).map(\.line) == [9])
        #expect(evidence(PrivilegeEscalationDisabledCheck().evaluate(context)).map(\.line) == [9])
        #expect(evidence(ContainerImageTaggedCheck().evaluate(context)).map(\.message) == ["Deployment/api container `api` image acme/api has no tag, so it means `latest`"])
        #expect(NoPrivilegedContainerCheck().evaluate(context) == .passed)
        #expect(evidence(DeploymentAutoscaledCheck().evaluate(context)).map(\.location) == ["deploy/api.yaml:2"])
    }

    @Test func everyWorkloadKindFindsItsPodTemplate() {
        let container = "containers: [{ name: c, image: acme/c:1, securityContext: { privileged: true } }]"
        let manifests = [
            "apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec: { \(container) }\n",
            "apiVersion: apps/v1\nkind: ReplicaSet\nmetadata: { name: rs }\nspec: { template: { spec: { \(container) } } }\n",
            "apiVersion: apps/v1\nkind: StatefulSet\nmetadata: { name: ss }\nspec: { template: { spec: { \(container) } } }\n",
            "apiVersion: apps/v1\nkind: DaemonSet\nmetadata: { name: ds }\nspec: { template: { spec: { \(container) } } }\n",
            "apiVersion: batch/v1\nkind: Job\nmetadata: { name: j }\nspec: { template: { spec: { \(container) } } }\n",
            "apiVersion: batch/v1\nkind: CronJob\nmetadata: { name: cj }\nspec: { jobTemplate: { spec: { template: { spec: { \(container) } } } } }\n",
            "apiVersion: v1\nkind: List\nitems:\n  - apiVersion: apps/v1\n    kind: Deployment\n    metadata: { name: d }\n    spec: { template: { spec: { \(container) } } }\n",
        ]
        let context = deliveryContext(["all.yaml": manifests.joined(separator: "---\n")])
        let found = evidence(NoPrivilegedContainerCheck().evaluate(context)).map { $0.message.split(separator: " ").first.map(String.init) ?? "" }
        #expect(found == ["Pod/p", "ReplicaSet/rs", "StatefulSet/ss", "DaemonSet/ds", "Job/j", "CronJob/cj", "Deployment/d"])
        #expect(evidence(ContainerProbesSetCheck().evaluate(context)).count == 5, "Jobs and CronJobs are not asked for probes")
    }

    @Test func multiDocumentLinesAreFileLines() {
        let text = "apiVersion: v1\nkind: ConfigMap\nmetadata: { name: cfg }\n---\n" + Self.bare
        #expect(evidence(ContainerResourcesSetCheck().evaluate(deliveryContext(["k8s.yml": text]))).map(\.line) == [13])
    }

    @Test func malformedYAMLIsReportedNotCrashed() {
        let files = [
            "k8s/broken.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n spec: [\n",
            "k8s/good.yaml": DeliveryExampleFiles.deployment(),
            "config/app.yaml": "kind of: [broken\napiVersion mention\n",
        ]
        let context = deliveryContext(files)
        let reported = evidence(KubernetesManifestsValidCheck().evaluate(context))
        #expect(reported.map(\.path) == ["k8s/broken.yaml"])
        #expect(reported.first?.line != nil)
        #expect(ContainerResourcesSetCheck().evaluate(context) == .passed)
    }

    @Test func documentsBeforeAParseErrorAreStillRead() {
        let text = Self.bare + "\n---\napiVersion: v1\nkind: Pod\nmetadata: {\n"
        let context = deliveryContext(["k8s/mixed.yaml": text])
        #expect(KubernetesManifestsValidCheck().evaluate(context).isFailure)
        #expect(evidence(ContainerResourcesSetCheck().evaluate(context)).count == 1)
    }

    @Test func helmTemplatesAreSkippedAndKustomizeBasesRead() {
        let files = [
            "chart/Chart.yaml": "apiVersion: v2\nname: web\nversion: 0.1.0\n",
            "chart/templates/deployment.yaml":
                "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ include \"web.fullname\" . }}\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: \"{{ .Values.image.repository }}\"\n",
            "k8s/base/kustomization.yaml": "resources: [deployment.yaml]\n",
            "k8s/base/deployment.yaml": Self.bare,
            "k8s/overlays/prod/kustomization.yaml": "resources: [../../base]\npatches:\n  - path: resources.yaml\npatchesStrategicMerge:\n  - ./replicas.yaml\n",
            "k8s/overlays/prod/resources.yaml":
                "apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: api }\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          resources: { limits: { memory: 1Gi } }\n",
            "k8s/overlays/prod/replicas.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: api }\nspec: { replicas: 5 }\n",
        ]
        let reported = evidence(ContainerResourcesSetCheck().evaluate(deliveryContext(files)))
        #expect(reported.map(\.path) == ["k8s/base/deployment.yaml"])
        #expect(evidence(DeploymentAutoscaledCheck().evaluate(deliveryContext(files))).count == 1)
    }

    @Test func onlyHelmTemplatesMeansNothingToInspect() {
        let context = deliveryContext(["chart/templates/deployment.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n"])
        for check in DeliveryChecks.all where check.id.hasPrefix("delivery.k8s") {
            #expect(isNotApplicable(check.evaluate(context)), "\(check.id)")
        }
    }

    @Test(arguments: ["/var/run/docker.sock", "/run/docker.sock", "/var/run/", "//var/run//docker.sock"])
    func dockerSocketMounts(_ path: String) {
        let manifest =
            "apiVersion: v1\nkind: Pod\nmetadata: { name: ci }\nspec:\n  containers: [{ name: c, image: docker:27 }]\n  volumes:\n    - name: logs\n      hostPath: { path: /var/log }\n    - name: sock\n      hostPath:\n        path: \(path)\n"
        let reported = evidence(NoDockerSocketMountCheck().evaluate(deliveryContext(["pod.yaml": manifest])))
        #expect(reported.map(\.line) == [9])
        #expect(reported.first?.message.contains("volume `sock`") == true)
    }

    @Test func privilegeEscalationMustBeExplicitlyOff() {
        let explicitOn = DeliveryExampleFiles.deployment().replacingOccurrences(of: "allowPrivilegeEscalation: false", with: "allowPrivilegeEscalation: true")
        let reported = evidence(PrivilegeEscalationDisabledCheck().evaluate(deliveryContext(["d.yaml": explicitOn])))
        #expect(reported.map(\.message) == ["Deployment/web container `web` sets allowPrivilegeEscalation: true"])
    }

    @Test(arguments: [
        ("nginx:1.27", true), ("nginx@sha256:0123abcd", true), ("registry:5000/nginx", false),
        ("nginx:latest", false), ("${IMAGE}", true), ("ghcr.io/acme/api:$(TAG)", true),
    ])
    func imageTags(_ image: String, passes: Bool) {
        let manifest = "apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers:\n    - name: c\n      image: \"\(image)\"\n"
        #expect(ContainerImageTaggedCheck().evaluate(deliveryContext(["p.yaml": manifest])).isFailure == !passes)
    }

    @Test func kedaScaledObjectsCountAsAutoscalers() {
        let scaled = "apiVersion: keda.sh/v1alpha1\nkind: ScaledObject\nmetadata: { name: web-scaler }\nspec:\n  scaleTargetRef: { name: web }\n"
        let context = deliveryContext(["k8s/deployment.yaml": DeliveryExampleFiles.deployment(), "k8s/keda.yaml": scaled])
        #expect(DeploymentAutoscaledCheck().evaluate(context) == .passed)
    }

    @Test func binaryAndHugeYAMLDoNotCrash() {
        // Balanced, so only the nesting guard stands between this file and a stack overflow in the composer.
        let deep = String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000)
        let indented = (0..<600).map { String(repeating: " ", count: $0) + "k\($0):" }.joined(separator: "\n")
        let context = deliveryContext([
            "deep.yaml": "apiVersion: v1\nkind: Pod\nspec: \(deep)\n",
            "indented.yaml": "apiVersion: v1\nkind: Pod\nspec:\n\(indented)\n",
            "weird.yaml": "apiVersion: v1\nkind: Pod\n\u{0}\u{1}\u{2}\n",
            "aliases.yaml": "apiVersion: v1\nkind: Pod\nmetadata: &m { name: a }\nspec: { containers: [{ name: c, image: busybox:1.36 }], x: *m }\n",
        ])
        for check in DeliveryChecks.all {
            _ = check.evaluate(context)
        }
        let malformed = evidence(KubernetesManifestsValidCheck().evaluate(context))
        #expect(malformed.map(\.location) == ["deep.yaml:3", "indented.yaml:405"])
    }

    private static func hpa(_ name: String) -> String {
        "apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: { name: \(name) }\nspec:\n  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: \(name) }\n  maxReplicas: 5\n"
    }
}
