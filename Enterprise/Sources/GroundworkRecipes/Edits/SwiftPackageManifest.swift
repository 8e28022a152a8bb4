#if Enterprise
import Foundation
import GroundworkBricks

/// Adds packages and products of the `App` target to a `Package.swift` written as the swift-hummingbird
/// stack and Hummingbird's template write it (one `.package(url:` and one `.product(name:` per line, the
/// packages before the `App` executable target). The recipes' Swift edits share it; a manifest written
/// otherwise is left unchanged, with a note that says what to add.
enum SwiftPackageManifest {
    /// A package dependency: its `.package(url: …, from: …),` line.
    struct Dependency {
        var url: String
        var from: String
        var products: [String]
        /// The package's identity (the last component of its URL, without `.git`), which products name.
        var identity: String { ((url as NSString).lastPathComponent as NSString).deletingPathExtension }
    }

    /// `text` with each of `dependencies` (and their products for the `App` target) that it lacks; a note
    /// naming them all when the manifest's shape is not recognised.
    static func adding(_ dependencies: [Dependency], to text: String, path: String) -> EditResult {
        let packages = dependencies.filter { !text.contains($0.url) }
        let products = dependencies.flatMap { dependency in
            dependency.products.filter { !text.contains(#".product(name: "\#($0)""#) }.map { (name: $0, package: dependency.identity) }
        }
        guard !packages.isEmpty || !products.isEmpty else { return EditResult(text: text) }
        var lines = text.components(separatedBy: "\n")
        let trimmed = lines.map { $0.trimmingCharacters(in: .whitespaces) }
        let target = trimmed.firstIndex { $0.hasPrefix(".executableTarget(") }
        let end = target.flatMap { start in trimmed[(start + 1)...].firstIndex { $0.hasPrefix(".testTarget(") || $0.hasPrefix(".executableTarget(") || $0.hasPrefix(".target(") } }
        guard let lastPackage = trimmed.lastIndex(where: { $0.hasPrefix(".package(url:") }), let target,
            trimmed[target..<(end ?? trimmed.count)].contains(#"name: "App","#),
            let lastProduct = trimmed[target..<(end ?? trimmed.count)].lastIndex(where: { $0.hasPrefix(".product(name:") }),
            lastPackage < target
        else {
            let wanted = dependencies.map { "\($0.identity) \($0.from) (\($0.products.joined(separator: ", ")))" }.joined(separator: ", ")
            return EditResult(text: text, notes: ["\(path): add the packages \(wanted) and those products to the App target; the recipe did not recognise this manifest"])
        }
        for index in [lastProduct, lastPackage] where !trimmed[index].hasSuffix(",") { lines[index] += "," }
        let productIndent = String(lines[lastProduct].prefix { $0 == " " })
        lines.insert(contentsOf: products.map { #"\#(productIndent).product(name: "\#($0.name)", package: "\#($0.package)"),"# }, at: lastProduct + 1)
        let packageIndent = String(lines[lastPackage].prefix { $0 == " " })
        lines.insert(contentsOf: packages.map { #"\#(packageIndent).package(url: "\#($0.url)", from: "\#($0.from)"),"# }, at: lastPackage + 1)
        return EditResult(text: lines.joined(separator: "\n"))
    }
}
#endif
