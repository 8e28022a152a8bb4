import Foundation

/// Draws a model as an entity-relationship diagram: one self-contained HTML page with an inline SVG
/// (no scripts, no fonts or images fetched), deterministic for a given model.
///
/// Layout: entities are placed in columns by how deep their references go (an entity that references
/// nothing is in the first column, one that references it in the next…), so most relation lines run
/// right to left; a column taller than `maximumColumnHeight` wraps into another, which keeps a
/// 20-entity model legible. Each box lists the fields with their types and PK/FK marks; many-to-one
/// lines end in a crow's foot on the many side and a bar (required) or a circle (optional) on the
/// one side; many-to-many lines are dashed with crow's feet at both ends and the join table's name.
package enum DiagramWriter {
    static let boxWidth = 260.0
    static let headerHeight = 30.0
    static let rowHeight = 20.0
    static let columnGap = 130.0
    static let rowGap = 36.0
    static let margin = 40.0
    static let maximumColumnHeight = 1100.0

    /// A placed entity.
    struct Box {
        var entity: Entity
        var x: Double
        var y: Double
        var height: Double { DiagramWriter.headerHeight + Double(entity.fields.count) * DiagramWriter.rowHeight + 6 }
        var centerX: Double { x + DiagramWriter.boxWidth / 2 }
        func rowY(_ field: String) -> Double {
            let index = entity.fields.firstIndex { $0.name == field } ?? 0
            return y + DiagramWriter.headerHeight + (Double(index) + 0.5) * DiagramWriter.rowHeight
        }
    }

    /// The HTML page.
    package static func write(_ model: DataModel) -> String {
        let model = model.normalized()
        let boxes = layout(model)
        let width = (boxes.map { $0.x + boxWidth }.max() ?? 0) + margin
        let height = (boxes.map { $0.y + $0.height }.max() ?? 0) + margin
        var svg: [String] = []
        svg.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"Entity-relationship diagram of \(escape(model.name))\">"
        )
        let byName = Dictionary(boxes.map { ($0.entity.name, $0) }, uniquingKeysWith: { first, _ in first })
        var lines: [String] = []
        var laneCounts: [String: Int] = [:]
        for box in boxes {
            for field in box.entity.fields {
                guard let reference = field.reference, let target = byName[reference.entity] else { continue }
                let lane = laneCounts[target.entity.name, default: 0]
                laneCounts[target.entity.name] = lane + 1
                lines.append(relation(from: box, field: field, to: target, lane: lane))
            }
        }
        for join in model.joinTables {
            guard let left = byName[join.leftEntity], let right = byName[join.rightEntity] else { continue }
            lines.append(manyToMany(left, right, through: join.table))
        }
        svg += lines
        svg += boxes.map(box)
        svg.append("</svg>")
        let entityCount = model.entities.count
        let relationCount = model.entities.reduce(0) { $0 + $1.fields.filter { $0.reference != nil }.count } + model.joinTables.count
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>\(escape(model.name)) — entity-relationship diagram</title>
            <style>
            body { margin: 0; font: 14px -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #1d2733; background: #f6f8fa; }
            header { padding: 16px 40px 0; }
            h1 { font-size: 20px; margin: 0 0 4px; }
            p.legend { margin: 0; color: #57606a; }
            .diagram { overflow: auto; }
            svg text { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 12px; }
            svg .title { font-family: -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; font-size: 13px; font-weight: 600; fill: #ffffff; }
            svg .type { fill: #57606a; }
            svg .mark { font-size: 9px; font-weight: 700; }
            svg .pk { fill: #9a6700; }
            svg .fk { fill: #0969da; }
            svg .relation { fill: none; stroke: #57606a; stroke-width: 1.4; }
            svg .many { fill: none; stroke: #8250df; stroke-width: 1.4; stroke-dasharray: 6 4; }
            svg .through { font-size: 11px; fill: #8250df; }
            </style>
            </head>
            <body>
            <header>
            <h1>\(escape(model.name))</h1>
            <p class="legend">\(entityCount) entities, \(relationCount) relations. PK primary key, FK foreign key; a crow's foot marks the many side, a bar a required one, a circle an optional one; dashed lines are many-to-many through the named join table.</p>
            </header>
            <div class="diagram">
            \(svg.joined(separator: "\n"))
            </div>
            </body>
            </html>

            """
    }

    /// Places entities in columns by reference depth, wrapping tall columns.
    static func layout(_ model: DataModel) -> [Box] {
        var depth: [String: Int] = [:]
        for entity in PostgresDDLWriter.creationOrder(model).entities {
            let targets = entity.fields.compactMap { $0.reference?.entity }.filter { $0 != entity.name }
            depth[entity.name] = (targets.compactMap { depth[$0] }.max() ?? -1) + 1
        }
        var boxes: [Box] = []
        var x = margin
        let columns = Dictionary(grouping: model.entities) { depth[$0.name] ?? 0 }
        for level in columns.keys.sorted() {
            var y = margin
            var placedInColumn = 0
            for entity in columns[level]! {
                var box = Box(entity: entity, x: x, y: y)
                if placedInColumn > 0, y + box.height > maximumColumnHeight {
                    x += boxWidth + columnGap
                    y = margin
                    box = Box(entity: entity, x: x, y: y)
                }
                boxes.append(box)
                y += box.height + rowGap
                placedInColumn += 1
            }
            x += boxWidth + columnGap
        }
        return boxes
    }

    static func box(_ box: Box) -> String {
        var parts: [String] = []
        let x = box.x, y = box.y
        parts.append("<g class=\"entity\" id=\"entity-\(escape(box.entity.name))\">")
        parts.append("<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(boxWidth))\" height=\"\(n(box.height))\" rx=\"6\" fill=\"#ffffff\" stroke=\"#8c959f\"/>")
        parts.append("<path d=\"M\(n(x)) \(n(y + 6)) a6 6 0 0 1 6 -6 h\(n(boxWidth - 12)) a6 6 0 0 1 6 6 v\(n(headerHeight - 6)) h-\(n(boxWidth)) z\" fill=\"#1f4e79\"/>")
        parts.append(
            "<text class=\"title\" x=\"\(n(x + 10))\" y=\"\(n(y + 20))\">\(escape(box.entity.name))<tspan style=\"fill: #b6c8dc; font-weight: 400\"> \(escape(box.entity.table))</tspan></text>")
        for (index, field) in box.entity.fields.enumerated() {
            let rowTop = y + headerHeight + Double(index) * rowHeight
            if index % 2 == 1 { parts.append("<rect x=\"\(n(x + 1))\" y=\"\(n(rowTop))\" width=\"\(n(boxWidth - 2))\" height=\"\(n(rowHeight))\" fill=\"#f6f8fa\"/>") }
            let baseline = rowTop + 14
            if field.primaryKey { parts.append("<text class=\"mark pk\" x=\"\(n(x + 8))\" y=\"\(n(baseline))\">PK</text>") }
            if field.reference != nil { parts.append("<text class=\"mark fk\" x=\"\(n(x + (field.primaryKey ? 24 : 8)))\" y=\"\(n(baseline))\">FK</text>") }
            let weight = field.required ? " font-weight=\"600\"" : ""
            parts.append("<text x=\"\(n(x + 40))\" y=\"\(n(baseline))\"\(weight)>\(escape(truncated(field.name, 20)))</text>")
            parts.append("<text class=\"type\" x=\"\(n(x + boxWidth - 8))\" y=\"\(n(baseline))\" text-anchor=\"end\">\(escape(truncated(typeLabel(field), 16)))</text>")
        }
        parts.append("</g>")
        return parts.joined(separator: "\n")
    }

    /// The short type shown in a box: `varchar(255)`, `enum(3)`, `numeric(12,2)`.
    static func typeLabel(_ field: Field) -> String {
        if case .enumeration(let values) = field.type { return "enum(\(values.count))" }
        return PostgresDDLWriter.columnType(field) + (field.required || field.primaryKey ? "" : "?")
    }

    static func truncated(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    /// A many-to-one line from a foreign-key row to the target's primary-key row.
    static func relation(from source: Box, field: Field, to target: Box, lane: Int) -> String {
        let sourceY = source.rowY(field.name)
        let targetY = target.rowY(target.entity.primaryKey?.name ?? "id") + Double(lane % 3 - 1) * 4
        let offset = 30.0 + Double(lane % 4) * 12
        var path: String
        let sourceX: Double, targetX: Double, sourceDirection: Double, targetDirection: Double
        if target.entity.name == source.entity.name || abs(target.centerX - source.centerX) < 1 {
            sourceX = source.x + boxWidth
            targetX = target.x + boxWidth
            sourceDirection = 1
            targetDirection = 1
            path = "M\(n(sourceX)) \(n(sourceY)) C\(n(sourceX + offset + 20)) \(n(sourceY)), \(n(targetX + offset + 20)) \(n(targetY)), \(n(targetX)) \(n(targetY))"
        } else if target.centerX < source.centerX {
            sourceX = source.x
            targetX = target.x + boxWidth
            sourceDirection = -1
            targetDirection = 1
            let middle = (sourceX + targetX) / 2
            path = "M\(n(sourceX)) \(n(sourceY)) C\(n(middle)) \(n(sourceY)), \(n(middle)) \(n(targetY)), \(n(targetX)) \(n(targetY))"
        } else {
            sourceX = source.x + boxWidth
            targetX = target.x
            sourceDirection = 1
            targetDirection = -1
            let middle = (sourceX + targetX) / 2
            path = "M\(n(sourceX)) \(n(sourceY)) C\(n(middle)) \(n(sourceY)), \(n(middle)) \(n(targetY)), \(n(targetX)) \(n(targetY))"
        }
        var parts = ["<g class=\"relation-line\"><title>\(escape(source.entity.name)).\(escape(field.name)) → \(escape(target.entity.name))</title>"]
        parts.append("<path class=\"relation\" d=\"\(path)\"/>")
        parts.append(crowsFoot(x: sourceX, y: sourceY, direction: sourceDirection, style: "relation"))
        parts.append(oneEnd(x: targetX, y: targetY, direction: targetDirection, required: field.required))
        parts.append("</g>")
        return parts.joined(separator: "\n")
    }

    /// A dashed many-to-many line between two headers, crow's feet at both ends.
    static func manyToMany(_ left: Box, _ right: Box, through: String) -> String {
        let leftY = left.y + headerHeight / 2
        let rightY = right.y + headerHeight / 2
        let (leftX, leftDirection, rightX, rightDirection): (Double, Double, Double, Double)
        if right.centerX > left.centerX + 1 {
            (leftX, leftDirection, rightX, rightDirection) = (left.x + boxWidth, 1, right.x, -1)
        } else if right.centerX < left.centerX - 1 {
            (leftX, leftDirection, rightX, rightDirection) = (left.x, -1, right.x + boxWidth, 1)
        } else {
            (leftX, leftDirection, rightX, rightDirection) = (left.x + boxWidth, 1, right.x + boxWidth, 1)
        }
        let bend = leftDirection == rightDirection ? 90.0 : abs(rightX - leftX) / 2
        let path = "M\(n(leftX)) \(n(leftY)) C\(n(leftX + leftDirection * bend)) \(n(leftY)), \(n(rightX + rightDirection * bend)) \(n(rightY)), \(n(rightX)) \(n(rightY))"
        let labelX = (leftX + rightX) / 2 + (leftDirection == rightDirection ? 70 : 0)
        let labelY = (leftY + rightY) / 2 - 4
        return [
            "<g class=\"many-to-many\"><title>\(escape(left.entity.name)) ↔ \(escape(right.entity.name)) through \(escape(through))</title>",
            "<path class=\"many\" d=\"\(path)\"/>",
            crowsFoot(x: leftX, y: leftY, direction: leftDirection, style: "many"),
            crowsFoot(x: rightX, y: rightY, direction: rightDirection, style: "many"),
            "<text class=\"through\" x=\"\(n(labelX))\" y=\"\(n(labelY))\" text-anchor=\"middle\">\(escape(through))</text>",
            "</g>",
        ].joined(separator: "\n")
    }

    /// Three prongs meeting 14 px out from the box edge at (x, y); `direction` points away from the box.
    static func crowsFoot(x: Double, y: Double, direction: Double, style: String) -> String {
        let tip = x + direction * 14
        return
            "<path class=\"\(style)\" style=\"stroke-dasharray: none\" d=\"M\(n(tip)) \(n(y)) L\(n(x)) \(n(y - 7)) M\(n(tip)) \(n(y)) L\(n(x)) \(n(y)) M\(n(tip)) \(n(y)) L\(n(x)) \(n(y + 7)) M\(n(tip + direction * 4)) \(n(y - 6)) L\(n(tip + direction * 4)) \(n(y + 6))\"/>"
    }

    /// Two bars (exactly one) or a bar and a circle (zero or one) near the box edge at (x, y).
    static func oneEnd(x: Double, y: Double, direction: Double, required: Bool) -> String {
        let first = x + direction * 8
        let second = x + direction * 14
        if required {
            return "<path class=\"relation\" d=\"M\(n(first)) \(n(y - 6)) L\(n(first)) \(n(y + 6)) M\(n(second)) \(n(y - 6)) L\(n(second)) \(n(y + 6))\"/>"
        }
        return
            "<path class=\"relation\" d=\"M\(n(first)) \(n(y - 6)) L\(n(first)) \(n(y + 6))\"/><circle cx=\"\(n(second + direction * 4))\" cy=\"\(n(y))\" r=\"4\" fill=\"#ffffff\" stroke=\"#57606a\" stroke-width=\"1.4\"/>"
    }

    /// A coordinate with at most one decimal.
    static func n(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// Text safe in HTML and SVG.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
