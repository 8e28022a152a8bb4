#if Enterprise
import Testing
@testable import GroundworkScale

/// The HPA simulation against the worked examples of the Kubernetes documentation
/// ("Horizontal Pod Autoscaling": algorithm details; configurable scaling behavior).
@Suite struct ScaleSimulationTests {
    @Test func theReplicaFormulaDoublesHalvesAndRespectsTheTolerance() {
        // "if the current metric value is 200m, and the desired value is 100m, the number of replicas will be doubled"
        #expect(HPASimulator.desiredReplicas(current: 3, currentMetric: 200, target: 100, tolerance: 0.1) == 6)
        // "If the current value is instead 50m, you'll halve the number of replicas"
        #expect(HPASimulator.desiredReplicas(current: 4, currentMetric: 50, target: 100, tolerance: 0.1) == 2)
        // "The control plane skips any scaling action if the ratio is sufficiently close to 1.0 (within … 0.1 by default)"
        #expect(HPASimulator.desiredReplicas(current: 10, currentMetric: 109, target: 100, tolerance: 0.1) == 10)
        #expect(HPASimulator.desiredReplicas(current: 10, currentMetric: 91, target: 100, tolerance: 0.1) == 10)
        // Past the tolerance the result is rounded up: ceil(10 × 1.11) = 12.
        #expect(HPASimulator.desiredReplicas(current: 10, currentMetric: 111, target: 100, tolerance: 0.1) == 12)
        // ceil(5 × 1.2) is 6, not 7, however the floating point falls.
        #expect(HPASimulator.desiredReplicas(current: 5, currentMetric: 60, target: 50, tolerance: 0.1) == 6)
    }

    @Test func scaleUpAddsFourPodsOrDoublesEveryFifteenSecondsWhicheverIsMore() {
        // Default behaviour: "4 pods or a 100% of the currently running replicas may at most be added every 15 seconds".
        let simulator = HPASimulator(minReplicas: 1, maxReplicas: 100, targetUtilization: 50)
        let ticks = simulator.simulate(seconds: 75, capacityPerPod: 1) { $0 == 0 ? 0.1 : 1_000 }
        #expect(ticks.map(\.replicas) == [1, 5, 10, 20, 40, 80])
        #expect(ticks.map(\.second) == [0, 15, 30, 45, 60, 75])
    }

    @Test func scaleUpStopsAtMaxReplicas() {
        let simulator = HPASimulator(minReplicas: 2, maxReplicas: 12, targetUtilization: 70)
        let ticks = simulator.simulate(seconds: 60, capacityPerPod: 10) { $0 == 0 ? 1 : 10_000 }
        #expect(ticks.map(\.replicas) == [2, 6, 12, 12, 12])
    }

    @Test func scaleDownWaitsForTheFiveMinuteStabilizationWindow() {
        // "the default … stabilizationWindowSeconds: 300": the highest recommendation of the last 300 s wins.
        let simulator = HPASimulator(minReplicas: 1, maxReplicas: 50, targetUtilization: 50)
        let drop = 600
        let ticks = simulator.simulate(seconds: 1_200, capacityPerPod: 1) { $0 < drop ? 5 : 0.5 }
        let replicas = Dictionary(uniqueKeysWithValues: ticks.map { ($0.second, $0.replicas) })
        #expect(replicas[0] == 10)
        #expect(replicas[drop] == 10)
        // The last recommendation of 10 was made at drop − 15; it leaves the window 300 s later.
        #expect(replicas[drop + 270] == 10)
        #expect(replicas[drop + 285] == 1)
    }

    @Test func scaleDownPoliciesFromTheDocumentationExample() {
        // The documentation's example: 80 replicas; Pods 4 per 60 s and Percent 10 per 60 s, the larger change
        // wins: "the first [scale down] … 8 replicas will be reduced" (80 → 72), then nothing for a minute.
        var behavior = HPABehavior.kubernetesDefault
        behavior.scaleDown = .init(stabilizationWindowSeconds: 0, policies: [.init(.pods, 4, periodSeconds: 60), .init(.percent, 10, periodSeconds: 60)])
        let simulator = HPASimulator(behavior: behavior, minReplicas: 1, maxReplicas: 100, targetUtilization: 50)
        let ticks = simulator.simulate(seconds: 135, capacityPerPod: 1) { $0 == 0 ? 40 : 0.1 }
        #expect(ticks.map(\.replicas) == [80, 72, 72, 72, 72, 64, 64, 64, 64, 57])
    }

    @Test func aSteadyLoadWithinTheToleranceNeverMoves() {
        let simulator = HPASimulator(minReplicas: 2, maxReplicas: 10, targetUtilization: 70)
        let ticks = simulator.simulate(seconds: 3_600, capacityPerPod: 100) { 280 + Double($0 % 60) / 10 }
        #expect(Set(ticks.map(\.replicas)) == [4])
    }
}
#endif
