/// A Kubernetes object that runs pods (Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, Pod),
/// reduced to the facts the delivery checks read.
package struct KubernetesWorkload: Sendable, Hashable {
    /// The kinds whose objects carry a pod spec.
    package static let kinds: Set<String> = ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob", "Pod"]

    /// `Deployment`, `CronJob`…
    package var kind: String
    /// `metadata.name`, or `(unnamed)`.
    package var name: String
    /// The manifest's path.
    package var path: String
    /// The line of the object's `kind:`.
    package var line: Int
    /// Pod-level security settings.
    package var securityContext: KubernetesSecurityContext
    /// The pod template's `containers`.
    package var containers: [KubernetesContainer]
    /// The pod template's `initContainers`.
    package var initContainers: [KubernetesContainer]
    /// `hostPath` volumes of the pod.
    package var hostPaths: [KubernetesHostPath]

    /// `Deployment/web`, for evidence.
    package var reference: String { "\(kind)/\(name)" }

    /// True for workloads meant to keep running (everything but Jobs and CronJobs).
    package var isLongRunning: Bool { kind != "Job" && kind != "CronJob" }

    /// Regular and init containers.
    package var allContainers: [KubernetesContainer] { initContainers + containers }

    /// True when the container cannot run as root: `runAsNonRoot: true` or a non-zero `runAsUser`,
    /// on the container or inherited from the pod.
    package func runsAsNonRoot(_ container: KubernetesContainer) -> Bool {
        if let user = container.securityContext.runAsUser ?? securityContext.runAsUser, user > 0 { return true }
        return (container.securityContext.runAsNonRoot ?? securityContext.runAsNonRoot) == true
    }
}

/// One container of a pod.
package struct KubernetesContainer: Sendable, Hashable {
    /// The container's `name`, or `(unnamed)`.
    package var name: String
    /// The image reference, nil when the manifest leaves it to a patch or overlay.
    package var image: String?
    /// The line where the container's entry starts.
    package var line: Int
    /// Resource names under `resources.requests` (`cpu`, `memory`…).
    package var requests: Set<String>
    /// Resource names under `resources.limits`.
    package var limits: Set<String>
    /// True when `livenessProbe` is set.
    package var hasLivenessProbe: Bool
    /// True when `readinessProbe` is set.
    package var hasReadinessProbe: Bool
    /// The container's own security settings (pod-level ones are on the workload).
    package var securityContext: KubernetesSecurityContext
}

/// The security settings the checks read, pod- or container-level.
package struct KubernetesSecurityContext: Sendable, Hashable {
    /// `privileged`, nil when not written.
    package var privileged: Bool?
    /// `allowPrivilegeEscalation`, nil when not written.
    package var allowPrivilegeEscalation: Bool?
    /// `runAsNonRoot`, nil when not written.
    package var runAsNonRoot: Bool?
    /// `runAsUser`, nil when not written.
    package var runAsUser: Int?

    /// Settings as written; nil for what the manifest leaves out.
    package init(privileged: Bool? = nil, allowPrivilegeEscalation: Bool? = nil, runAsNonRoot: Bool? = nil, runAsUser: Int? = nil) {
        self.privileged = privileged
        self.allowPrivilegeEscalation = allowPrivilegeEscalation
        self.runAsNonRoot = runAsNonRoot
        self.runAsUser = runAsUser
    }
}

/// A `hostPath` volume: a directory or file of the node mounted into the pod.
package struct KubernetesHostPath: Sendable, Hashable {
    /// The volume's name.
    package var volume: String
    /// The node path it mounts.
    package var path: String
    /// The line where the volume's entry starts.
    package var line: Int
}

/// The object an autoscaler (HorizontalPodAutoscaler, KEDA ScaledObject) scales.
package struct KubernetesScaleTarget: Sendable, Hashable {
    /// The target's kind, `Deployment` unless written otherwise.
    package var kind: String
    /// The target's `metadata.name`.
    package var name: String
}

/// What one manifest file holds; `error` is set when its YAML could not be read to the end.
package struct KubernetesManifest: Sendable, Hashable {
    /// The file's path.
    package var path: String
    /// The pod-running objects, in file order.
    package var workloads: [KubernetesWorkload] = []
    /// What its autoscalers target.
    package var scaleTargets: [KubernetesScaleTarget] = []
    /// Why reading stopped early, when it did.
    package var error: KubernetesManifestError?

    /// An empty manifest for the file at `path`.
    package init(path: String) { self.path = path }
}

/// Where and why a manifest's YAML is malformed.
package struct KubernetesManifestError: Sendable, Hashable {
    /// The 1-based line, when the parser knows it.
    package var line: Int?
    /// The parser's problem, in its words.
    package var message: String
}
