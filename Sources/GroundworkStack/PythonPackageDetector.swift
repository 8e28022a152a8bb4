import Foundation
import GroundworkAuditModel

/// Reads a Python package from pyproject.toml, setup.py, setup.cfg, Pipfile and requirements files.
enum PythonPackageDetector {
    /// Manifest names, the one to report first.
    static let manifests = ["pyproject.toml", "setup.py", "Pipfile", "requirements.txt", "setup.cfg"]
    private static let servers: Set<String> = ["gunicorn", "uvicorn", "hypercorn", "waitress", "daphne"]

    static func detect(_ scope: PackageScope) -> StackPackage {
        let manifest = PythonManifest(scope)
        let manifestName = manifests.first(where: scope.has) ?? "pyproject.toml"
        let (manager, lockfile) = packageManager(scope, manifest: manifest)
        var package = StackPackage(
            path: scope.directory, name: manifest.name ?? scope.directoryName, ecosystem: "python",
            packageManager: manager, manifest: scope.path(manifestName)
        )
        package.lockfile = lockfile
        package.frameworks = FrameworkCatalog.frameworks(in: manifest.dependencies, using: FrameworkCatalog.python)
        package.runtimeVersion = RuntimeVersions.resolve(scope, files: [".python-version"], tools: ["python"], declared: manifest.requiresPython)

        let sources = scope.runtimeSources(["py"])
        let ownModule = manifest.name.map(PythonManifest.normalise)?.replacingOccurrences(of: "-", with: "_")
        var applications: [String] = []
        for file in sources where file.name != "manage.py" {
            guard let text = scope.index.text(file),
                PythonApplications.createsApplication(text, ownModule: ownModule) || PythonApplications.callsApplicationFactory(text)
            else { continue }
            applications.append(file.path)
        }
        applications.sort { (depth($0), $0) < (depth($1), $1) }
        let manage = scope.has("manage.py") ? [scope.path("manage.py")] : []
        let declared = declaredApplications(scope)
        var entrypoints: [String] = []
        for path in manage + declared + applications where !entrypoints.contains(path) { entrypoints.append(path) }
        package.entrypoints = Array(entrypoints.prefix(8))

        let serving = !Set(package.frameworks).isDisjoint(with: FrameworkCatalog.servers) || !manifest.dependencies.isDisjoint(with: servers)
        let deployed = !scope.deploymentFiles(for: "python").isEmpty
        package.kind = {
            // A distribution that needs no web framework or server to run is published for others (Flask, Django themselves).
            if manifest.isPackaged, !serving, !deployed { return .library }
            if !package.entrypoints.isEmpty { return .service }
            if serving, !manifest.isPackaged { return .service }
            if manifest.isPackaged { return deployed ? .service : .library }
            return deployed ? .service : .unknown
        }()

        var scanner = PortScanner()
        scope.scanPorts("python", extensions: ["py"], into: &scanner)
        package.ports = PackageFinishing.ports(scanner, package: package)
        commands(scope, manifest: manifest, manager: manager, into: &package)
        return package
    }

    private static func packageManager(_ scope: PackageScope, manifest: PythonManifest) -> (String, String?) {
        let tool = manifest.pyproject["tool"]
        if let lock = scope.nearest(["poetry.lock"]) { return ("poetry", lock) }
        if let lock = scope.nearest(["uv.lock"]) { return ("uv", lock) }
        if let lock = scope.nearest(["Pipfile.lock"]) { return ("pipenv", lock) }
        if let lock = scope.nearest(["pdm.lock"]) { return ("pdm", lock) }
        if tool?["poetry"] != nil { return ("poetry", nil) }
        if tool?["uv"] != nil { return ("uv", nil) }
        if scope.has("Pipfile") { return ("pipenv", nil) }
        if tool?["pdm"] != nil { return ("pdm", nil) }
        if scope.has("requirements.lock") { return ("pip", scope.path("requirements.lock")) }
        return ("pip", manifest.pinnedRequirements.sorted().first)
    }

    private static func commands(_ scope: PackageScope, manifest: PythonManifest, manager: String, into package: inout StackPackage) {
        let run = ["poetry": "poetry run ", "uv": "uv run ", "pipenv": "pipenv run ", "pdm": "pdm run "][manager] ?? ""
        let tool = manifest.pyproject["tool"]
        let setupCfg = scope.text("setup.cfg") ?? ""
        let tox = scope.text("tox.ini") ?? ""
        let pytestConfigured =
            scope.has("pytest.ini") || tool?["pytest"] != nil || setupCfg.contains("[tool:pytest]")
            || tox.contains("[pytest]") || manifest.dependencies.contains("pytest")
            || scope.files.contains { $0.name == "conftest.py" }
        let testFiles = scope.sources(["py"]).contains { $0.name.hasPrefix("test_") || $0.name.hasSuffix("_test.py") || $0.name == "tests.py" }
        if pytestConfigured {
            package.testCommand = run + "pytest"
        } else if scope.has("manage.py") {
            package.testCommand = run + "python manage.py test"
        } else if testFiles {
            package.testCommand = run + "python -m unittest"
        }

        if tool?["ruff"] != nil || scope.nearest(["ruff.toml", ".ruff.toml"]) != nil || manifest.dependencies.contains("ruff") {
            package.lintCommand = run + "ruff check ."
        } else if scope.nearest([".flake8"]) != nil || setupCfg.contains("[flake8]") || tox.contains("[flake8]") {
            package.lintCommand = run + "flake8"
        } else if tool?["pylint"] != nil || scope.nearest([".pylintrc", "pylintrc"]) != nil {
            package.lintCommand = run + "pylint --recursive=y ."
        }

        if manifest.isPackaged {
            package.buildCommand = ["poetry": "poetry build", "uv": "uv build", "pdm": "pdm build"][manager] ?? "python -m build"
        }
    }

    private static func depth(_ path: String) -> Int { path.split(separator: "/").count }

    /// `gunicorn microblog:app`, `uvicorn app.main:app --port 80`: the module a WSGI/ASGI server is told to load.
    private static let serverCommand = try? NSRegularExpression(
        pattern: #"\b(?:gunicorn|uvicorn|hypercorn|daphne|waitress-serve)\b[^\n]*?\s["']?([A-Za-z_][\w.]*):[A-Za-z_]\w*"#
    )

    /// The modules the configuration says are served, as committed files: `FLASK_APP` in `.flaskenv` or
    /// `.env`, and the `module:app` of a server command in the Procfile or a Dockerfile. A Flask app built by
    /// a factory (`app = create_app()`) is found only this way.
    static func declaredApplications(_ scope: PackageScope) -> [String] {
        var modules: [String] = []
        for name in [".flaskenv", ".env"] {
            guard let text = scope.text(name) else { continue }
            for line in text.split(whereSeparator: \.isNewline) where line.hasPrefix("FLASK_APP=") {
                let value = line.dropFirst("FLASK_APP=".count).trimmed(of: "\"'")
                modules.append(value.split(separator: ":").first.map(String.init) ?? value)
            }
        }
        for file in scope.deploymentFiles(for: "python") {
            guard let text = scope.index.text(file), let serverCommand else { continue }
            for match in serverCommand.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                if let range = Range(match.range(at: 1), in: text) { modules.append(String(text[range])) }
            }
        }
        return modules.compactMap { module in
            let stem = module.hasSuffix(".py") ? String(module.dropLast(3)) : module.replacingOccurrences(of: ".", with: "/")
            return [stem + ".py", stem + "/__init__.py"].first(where: scope.has).map(scope.path)
        }
    }
}
