/// Suggestions for a misspelt name: the known names within a small edit distance, closest first.
package enum CloseMatches {
    /// Up to `limit` names from `candidates` close to `name` (edit distance ≤ max(2, a third of its length)),
    /// or sharing its last dotted component.
    package static func find(_ name: String, in candidates: [String], limit: Int = 3) -> [String] {
        let lowered = name.lowercased()
        let threshold = max(2, lowered.count / 3)
        let tail = lowered.split(separator: ".").last.map(String.init) ?? lowered
        let scored = candidates.compactMap { candidate -> (String, Int)? in
            let distance = editDistance(lowered, candidate.lowercased())
            if distance <= threshold { return (candidate, distance) }
            if candidate.lowercased().hasSuffix("." + tail) || candidate.lowercased().contains(lowered) { return (candidate, threshold + 1) }
            return nil
        }
        return scored.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(limit).map(\.0)
    }

    /// Levenshtein distance over Unicode scalars.
    package static func editDistance(_ a: String, _ b: String) -> Int {
        let left = Array(a.unicodeScalars), right = Array(b.unicodeScalars)
        if left.isEmpty { return right.count }
        if right.isEmpty { return left.count }
        var previous = Array(0...right.count)
        for (i, l) in left.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: right.count)
            for (j, r) in right.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (l == r ? 0 : 1))
            }
            previous = current
        }
        return previous[right.count]
    }

    /// "; did you mean a, b?" or "".
    package static func hint(_ name: String, in candidates: [String]) -> String {
        let matches = find(name, in: candidates)
        return matches.isEmpty ? "" : "; did you mean \(matches.joined(separator: ", "))?"
    }
}
