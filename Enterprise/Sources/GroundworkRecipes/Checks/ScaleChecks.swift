#if Enterprise
import GroundworkAuditModel
import GroundworkChecks

/// The `scale` area's checks, in report order, and the check list Enterprise audits run.
package enum ScaleChecks {
    /// Every scale check. A test fails when a check type exists but is not listed, and another when
    /// docs/recipes.md does not match.
    package static let all: [any ScaleCheck] = [
        WorkloadReplicatedCheck(),
        DisruptionBudgetPresentCheck(),
        PodsSpreadCheck(),
        DisruptionBudgetAllowsEvictionCheck(),
        AutoscaledReplicasUnsetCheck(),
        AutoscaledRequestsSetCheck(),
        SingleAutoscalerCheck(),
        GracefulShutdownCheck(),
        ConnectionBudgetCheck(),
        RedMetricsCheck(),
        CPULimitNoticeCheck(),
        WorkerSplitCheck(),
        ScaledObjectValidCheck(),
        SharedRateLimitCheck(),
        SessionsInProcessCheck(),
        ReadCacheCheck(),
    ]

    /// What `fleet audit` and `policy check` run: the community registry, then the scale checks.
    package static var enterpriseAudit: [any Check] { CheckRegistry.all + all.map { $0 as any Check } }
}
#endif
