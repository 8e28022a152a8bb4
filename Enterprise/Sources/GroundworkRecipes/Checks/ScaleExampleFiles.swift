#if Enterprise
/// Manifests the scale checks' examples share: a web Deployment with knobs, and the objects around it.
enum ScaleExampleFiles {
    /// A Deployment `web` (pods labelled `app: web`) with the parts each example needs.
    static func deployment(
        name: String = "web", replicas: Int? = 3, spread: Bool = true, preStop: Int? = 5, grace: Int? = 30,
        requests: Bool = true, cpuLimit: Bool = false, env: [(String, String)] = [], annotations: [(String, String)] = [],
        podAnnotations: [(String, String)] = []
    ) -> String {
        var lines = ["apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: \(name)"]
        if !annotations.isEmpty { lines += ["  annotations:"] + annotations.map { "    \($0.0): \"\($0.1)\"" } }
        lines += ["spec:"]
        if let replicas { lines.append("  replicas: \(replicas)") }
        lines += ["  selector:", "    matchLabels: {app: \(name)}", "  template:", "    metadata:", "      labels: {app: \(name), tier: web}"]
        if !podAnnotations.isEmpty { lines += ["      annotations:"] + podAnnotations.map { "        \($0.0): \"\($0.1)\"" } }
        lines += ["    spec:"]
        if let grace { lines.append("      terminationGracePeriodSeconds: \(grace)") }
        if spread {
            lines += [
                "      topologySpreadConstraints:",
                "        - maxSkew: 1",
                "          topologyKey: kubernetes.io/hostname",
                "          whenUnsatisfiable: ScheduleAnyway",
                "          labelSelector: {matchLabels: {app: \(name)}}",
            ]
        }
        lines += ["      containers:", "        - name: \(name)", "          image: ghcr.io/acme/\(name):1.0.0", "          ports: [{containerPort: 8000}]"]
        lines += ["          readinessProbe: {httpGet: {path: /health/ready, port: 8000}}"]
        if let preStop { lines += ["          lifecycle:", "            preStop: {sleep: {seconds: \(preStop)}}"] }
        if !env.isEmpty { lines += ["          env:"] + env.map { "            - {name: \($0.0), value: \"\($0.1)\"}" } }
        if requests || cpuLimit {
            lines += ["          resources:"]
            if requests { lines += ["            requests: {cpu: 100m, memory: 128Mi}"] }
            if cpuLimit { lines += ["            limits: {cpu: 500m, memory: 256Mi}"] }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A PodDisruptionBudget selecting `app: web`, optionally narrowed by a match expression.
    static func budget(minAvailable: String? = nil, maxUnavailable: String? = "1", expression: String? = nil) -> String {
        var lines = ["apiVersion: policy/v1", "kind: PodDisruptionBudget", "metadata:", "  name: web", "spec:"]
        if let minAvailable { lines.append("  minAvailable: \(minAvailable)") }
        if let maxUnavailable { lines.append("  maxUnavailable: \(maxUnavailable)") }
        lines += ["  selector:", "    matchLabels: {app: web}"]
        if let expression { lines += ["    matchExpressions:", "      - \(expression)"] }
        return lines.joined(separator: "\n") + "\n"
    }

    /// An autoscaling/v2 HPA on `web`, on CPU utilisation.
    static func autoscaler(name: String = "web", min: Int = 2, max: Int = 10) -> String {
        """
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata: {name: \(name)}
        spec:
          scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: \(name)}
          minReplicas: \(min)
          maxReplicas: \(max)
          metrics:
            - type: Resource
              resource: {name: cpu, target: {type: Utilization, averageUtilization: 70}}

        """
    }
}
#endif
