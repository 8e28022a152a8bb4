#if Enterprise
extension ScaleInventory {
    /// The fewest and most pods `workload` runs: its autoscaler's bounds when one sets its replicas,
    /// else `spec.replicas` (1 when left out) for both.
    package func replicaRange(of workload: ScaleWorkload) -> (min: Int, max: Int) {
        if let scaler = autoscalers(of: workload).first(where: \.setsReplicas), let max = scaler.maxReplicas {
            return (scaler.minReplicas ?? 1, max)
        }
        let replicas = workload.replicas ?? 1
        return (replicas, replicas)
    }
}
#endif
