import GroundworkAuditModel

/// Reads a .NET project from its `*.csproj` (or `*.fsproj`, `*.vbproj`).
enum DotNetPackageDetector {
    static let projectExtensions: Set<String> = ["csproj", "fsproj", "vbproj"]

    static func detect(_ scope: PackageScope, project: String) -> StackPackage {
        let xml = XMLTree(scope.index.text(project) ?? "")
        let fileName = project.split(separator: "/").last.map(String.init) ?? project
        let name = fileName.split(separator: ".").dropLast().joined(separator: ".")
        var package = StackPackage(path: scope.directory, name: name, ecosystem: "dotnet", packageManager: "dotnet", manifest: project)
        package.lockfile = scope.has("packages.lock.json") ? scope.path("packages.lock.json") : nil
        let sdk = xml.attribute("Sdk", of: "Project") ?? ""
        let references = xml.attributes("Include", of: "PackageReference") + xml.attributes("Include", of: "FrameworkReference")
        if sdk == "Microsoft.NET.Sdk.Web" || references.contains(where: { $0.hasPrefix("Microsoft.AspNetCore") }) { package.frameworks = ["aspnetcore"] }
        let globalSDK = scope.nearest(["global.json"]).flatMap(scope.index.text).flatMap(StructuredText.jsonObject)
        let declared = xml.first("TargetFramework") ?? (globalSDK?["sdk"] as? [String: Any])?["version"] as? String
        package.runtimeVersion = RuntimeVersions.clean(declared)

        let entry = ["Program.cs", "Program.fs"].filter(scope.has).map(scope.path)
        package.entrypoints = entry
        let isTestProject = references.contains("Microsoft.NET.Test.Sdk")
        let executable = xml.first("OutputType")?.lowercased() == "exe" || !entry.isEmpty
        package.kind = {
            if isTestProject { return .unknown }
            if !package.frameworks.isEmpty { return .service }
            return executable ? .service : .library
        }()

        var scanner = PortScanner()
        scope.scanPorts("dotnet", extensions: ["cs", "fs"], into: &scanner)
        for file in scope.files where file.name.hasPrefix("launchSettings") || file.name.hasPrefix("appsettings") {
            if let text = scope.index.text(file) { scanner.scanListenURLs(text) }
        }
        package.ports = PackageFinishing.ports(scanner, package: package)
        package.testCommand = "dotnet test"
        package.buildCommand = "dotnet build"
        if scope.nearest([".editorconfig"]) != nil { package.lintCommand = "dotnet format --verify-no-changes" }
        return package
    }
}
