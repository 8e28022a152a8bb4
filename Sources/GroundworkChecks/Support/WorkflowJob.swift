/// One job of a workflow: its id, the line of its key and its mapping.
struct WorkflowJob {
    let id: String
    let line: Int?
    let node: WorkflowNode
}

/// One step of a job or of a composite action.
struct WorkflowStep {
    /// The job it belongs to; nil for a composite action's step.
    let jobID: String?
    let node: WorkflowNode

    /// The `uses:` value and its line, when the step runs an action.
    var uses: (value: String, line: Int?)? {
        guard let uses = node["uses"], let value = uses.text else { return nil }
        return (value, uses.line)
    }

    /// True when the step uses `action` (`actions/checkout`) at any ref.
    func usesAction(_ action: String) -> Bool {
        guard let value = uses?.value.lowercased() else { return false }
        return value == action || value.hasPrefix(action + "@")
    }
}
