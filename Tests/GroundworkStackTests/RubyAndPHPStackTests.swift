import GroundworkAuditModel
import GroundworkTestSupport
import Testing

@Suite("Ruby and PHP stacks")
struct RubyAndPHPStackTests {
    @Test("a Rails application")
    func rails() throws {
        let stack = try detectStack([
            "Gemfile": """
            source "https://rubygems.org"

            ruby "3.3.0"

            gem "rails", "~> 7.1.3"
            gem "puma", ">= 5.0"

            group :development, :test do
              gem "rspec-rails"
              gem "rubocop-rails", require: false
            end
            """,
            "Gemfile.lock": "GEM\n  specs:\n",
            "config.ru": "require_relative \"config/environment\"\nrun Rails.application\n",
            "bin/rails": .executable("#!/usr/bin/env ruby\nAPP_PATH = File.expand_path(\"../config/application\", __dir__)\n"),
            "config/puma.rb": "threads_count = ENV.fetch(\"RAILS_MAX_THREADS\") { 5 }\nport ENV.fetch(\"PORT\") { 3000 }\n",
            "app/controllers/application_controller.rb": "class ApplicationController < ActionController::Base\nend\n",
            ".rubocop.yml": "AllCops:\n  NewCops: enable\n",
            "spec/models/user_spec.rb": "RSpec.describe User do\nend\n",
        ])
        let package = try stack.onlyPackage()
        #expect(package.ecosystem == "ruby")
        #expect(package.packageManager == "bundler")
        #expect(package.lockfile == "Gemfile.lock")
        #expect(package.frameworks == ["rails"])
        #expect(package.runtimeVersion == "3.3.0")
        #expect(package.kind == .service)
        #expect(package.entrypoints == ["config.ru", "bin/rails"])
        #expect(package.ports == [3000])
        #expect(package.testCommand == "bundle exec rspec")
        #expect(package.lintCommand == "bundle exec rubocop")
        #expect(stack.primaryLanguage == "Ruby")
    }

    @Test("a gem is a library")
    func gem() throws {
        let stack = try detectStack([
            "Gemfile": "source \"https://rubygems.org\"\ngemspec\n",
            "tiny_slug.gemspec": "Gem::Specification.new do |spec|\n  spec.name = \"tiny_slug\"\n  spec.add_dependency \"i18n\"\nend\n",
            ".ruby-version": "3.2.2\n",
            "lib/tiny_slug.rb": "module TinySlug\nend\n",
        ])
        let package = try stack.onlyPackage()
        #expect(package.kind == .library)
        #expect(package.name == "tiny_slug")
        #expect(package.runtimeVersion == "3.2.2")
        #expect(package.buildCommand == "gem build tiny_slug.gemspec")
    }

    @Test("a Laravel application")
    func laravel() throws {
        let stack = try detectStack([
            "composer.json": """
            {
              "name": "acme/portal",
              "type": "project",
              "require": { "php": "^8.2", "laravel/framework": "^11.0" },
              "require-dev": { "phpunit/phpunit": "^11.0", "laravel/pint": "^1.13" }
            }
            """,
            "composer.lock": "{}\n",
            "artisan": .executable("#!/usr/bin/env php\n<?php\n"),
            "public/index.php": "<?php\nrequire __DIR__.'/../vendor/autoload.php';\n",
            "app/Http/Controllers/Controller.php": "<?php\nnamespace App\\Http\\Controllers;\nabstract class Controller {}\n",
            "vendor/laravel/framework/src/Foundation/Application.php": "<?php\nclass Application {}\n",
        ])
        let package = try stack.onlyPackage()
        #expect(package.ecosystem == "php")
        #expect(package.name == "acme/portal")
        #expect(package.packageManager == "composer")
        #expect(package.lockfile == "composer.lock")
        #expect(package.frameworks == ["laravel"])
        #expect(package.runtimeVersion == "^8.2")
        #expect(package.kind == .service)
        #expect(package.entrypoints == ["public/index.php", "artisan"])
        #expect(package.ports == [8000])
        #expect(package.testCommand == "php artisan test")
        #expect(package.lintCommand == "vendor/bin/pint --test")
        #expect(stack.language("PHP")?.files == 3, "vendor/ is not counted")
    }

    @Test("an ASP.NET Core project")
    func aspNetCore() throws {
        let stack = try detectStack([
            "src/Api/Api.csproj": "<Project Sdk=\"Microsoft.NET.Sdk.Web\">\n  <PropertyGroup>\n    <TargetFramework>net8.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n",
            "src/Api/Program.cs": "var builder = WebApplication.CreateBuilder(args);\nvar app = builder.Build();\napp.Run();\n",
            "src/Api/Properties/launchSettings.json": "{\"profiles\": {\"http\": {\"applicationUrl\": \"http://localhost:5080\"}}}\n",
            "src/Lib/Lib.csproj": "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>\n</Project>\n",
            "src/Lib/Money.cs": "public record Money(long Cents);\n",
        ])
        let api = try stack.package(at: "src/Api")
        #expect(api.ecosystem == "dotnet")
        #expect(api.name == "Api")
        #expect(api.frameworks == ["aspnetcore"])
        #expect(api.kind == .service)
        #expect(api.runtimeVersion == "net8.0")
        #expect(api.ports == [5080])
        #expect(try stack.package(at: "src/Lib").kind == .library)
    }
}
