import Yams

/// Missing readiness and liveness probes (a TCP check of the container's first port) and resources
/// (the kubernetes brick's requests and limits) added to each container of an existing Deployment.
/// Lines are only inserted, after the container's last line and at its keys' indentation; comments,
/// other documents and every other key stay as they are.
package struct KubernetesProbesEdit: InPlaceEdit {
    package func apply(to text: String, path: String) throws -> EditResult {
        let documents: [Node]
        do { documents = Array(try Yams.compose_all(yaml: text)) } catch { return EditResult(text: text) }
        var lines = text.components(separatedBy: "\n")
        var insertions: [(after: Int, lines: [String])] = []
        var notes: [String] = []
        for document in documents where document["kind"]?.string == "Deployment" {
            guard let containers = document["spec"]?["template"]?["spec"]?["containers"]?.sequence else { continue }
            for container in containers {
                guard let mapping = container.mapping, let mark = mapping.keys.first?.mark else { continue }
                let name = container["name"]?.string ?? "?"
                let line = mark.line - 1, indent = mark.column - 1
                guard line < lines.count, Self.isBlockItem(lines[line], keyColumn: indent) else {
                    notes.append("\(path):\(mark.line): container \(name) is written in flow style; add its probes and resources by hand")
                    continue
                }
                var block: [String] = []
                let needsProbes = container["readinessProbe"] == nil || container["livenessProbe"] == nil
                if needsProbes {
                    if let port = container["ports"]?.sequence?.first?["containerPort"]?.int {
                        if container["readinessProbe"] == nil { block += ["readinessProbe:", "  tcpSocket:", "    port: \(port)", "  periodSeconds: 10"] }
                        if container["livenessProbe"] == nil {
                            block += ["livenessProbe:", "  tcpSocket:", "    port: \(port)", "  initialDelaySeconds: 10", "  periodSeconds: 10", "  failureThreshold: 3"]
                        }
                    } else {
                        notes.append("\(path):\(mark.line): container \(name) declares no containerPort, so no probe was added; add its probes by hand")
                    }
                }
                if container["resources"] == nil {
                    block += ["resources:", "  requests:", "    cpu: 100m", "    memory: 128Mi", "  limits:", "    cpu: 500m", "    memory: 512Mi"]
                }
                guard !block.isEmpty else { continue }
                let comment = "# Added by groundwork (kubernetes brick): tune them to what \(name) needs."
                insertions.append((Self.lastLine(of: line, keyColumn: indent, in: lines), ([comment] + block).map { String(repeating: " ", count: indent) + $0 }))
            }
        }
        for insertion in insertions.sorted(by: { $0.after > $1.after }) {
            lines.insert(contentsOf: insertion.lines, at: insertion.after + 1)
        }
        return EditResult(text: lines.joined(separator: "\n"), notes: notes)
    }

    /// True when the container's first key starts a block item (`  - name: app`), not a flow mapping.
    package static func isBlockItem(_ line: String, keyColumn: Int) -> Bool {
        let prefix = line.prefix(keyColumn)
        return prefix.count == keyColumn && prefix.allSatisfy { $0 == " " || $0 == "-" } && !line.dropFirst(keyColumn).hasPrefix("{")
    }

    /// The 0-based index of the container's last line: lines indented at least as far as its keys,
    /// skipping blank and comment lines, stopping at a document separator.
    package static func lastLine(of first: Int, keyColumn: Int, in lines: [String]) -> Int {
        var last = first
        var index = first + 1
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("---") || line.hasPrefix("...") { break }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { index += 1; continue }
            guard line.prefix { $0 == " " }.count >= keyColumn else { break }
            last = index
            index += 1
        }
        return last
    }
}
