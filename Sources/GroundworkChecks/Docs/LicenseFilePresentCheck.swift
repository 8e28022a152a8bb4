import Foundation
import GroundworkAuditModel

/// A licence file exists and its licence is one groundwork recognises by SPDX id.
struct LicenseFilePresentCheck: Check {
    let id = "docs.license"
    let title = "A licence file states the terms, as a recognised SPDX licence"
    let severity = Severity.high
    let rationale =
        "Without a licence nobody may legally use, change or share the code, and clients and their lawyers ask which licence applies. A standard licence text is recognised by GitHub, package registries and compliance tools."
    let fixedBy = ["license"]
    let effortHours = 0.5

    /// Names of licence files, as GitHub and package registries look for them.
    static let baseNames = ["license", "licence", "copying", "unlicense"]

    func evaluate(_ context: AuditContext) -> CheckOutcome {
        let fact = context.stack.license.flatMap { context.configuration.isExcluded($0.path) ? nil : $0 }
        if fact?.spdx != nil { return .passed }
        let detected = fact.flatMap { context.snapshot.file(at: $0.path) }
        guard let file = detected ?? Self.findLicenseFile(context) else {
            return .failed([Evidence("licence file missing: no LICENSE, LICENCE or COPYING in \(TextCommunityFiles.placesDescription)")])
        }
        // A file that declares its licence by SPDX tag is recognised even when its text is not a standard one.
        if let text = TextContent.text(of: file, in: context.snapshot), Self.declaredSPDX(in: text) != nil {
            return .passed
        }
        return .failed([
            Evidence(
                "\(file.path) is not recognised as a standard licence: use the unchanged text of a common licence or add an SPDX-License-Identifier line",
                path: file.path
            )
        ])
    }

    /// LICENSE, LICENSE.md, COPYING… or the first of several like LICENSE-MIT and LICENSE-APACHE.
    static func findLicenseFile(_ context: AuditContext) -> SnapshotFile? {
        if let file = TextCommunityFiles.find(baseNames, in: context) { return file }
        let suffixed = TextCommunityFiles.shallowFiles(context).filter { file in
            TextCommunityFiles.directories.contains(TextPaths.directory(file.path).lowercased())
                && baseNames.contains { TextPaths.name(file.path).lowercased().hasPrefix($0 + "-") }
        }
        return suffixed.first
    }

    /// The id after `SPDX-License-Identifier:`, when the text declares one.
    static func declaredSPDX(in text: String) -> String? {
        guard let range = text.range(of: "SPDX-License-Identifier:") else { return nil }
        let rest = text[range.upperBound...].drop { $0 == " " || $0 == "\t" }
        let id = rest.prefix { $0.isLetter || $0.isNumber || "-.+".contains($0) }
        return id.isEmpty ? nil : String(id)
    }

    var examples: [CheckExample] {
        [
            CheckExample("the MIT licence", .pass, files: ["LICENSE": ContentExampleTexts.mitLicense, "README.md": ContentExampleTexts.readme]),
            CheckExample("no licence file", .fail, files: ["README.md": ContentExampleTexts.readme]),
            CheckExample(
                "a licence file nobody can recognise", .fail,
                files: [
                    "LICENSE.txt": "All rights reserved by the author. Ask before you use this.\n",
                    "README.md": ContentExampleTexts.readme,
                ]),
        ]
    }
}
