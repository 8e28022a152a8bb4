import GroundworkAuditModel

/// No pod mounts the node's Docker socket.
package struct NoDockerSocketMountCheck: Check {
    package let id = "delivery.k8s-docker-socket"
    package let title = "No pod mounts the Docker socket"
    package let severity = Severity.critical
    package let rationale =
        "The Docker socket is root on the node: a pod that mounts it can start a privileged container, read every secret on the host and escape the cluster's isolation. Build images with rootless tools (BuildKit, kaniko) instead."
    package let fixedBy = ["kubernetes"]
    package let effortHours = 2.0

    /// Host paths that expose the Docker daemon: the socket and the directories that hold it.
    private static let socketPaths: Set<String> = ["/var/run/docker.sock", "/run/docker.sock", "/var/run", "/run"]

    package init() {}

    package func evaluate(_ context: AuditContext) -> CheckOutcome {
        let workloads = KubernetesInventory.load(context).workloads
        guard !workloads.isEmpty else { return .notApplicable("no Kubernetes workload to inspect") }
        let evidence = workloads.flatMap { workload in
            workload.hostPaths.filter { Self.exposesDockerSocket($0.path) }.map { volume in
                Evidence("\(workload.reference) mounts the Docker socket from the host (hostPath \(volume.path), volume `\(volume.volume)`)", path: workload.path, line: volume.line)
            }
        }
        return evidence.isEmpty ? .passed : .failed(evidence)
    }

    /// True for the socket's paths, with or without a trailing slash or doubled slashes.
    static func exposesDockerSocket(_ path: String) -> Bool {
        let normalized = "/" + path.split(separator: "/").joined(separator: "/")
        return socketPaths.contains(normalized)
    }

    package var examples: [CheckExample] {
        [
            CheckExample(
                "a hostPath for logs only", .pass,
                files: [
                    "k8s/deployment.yaml": DeliveryExampleFiles.deployment(
                        pod: """
                                  volumes:
                                    - name: logs
                                      hostPath: { path: /var/log }

                            """)
                ]),
            CheckExample(
                "a CI runner with the Docker socket", .fail,
                files: [
                    "k8s/runner.yaml": DeliveryExampleFiles.deployment(
                        name: "runner",
                        pod: """
                                  volumes:
                                    - name: docker
                                      hostPath: { path: /var/run/docker.sock, type: Socket }

                            """)
                ]),
            CheckExample("no Kubernetes manifest", .notApplicable, files: ["README.md": "# docs only\n"]),
        ]
    }
}
