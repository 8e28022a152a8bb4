/// Key phrases of common licences, matched against normalised licence text to name its SPDX id.
///
/// Phrases are the licences' titles and their distinctive clauses, so the full text, a trimmed copy
/// and the usual "you can redistribute it under …" notice are all recognised. Where a licence quotes
/// another (the GPL names the AGPL and the LGPL), the title with its date is what tells them apart.
package enum LicenseCatalog {
    /// One licence's recognition rule.
    struct Rule: Sendable {
        let spdx: String
        /// Any of these places the licence in the text; the earliest anchor wins when several licences match.
        let anchors: [String]
        /// All of these must be present too.
        let requires: [String]
        /// None of these may be present.
        let forbids: [String]

        init(_ spdx: String, anchors: [String], requires: [String] = [], forbids: [String] = []) {
            self.spdx = spdx
            self.anchors = anchors.map(LicenseCatalog.normalise)
            self.requires = requires.map(LicenseCatalog.normalise)
            self.forbids = forbids.map(LicenseCatalog.normalise)
        }
    }

    private static let bsdRedistribution = "Redistribution and use in source and binary forms, with or without modification, are permitted provided that"

    /// Rules in tie-break order: when two match at the same place, the more specific comes first.
    static let rules: [Rule] = [
        Rule(
            "AGPL-3.0",
            anchors: [
                "GNU Affero General Public License Version 3, 19 November 2007",
                "under the terms of the GNU Affero General Public License as published by the Free Software Foundation",
            ]),
        Rule(
            "LGPL-3.0",
            anchors: [
                "GNU Lesser General Public License Version 3",
                "GNU Lesser General Public License as published by the Free Software Foundation, either version 3",
            ]),
        Rule(
            "LGPL-2.1",
            anchors: [
                "GNU Lesser General Public License Version 2.1",
                "GNU Lesser General Public License as published by the Free Software Foundation; either version 2.1",
            ]),
        Rule("LGPL-2.0", anchors: ["GNU Library General Public License Version 2"]),
        Rule(
            "GPL-3.0",
            anchors: [
                "GNU General Public License Version 3, 29 June 2007",
                "GNU General Public License as published by the Free Software Foundation, either version 3",
            ]),
        Rule(
            "GPL-2.0",
            anchors: [
                "GNU General Public License Version 2, June 1991",
                "GNU General Public License as published by the Free Software Foundation; either version 2",
                "GNU General Public License version 2 as published by the Free Software Foundation",
            ]),
        Rule("Apache-2.0", anchors: ["Apache License Version 2.0", "Licensed under the Apache License, Version 2.0"]),
        Rule("MPL-2.0", anchors: ["Mozilla Public License Version 2.0", "Mozilla Public License, v. 2.0"]),
        Rule("EPL-2.0", anchors: ["Eclipse Public License - v 2.0", "Eclipse Public License version 2.0", "Eclipse Public License v. 2.0"]),
        Rule("EPL-1.0", anchors: ["Eclipse Public License - v 1.0", "Eclipse Public License version 1.0"]),
        Rule("BSL-1.0", anchors: ["Boost Software License - Version 1.0"]),
        Rule("CC0-1.0", anchors: ["CC0 1.0 Universal", "Creative Commons Legal Code CC0"]),
        Rule("Unlicense", anchors: ["This is free and unencumbered software released into the public domain"]),
        Rule(
            "ISC",
            anchors: [
                "Permission to use, copy, modify, and/or distribute this software for any purpose with or without fee is hereby granted",
                "Permission to use, copy, modify, and distribute this software for any purpose with or without fee is hereby granted",
            ], requires: ["provided that the above copyright notice and this permission notice appear in all copies"]),
        Rule(
            "0BSD",
            anchors: [
                "Permission to use, copy, modify, and/or distribute this software for any purpose with or without fee is hereby granted"
            ]),
        Rule("MIT", anchors: ["Permission is hereby granted, free of charge, to any person obtaining a copy"]),
        Rule("BSD-4-Clause", anchors: [bsdRedistribution], requires: ["All advertising materials mentioning features or use of this software"]),
        Rule("BSD-3-Clause", anchors: [bsdRedistribution], requires: ["endorse or promote products derived from this software"]),
        Rule("BSD-2-Clause", anchors: [bsdRedistribution]),
    ]

    /// The SPDX id of a licence text, nil when no rule recognises it.
    package static func identify(_ text: String) -> String? {
        if let declared = spdxIdentifier(in: text) { return declared }
        let normalised = normalise(dropCopyrightLines(text))
        var best: (position: Int, order: Int, spdx: String)?
        for (order, rule) in rules.enumerated() {
            guard let position = rule.anchors.compactMap({ offset(of: $0, in: normalised) }).min(),
                rule.requires.allSatisfy({ normalised.contains($0) }),
                !rule.forbids.contains(where: { normalised.contains($0) })
            else { continue }
            if best.map({ (position, order) < ($0.position, $0.order) }) ?? true { best = (position, order, rule.spdx) }
        }
        return best?.spdx
    }

    /// The expression of an `SPDX-License-Identifier:` line, if the text has one.
    static func spdxIdentifier(in text: String) -> String? {
        for line in text.split(whereSeparator: \.isNewline) {
            guard let marker = line.range(of: "SPDX-License-Identifier:") else { continue }
            let value = line[marker.upperBound...].trimmed(of: " \t*/#-<>!")
            if !value.isEmpty { return value }
        }
        return nil
    }

    /// Lowercase letters and digits, every other run of characters one space: layout, quotes and
    /// punctuation vary between copies of the same licence.
    static func normalise(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                if pendingSpace, !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.append(character)
            } else {
                pendingSpace = true
            }
        }
        return result
    }

    /// The text without copyright statements (`Copyright (c) 2024 Acme`), which name holders, not terms.
    /// A wrapped clause that happens to start a line with "copyright notice…" is kept.
    private static func dropCopyrightLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).filter { line in
            let start = line.drop { $0 == " " || $0 == "\t" || $0 == "#" || $0 == "*" || $0 == "/" }.lowercased()
            if start.hasPrefix("(c)") || start.hasPrefix("©") { return false }
            guard start.hasPrefix("copyright") else { return true }
            let statement = start.contains("(c)") || start.contains("©") || start.contains(where: \.isNumber) || start.contains("<")
            return !statement
        }.joined(separator: "\n")
    }

    private static func offset(of phrase: String, in text: String) -> Int? {
        guard let range = text.range(of: phrase) else { return nil }
        return text.utf8.distance(from: text.startIndex, to: range.lowerBound)
    }
}
