import GroundworkAuditModel

/// Every package that runs as a service can be built into a container image.
package struct ServiceHasDockerfileCheck: Check {
    package let id = "delivery.dockerfile"
    package let title = "Every service has a Dockerfile"
    package let severity = Severity.medium
    package let rationale =
        "A service without a Dockerfile is built and run differently on every machine; an image makes the build reproducible and is what every deployment target runs. Libraries are not asked for one."
    package let fixedBy = ["docker"]
    package let effortHours = 3.0

    package init() {}

    package func evaluate(_ context: AuditContext) -> CheckOutcome {
        let services = context.stack.services
        guard !services.isEmpty else { return .notApplicable("no service detected (libraries do not need an image)") }
        let dockerfiles = DockerfileInventory.paths(in: context).filter { !DockerfileNames.buildsToolingImage($0) }
        let missing = services.filter { !Self.isCovered($0, by: dockerfiles, singleService: services.count == 1) }
        guard !missing.isEmpty else { return .passed }
        return .failed(
            missing.map { service in
                let place = service.path.isEmpty ? "at the root" : "in \(service.path)"
                return Evidence("service `\(service.name)` (\(service.ecosystem)) has no Dockerfile \(place)", path: service.manifest)
            })
    }

    /// True when a Dockerfile lies in the service's directory, names the service
    /// (`Dockerfile.api`, `api.Dockerfile`, `docker/api/Dockerfile`), or is the root one of a single-service repository.
    static func isCovered(_ service: StackPackage, by dockerfiles: [String], singleService: Bool) -> Bool {
        if service.path.isEmpty { return !dockerfiles.isEmpty }
        if dockerfiles.contains(where: { $0.hasPrefix(service.path + "/") }) { return true }
        if singleService, dockerfiles.contains(where: { !$0.contains("/") }) { return true }
        let names = Set([service.name, service.path.split(separator: "/").last.map(String.init) ?? ""].map { $0.lowercased() })
        return dockerfiles.contains { path in
            let components = path.lowercased().split(separator: "/").map(String.init)
            let fileParts = (components.last ?? "").split(separator: ".").map(String.init).filter { $0 != "dockerfile" }
            return fileParts.contains(where: names.contains) || components.dropLast().last.map(names.contains) == true
        }
    }

    package var examples: [CheckExample] {
        [
            CheckExample(
                "an Express service with a Dockerfile", .pass,
                files: DeliveryExampleFiles.expressService.merging([
                    "Dockerfile": "FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\nUSER node\nCMD [\"node\", \"index.js\"]\n"
                ]) { $1 }),
            CheckExample("an Express service without a Dockerfile", .fail, files: DeliveryExampleFiles.expressService),
            CheckExample("a Go HTTP server without a Dockerfile", .fail, files: DeliveryExampleFiles.goService),
            CheckExample(
                "an Express service whose only Dockerfile runs its browser tests", .fail,
                files: DeliveryExampleFiles.expressService.merging([
                    "Dockerfile.playwright": "FROM mcr.microsoft.com/playwright:v1.50.0-noble\nCOPY . .\nCMD [\"npx\", \"playwright\", \"test\"]\n"
                ]) { $1 }),
            CheckExample("a library is not asked for an image", .notApplicable, files: DeliveryExampleFiles.nodeLibrary),
        ]
    }
}
