#if Enterprise
/// The sizes of the plan as the snippets a consultant pastes: HPA, PDB, container resources and PgBouncer.
package enum CapacityManifests {
    /// A Kubernetes name from the service's name: lowercase letters, digits and hyphens.
    package static func kubernetesName(_ name: String) -> String {
        let mapped = name.lowercased().map { $0.isLetter && $0.isASCII || $0.isNumber ? $0 : "-" }
        let trimmed = String(mapped).split(separator: "-").joined(separator: "-")
        return trimmed.isEmpty ? "service" : String(trimmed.prefix(63))
    }

    /// The HorizontalPodAutoscaler (autoscaling/v2), default behaviour spelt out so it is visible.
    package static func hpa(_ plan: CapacityPlan, name: String) -> String? {
        guard let minimum = plan.minReplicas, let maximum = plan.maxReplicas else { return nil }
        let name = kubernetesName(name)
        return """
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata:
              name: \(name)
            spec:
              scaleTargetRef:
                apiVersion: apps/v1
                kind: Deployment
                name: \(name)
              minReplicas: \(minimum)
              maxReplicas: \(maximum)
              metrics:
                - type: Resource
                  resource:
                    name: cpu
                    target:
                      type: Utilization
                      averageUtilization: \(plan.targetUtilization)
              behavior:  # Kubernetes' defaults, as simulated
                scaleUp:
                  stabilizationWindowSeconds: 0
                  selectPolicy: Max
                  policies:
                    - {type: Percent, value: 100, periodSeconds: 15}
                    - {type: Pods, value: 4, periodSeconds: 15}
                scaleDown:
                  stabilizationWindowSeconds: 300
                  policies:
                    - {type: Percent, value: 100, periodSeconds: 15}
            """
    }

    /// The PodDisruptionBudget.
    package static func pdb(_ plan: CapacityPlan, name: String) -> String? {
        guard let available = plan.pdbMinAvailable else { return nil }
        let name = kubernetesName(name)
        return """
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata:
              name: \(name)
            spec:
              minAvailable: \(available)
              selector:
                matchLabels:
                  app.kubernetes.io/name: \(name)
            """
    }

    /// The container's resources; no CPU limit (throttling adds latency; the request is what the HPA reads).
    package static func resources(_ plan: CapacityPlan) -> String {
        var lines = ["resources:", "  requests:"]
        if let cpu = plan.cpuRequestMillicores { lines.append("    cpu: \(cpu)m") }
        lines += ["    memory: \(plan.memoryRequestMiB)Mi", "  limits:", "    memory: \(plan.memoryLimitMiB)Mi"]
        return lines.joined(separator: "\n")
    }

    /// pgbouncer.ini settings, when a database was measured.
    package static func pgbouncer(_ plan: CapacityPlan) -> String? {
        guard let database = plan.database else { return nil }
        let bouncer = database.pgbouncer
        return """
            [pgbouncer]
            pool_mode = \(bouncer.poolMode)
            max_client_conn = \(bouncer.maxClientConnections)
            default_pool_size = \(bouncer.defaultPoolSize)
            reserve_pool_size = \(bouncer.reservePoolSize)
            ; transaction pooling: turn prepared statements off in the service's driver (PgBouncer < 1.21)
            """
    }
}
#endif
