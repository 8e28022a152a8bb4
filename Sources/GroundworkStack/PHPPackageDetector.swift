import GroundworkAuditModel

/// Reads a PHP project from its `composer.json`.
enum PHPPackageDetector {
    static func detect(_ scope: PackageScope) -> StackPackage {
        let json = scope.text("composer.json").flatMap(StructuredText.jsonObject) ?? [:]
        var package = StackPackage(
            path: scope.directory, name: json["name"] as? String ?? scope.directoryName, ecosystem: "php",
            packageManager: "composer", manifest: scope.path("composer.json")
        )
        package.lockfile = scope.has("composer.lock") ? scope.path("composer.lock") : nil
        let require = json["require"] as? [String: Any] ?? [:]
        let requireDev = json["require-dev"] as? [String: Any] ?? [:]
        package.frameworks = FrameworkCatalog.frameworks(in: require.keys, using: FrameworkCatalog.php)
        package.runtimeVersion = RuntimeVersions.resolve(scope, files: [".php-version"], tools: ["php"], declared: require["php"] as? String)

        package.entrypoints = ["public/index.php", "artisan", "bin/console", "index.php"].filter(scope.has).map(scope.path)
        let serves = !Set(package.frameworks).isDisjoint(with: FrameworkCatalog.servers) || scope.has("public/index.php")
        let type = json["type"] as? String ?? "library"
        package.kind = {
            if serves || type == "project" { return .service }
            if type == "library" || type == "symfony-bundle" || type == "wordpress-plugin" { return .library }
            return .unknown
        }()

        var scanner = PortScanner()
        scope.scanPorts("php", extensions: ["php"], into: &scanner)
        package.ports = PackageFinishing.ports(scanner, package: package)

        let scripts = json["scripts"] as? [String: Any] ?? [:]
        if scripts["test"] != nil {
            package.testCommand = "composer test"
        } else if package.frameworks.contains("laravel"), scope.has("artisan") {
            package.testCommand = "php artisan test"
        } else if scope.has("phpunit.xml") || scope.has("phpunit.xml.dist") || requireDev["phpunit/phpunit"] != nil {
            package.testCommand = "vendor/bin/phpunit"
        }
        if scripts["lint"] != nil {
            package.lintCommand = "composer lint"
        } else if scope.has("phpstan.neon") || scope.has("phpstan.neon.dist") {
            package.lintCommand = "vendor/bin/phpstan analyse"
        } else if scope.has("pint.json") || requireDev["laravel/pint"] != nil {
            package.lintCommand = "vendor/bin/pint --test"
        } else if scope.has("phpcs.xml") || scope.has("phpcs.xml.dist") || scope.has(".phpcs.xml") {
            package.lintCommand = "vendor/bin/phpcs"
        }
        if scripts["build"] != nil { package.buildCommand = "composer build" }
        return package
    }
}
