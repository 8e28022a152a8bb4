extension WorkflowFile {
    /// The workflow's jobs in order; empty for an action or a file without `jobs`.
    var jobs: [WorkflowJob] {
        guard let jobs = root?["jobs"] else { return [] }
        return jobs.entries.compactMap { entry in
            entry.value.isMapping ? WorkflowJob(id: entry.key, line: entry.keyLine, node: entry.value) : nil
        }
    }

    /// Every step: those of each job, or a composite action's `runs.steps`.
    var steps: [WorkflowStep] {
        let jobSteps = jobs.flatMap { job in
            (job.node["steps"]?.items ?? []).map { WorkflowStep(jobID: job.id, node: $0) }
        }
        let actionSteps = (root?["runs"]?["steps"]?.items ?? []).map { WorkflowStep(jobID: nil, node: $0) }
        return jobSteps + actionSteps
    }

    /// The events that trigger the workflow, from `on:` written as a string, a list or a mapping.
    var events: Set<String> {
        guard let on = root?["on"] else { return [] }
        if let single = on.text { return [single] }
        if on.isMapping { return Set(on.entries.map(\.key)) }
        return Set(on.items.compactMap(\.text))
    }

    /// The line of the `on:` key, for evidence about triggers.
    var eventsLine: Int? { root?.keyLine("on") }

    /// Every `uses:` of the file — steps and reusable-workflow jobs — with its line.
    var usesReferences: [(value: String, line: Int?)] {
        let jobUses = jobs.compactMap { job -> (value: String, line: Int?)? in
            guard let uses = job.node["uses"], let value = uses.text else { return nil }
            return (value, uses.line)
        }
        return (jobUses + steps.compactMap(\.uses)).sorted { ($0.line ?? 0) < ($1.line ?? 0) }
    }
}
