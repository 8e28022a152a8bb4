import GroundworkAuditModel

/// Reads a Ruby application or gem from its `Gemfile` and `*.gemspec`.
enum RubyPackageDetector {
    static func detect(_ scope: PackageScope) -> StackPackage {
        let gemfile = scope.text("Gemfile") ?? ""
        let gemspec = scope.files.first { $0.directory == scope.directory && $0.fileExtension == "gemspec" }
        let manifest = scope.has("Gemfile") ? scope.path("Gemfile") : gemspec?.path ?? scope.path("Gemfile")
        let specName = gemspec.map { String($0.name.dropLast(".gemspec".count)) }
        var package = StackPackage(
            path: scope.directory, name: specName ?? scope.directoryName, ecosystem: "ruby", packageManager: "bundler", manifest: manifest
        )
        package.lockfile = scope.has("Gemfile.lock") ? scope.path("Gemfile.lock") : nil
        let gems = gemNames(gemfile + "\n" + (gemspec.flatMap(scope.index.text) ?? ""))
        package.frameworks = FrameworkCatalog.frameworks(in: gems, using: FrameworkCatalog.ruby)
        package.runtimeVersion = RuntimeVersions.resolve(scope, files: [".ruby-version"], tools: ["ruby"], declared: declaredRuby(gemfile))

        package.entrypoints = ["config.ru", "bin/rails", "app.rb"].filter(scope.has).map(scope.path)
        let serves = !Set(package.frameworks).isDisjoint(with: FrameworkCatalog.servers) || scope.has("config.ru")
        package.kind = serves ? .service : gemspec != nil ? .library : scope.deploymentFiles(for: "ruby").isEmpty ? .unknown : .service

        var scanner = PortScanner()
        scope.scanPorts("ruby", extensions: ["rb"], into: &scanner)
        package.ports = PackageFinishing.ports(scanner, package: package)

        if scope.has(".rspec") || scope.hasDirectory("spec") || gems.contains("rspec") || gems.contains("rspec-rails") {
            package.testCommand = "bundle exec rspec"
        } else if package.frameworks.contains("rails"), scope.hasDirectory("test") {
            package.testCommand = "bin/rails test"
        } else if scope.hasDirectory("test"), scope.has("Rakefile") {
            package.testCommand = "bundle exec rake test"
        }
        if scope.nearest([".rubocop.yml"]) != nil || gems.contains("rubocop") { package.lintCommand = "bundle exec rubocop" }
        if let gemspec { package.buildCommand = "gem build \(gemspec.name)" }
        return package
    }

    /// Gem names from `gem "name"` lines and `add_dependency "name"` calls.
    static func gemNames(_ text: String) -> Set<String> {
        var names: Set<String> = []
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmed()
            let call = ["gem ", "gem(", "spec.add_dependency", "spec.add_runtime_dependency", "s.add_dependency", "s.add_runtime_dependency"]
            guard call.contains(where: { trimmed.hasPrefix($0) }) else { continue }
            guard let open = trimmed.firstIndex(where: { $0 == "\"" || $0 == "'" }) else { continue }
            let quote = trimmed[open]
            let name = trimmed[trimmed.index(after: open)...].prefix { $0 != quote }
            if !name.isEmpty { names.insert(String(name)) }
        }
        return names
    }

    /// `ruby "3.2.2"` in a Gemfile.
    private static func declaredRuby(_ gemfile: String) -> String? {
        for line in gemfile.split(whereSeparator: \.isNewline) where line.trimmed().hasPrefix("ruby ") {
            let value = line.trimmed().dropFirst(5).trimmed(of: " \"'")
            if value.first?.isNumber == true { return value }
        }
        return nil
    }
}
