import Foundation
import GroundworkFormats

extension ServiceWorkspace {
    /// Reads `groundwork.workspace.yaml` text; mistakes are reported as `file:line: field: what was expected`.
    package static func parse(_ text: String, file: String = ServiceWorkspace.fileName) throws(BrickError) -> ServiceWorkspace {
        do throws(FormatError) {
            let root = try StrictYAMLReader(file: file).mapping(text, allowed: ["workspace", "name", "services", "links"])
            let version = try root.required("workspace", "the format version (1)").int()
            guard version == currentVersion else {
                throw root.error("workspace", "this groundwork reads workspace version \(currentVersion), found \(version)")
            }
            var workspace = ServiceWorkspace(name: try root.requiredString("name"))
            for item in try root.sequence("services") ?? [] {
                let entry = try item.mapping(allowed: ["name", "folder", "stack", "model", "contract", "port"])
                let name = try entry.requiredString("name")
                if let problem = nameProblem(name) { throw entry.error("name", problem) }
                guard workspace.service(name) == nil else { throw entry.error("name", "\(name) is listed twice") }
                let folder = try entry.string("folder") ?? name
                if let problem = DestinationPath.problem(folder), folder != "." { throw entry.error("folder", "\(folder): \(problem)") }
                let port = try entry.int("port") ?? 8081 + workspace.services.count
                guard (1...65535).contains(port) else { throw entry.error("port", "expected a port between 1 and 65535, found \(port)") }
                workspace.services.append(
                    WorkspaceService(
                        name: name, folder: folder, stack: try entry.requiredString("stack"), model: try entry.string("model"),
                        contract: try entry.string("contract") ?? "openapi.json", port: port
                    ))
            }
            for item in try root.sequence("links") ?? [] {
                let entry = try item.mapping(allowed: ["consumer", "provider", "operations", "auth"])
                let consumer = try entry.requiredString("consumer"), provider = try entry.requiredString("provider")
                for (key, name) in [("consumer", consumer), ("provider", provider)] where workspace.service(name) == nil {
                    throw entry.error(key, "\(name) is not a service of this workspace; services: \(workspace.services.map(\.name).joined(separator: ", "))")
                }
                guard consumer != provider else { throw entry.error("provider", "a service cannot consume itself") }
                let authText = try entry.string("auth") ?? ServiceAuth.forward.rawValue
                guard let auth = ServiceAuth(rawValue: authText) else {
                    throw entry.error("auth", "expected one of \(ServiceAuth.allCases.map(\.rawValue).joined(separator: ", ")), found \(authText)")
                }
                workspace.record(WorkspaceLink(consumer: consumer, provider: provider, operations: try entry.strings("operations"), auth: auth))
            }
            return workspace
        } catch {
            throw BrickError(.parameter, error.message, file: error.file, line: error.line)
        }
    }

    /// Reads the workspace file of the workspace at `root`.
    package static func load(root: String) throws(BrickError) -> ServiceWorkspace {
        let path = root + "/" + fileName
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BrickError(.parameter, "\(path) does not exist: create a workspace with `groundwork new NAME --stack S --model M --workspace \(root)`")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw BrickError(.parameter, "is not UTF-8 text", file: path) }
        return try parse(text, file: path)
    }

    /// The folder holding a workspace file: `start` or the nearest folder above it; nil when there is none.
    package static func root(containing start: String) -> String? {
        var url = URL(fileURLWithPath: start).standardizedFileURL
        while true {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent(fileName).path) { return url.path }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }

    /// Why `name` cannot name a service, or nil.
    package static func nameProblem(_ name: String) -> String? {
        let allowed = name.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
        guard !name.isEmpty, allowed, name.first?.isLetter == true, name.count <= 40 else {
            return "\(name) is not a service name: lowercase letters, digits and dashes, starting with a letter (at most 40)"
        }
        return nil
    }

    /// The workspace file, every key written (comments say what each is), so that writing it back after
    /// reading changes nothing.
    package func yaml() -> String {
        var lines = [
            "# A groundwork workspace: the services of one project and who calls whom (docs/contracts.md, \"Workspaces\").",
            "workspace: \(Self.currentVersion)",
            "name: \(JSONString.quoted(name))",
        ]
        lines.append(services.isEmpty ? "services: []" : "services:")
        for service in services {
            lines.append("  - name: \(service.name)")
            lines.append("    folder: \(JSONString.quoted(service.folder))")
            lines.append("    stack: \(service.stack)")
            if let model = service.model { lines.append("    model: \(JSONString.quoted(model))") }
            lines.append("    contract: \(JSONString.quoted(service.contract))")
            lines.append("    port: \(service.port)")
        }
        lines.append(links.isEmpty ? "links: []" : "links:")
        for link in links {
            lines.append("  - consumer: \(link.consumer)")
            lines.append("    provider: \(link.provider)")
            if let operations = link.operations { lines.append("    operations: [" + operations.map(JSONString.quoted).joined(separator: ", ") + "]") }
            lines.append("    auth: \(link.auth.rawValue)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Writes the workspace file at `root`.
    package func write(root: String) throws {
        try Data(yaml().utf8).write(to: URL(fileURLWithPath: root + "/" + Self.fileName), options: .atomic)
    }
}
