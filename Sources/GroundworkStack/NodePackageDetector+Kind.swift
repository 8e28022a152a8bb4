import GroundworkAuditModel

/// What a Node package shows about whether it runs (a service) or is consumed (a library).
struct NodeKindEvidence {
    var json: [String: Any]
    var nxProjectType: String?
    var scripts: [String: String]
    /// The start script, unless it only builds or watches.
    var start: String?
    /// Frameworks among the run-time `dependencies`.
    var runtimeFrameworks: Set<String>
    var allDependencies: Set<String>
    /// The package's own code calls `listen(`, `createServer(`, `NestFactory.create`…
    var listens: Bool
    /// A Dockerfile or Procfile is in the package.
    var deployed: Bool
    var hasIndexPage: Bool
    /// Another ecosystem's package lives in the same directory (Laravel, Rails or Django with their asset tooling).
    var sharesDirectory = false
}

extension NodePackageDetector {
    /// Bundlers and dev servers of browser applications (a component library uses them too, but ships no page).
    private static let appBundlers: Set<String> = [
        "vite", "react-scripts", "@angular/cli", "@angular-devkit/build-angular", "@vue/cli-service", "parcel",
        "webpack-dev-server", "@rsbuild/core", "@sveltejs/kit", "nuxt", "next", "@remix-run/dev", "astro",
    ]

    /// Service, library or unknown.
    ///
    /// Publishing fields (`files`, `exports`, `module`, `types`, peer dependencies) mark a library, and
    /// win unless the package also starts or ships an image. A start script, a deployment file, or a
    /// server framework whose code listens mark a service. `main` alone is weak: `npm init` writes it for
    /// applications too, so it only decides when nothing else does.
    static func kind(_ evidence: NodeKindEvidence) -> StackPackage.Kind {
        if let projectType = evidence.nxProjectType { return projectType == "library" ? .library : .service }
        let json = evidence.json
        let peers = (json["peerDependencies"] as? [String: Any])?.isEmpty == false
        let libraryEvidence = peers || ["files", "exports", "module", "types", "typings"].contains { json[$0] != nil }
        let serverFrameworks = evidence.runtimeFrameworks.intersection(FrameworkCatalog.servers)
        let strongService = evidence.start != nil || evidence.deployed || (!serverFrameworks.isEmpty && evidence.listens)
        let frontEndApp =
            !evidence.runtimeFrameworks.isDisjoint(with: FrameworkCatalog.frontEnds)
            && (evidence.scripts["build"] != nil || evidence.scripts["dev"] != nil)
            && (!evidence.allDependencies.isDisjoint(with: appBundlers) || evidence.hasIndexPage)
        let hasMain = json["main"] != nil || json["bin"] != nil

        // A React Native or Expo app ships to app stores; it wants no image.
        if !evidence.runtimeFrameworks.isDisjoint(with: FrameworkCatalog.mobile) { return libraryEvidence ? .library : .unknown }
        // Beside a Laravel, Rails or Django app, a front end that neither starts nor ships on its own is that
        // app's assets, bundled into it (koel's Vue front end inside its Laravel app).
        if evidence.sharesDirectory, !strongService { return libraryEvidence ? .library : .unknown }
        if strongService, !libraryEvidence { return .service }
        if libraryEvidence, evidence.start == nil, !evidence.deployed { return .library }
        if strongService || frontEndApp { return .service }
        if !serverFrameworks.isEmpty || evidence.listens, !hasMain { return .service }
        return hasMain ? .library : .unknown
    }
}
