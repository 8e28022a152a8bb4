#if Enterprise
import Foundation
import GroundworkBasics
import GroundworkFleet

/// The capacity sheet as JSON (schema `groundwork.capacity-sheet/1`): the measurement, the plan, the
/// replica curve at 5-minute resolution and the method of every number.
package struct CapacityJSONRenderer {
    /// The schema id; bump it when a field changes meaning or goes away.
    package static let schema = "groundwork.capacity-sheet/1"

    package init() {}

    private struct Document: Encodable {
        var schema: String
        var groundworkVersion: String
        var generatedAt: Date
        var evaluation: String?
        var measurement: CapacityMeasurement
        var stepSeconds: Int
        var warmupSeconds: Int
        var plan: Plan
        var replicaCurve: [CapacitySheet.CurvePoint]
        var methods: [CapacitySheet.Method]
    }

    /// The plan without the simulation's 15-second ticks (the curve carries them, coarser).
    private struct Plan: Encodable {
        var capacityStep: Int?
        var rpsPerProcess: Double?
        var cpuMillisecondsPerRequest: Double?
        var cpuRequestMillicores: Int?
        var memoryRequestMib: Int
        var memoryLimitMib: Int
        var targetUtilization: Int
        var minReplicas: Int?
        var maxReplicas: Int?
        var pdbMinAvailable: Int?
        var peakLoad: Double
        var troughLoad: Double
        var profileSource: String
        var database: CapacityPlan.Database?
        var peakReplicas: Int?
        var lowestReplicas: Int?
        var podHours: Double?
        var secondsOverCapacity: Int?
        var peakUtilization: Double?
    }

    package func render(_ sheet: CapacitySheet) throws -> String {
        let plan = sheet.plan
        let document = Document(
            schema: Self.schema, groundworkVersion: GroundworkVersion.current, generatedAt: sheet.generatedAt, evaluation: sheet.evaluationMarker,
            measurement: sheet.measurement, stepSeconds: sheet.stepSeconds, warmupSeconds: sheet.warmupSeconds,
            plan: Plan(
                capacityStep: plan.capacityStep, rpsPerProcess: plan.rpsPerProcess, cpuMillisecondsPerRequest: plan.cpuMillisecondsPerRequest,
                cpuRequestMillicores: plan.cpuRequestMillicores, memoryRequestMib: plan.memoryRequestMiB, memoryLimitMib: plan.memoryLimitMiB,
                targetUtilization: plan.targetUtilization, minReplicas: plan.minReplicas, maxReplicas: plan.maxReplicas,
                pdbMinAvailable: plan.pdbMinAvailable, peakLoad: plan.peakLoad, troughLoad: plan.troughLoad, profileSource: plan.profileSource,
                database: plan.database, peakReplicas: plan.simulation?.peakReplicas, lowestReplicas: plan.simulation?.lowestReplicas,
                podHours: plan.simulation?.podHours, secondsOverCapacity: plan.simulation?.secondsOverCapacity, peakUtilization: plan.simulation?.peakUtilization
            ),
            replicaCurve: sheet.curve(every: 300), methods: sheet.methods
        )
        return try FleetJSON.encode(document)
    }
}
#endif
