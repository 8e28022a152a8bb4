import GroundworkAuditModel

/// Which language a file is written in, from its name, its extension or its shebang.
///
/// Only programming and markup languages count (as GitHub's linguist does by default): data and prose
/// such as JSON, YAML and Markdown would otherwise swamp the code in most repositories.
package enum LanguageCatalog {
    /// Languages by lowercased extension.
    package static let byExtension: [String: String] = [
        "ts": "TypeScript", "tsx": "TypeScript", "mts": "TypeScript", "cts": "TypeScript",
        "js": "JavaScript", "jsx": "JavaScript", "mjs": "JavaScript", "cjs": "JavaScript",
        "py": "Python", "pyi": "Python", "pyw": "Python",
        "go": "Go", "java": "Java", "kt": "Kotlin", "kts": "Kotlin", "scala": "Scala", "groovy": "Groovy", "gradle": "Groovy",
        "swift": "Swift", "m": "Objective-C", "mm": "Objective-C++",
        "c": "C", "h": "C", "cc": "C++", "cpp": "C++", "cxx": "C++", "c++": "C++", "hpp": "C++", "hh": "C++", "hxx": "C++",
        "cs": "C#", "fs": "F#", "fsx": "F#", "vb": "Visual Basic .NET",
        "rs": "Rust", "rb": "Ruby", "rake": "Ruby", "gemspec": "Ruby", "php": "PHP",
        "sh": "Shell", "bash": "Shell", "zsh": "Shell", "ksh": "Shell", "fish": "Shell",
        "ps1": "PowerShell", "psm1": "PowerShell", "bat": "Batchfile", "cmd": "Batchfile",
        "html": "HTML", "htm": "HTML", "css": "CSS", "scss": "SCSS", "sass": "Sass", "less": "Less",
        "vue": "Vue", "svelte": "Svelte", "astro": "Astro",
        "dart": "Dart", "ex": "Elixir", "exs": "Elixir", "erl": "Erlang", "hrl": "Erlang", "hs": "Haskell",
        "clj": "Clojure", "cljs": "Clojure", "cljc": "Clojure", "lua": "Lua", "pl": "Perl", "pm": "Perl",
        "r": "R", "jl": "Julia", "zig": "Zig", "nim": "Nim", "ml": "OCaml", "mli": "OCaml", "elm": "Elm",
        "tf": "HCL", "hcl": "HCL", "sql": "SQL", "mk": "Makefile", "mak": "Makefile", "cmake": "CMake",
        "nix": "Nix", "sol": "Solidity", "asm": "Assembly", "s": "Assembly", "dockerfile": "Dockerfile",
    ]

    /// Languages by exact (lowercased) file name, for files known by name rather than extension.
    package static let byName: [String: String] = [
        "dockerfile": "Dockerfile", "containerfile": "Dockerfile",
        "makefile": "Makefile", "gnumakefile": "Makefile",
        "jenkinsfile": "Groovy", "rakefile": "Ruby", "gemfile": "Ruby", "vagrantfile": "Ruby", "podfile": "Ruby",
        "fastfile": "Ruby", "brewfile": "Ruby", "guardfile": "Ruby", "cmakelists.txt": "CMake",
        "build.bazel": "Starlark", "workspace.bazel": "Starlark",
    ]

    /// Languages by interpreter named in a shebang line.
    package static let byInterpreter: [String: String] = [
        "node": "JavaScript", "nodejs": "JavaScript", "deno": "TypeScript", "bun": "JavaScript", "ts-node": "TypeScript", "tsx": "TypeScript",
        "python": "Python", "python2": "Python", "python3": "Python", "pypy": "Python", "pypy3": "Python",
        "sh": "Shell", "bash": "Shell", "zsh": "Shell", "dash": "Shell", "ksh": "Shell", "ash": "Shell", "fish": "Shell",
        "ruby": "Ruby", "perl": "Perl", "php": "PHP", "swift": "Swift", "lua": "Lua", "pwsh": "PowerShell",
        "rscript": "R", "elixir": "Elixir", "groovy": "Groovy", "kotlin": "Kotlin",
    ]

    /// The language a file's name or extension says, nil when neither says one.
    package static func language(of file: SnapshotFile) -> String? {
        let name = file.name.lowercased()
        if let known = byName[name] { return known }
        if name.hasPrefix("dockerfile.") || name.hasPrefix("containerfile.") { return "Dockerfile" }
        if name.hasPrefix("jenkinsfile.") || name.hasSuffix(".jenkinsfile") { return "Groovy" }
        if name.hasPrefix("makefile.") { return "Makefile" }
        return byExtension[file.fileExtension]
    }

    /// The language of a script's `#!` line (`#!/usr/bin/env -S node --flag` finds JavaScript).
    package static func language(shebang firstLine: Substring) -> String? {
        guard firstLine.hasPrefix("#!") else { return nil }
        var words = firstLine.dropFirst(2).split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard let program = words.first else { return nil }
        var interpreter = program.split(separator: "/").last.map(String.init) ?? program
        words.removeFirst()
        if interpreter == "env" {
            // `env` may take options (-S, -i, VAR=value) before the interpreter.
            guard let named = words.first(where: { !$0.hasPrefix("-") && !$0.contains("=") }) else { return nil }
            interpreter = named
        }
        let base = interpreter.lowercased()
        if let language = byInterpreter[base] { return language }
        // `python3.12`, `ruby2.7`, `perl5`: drop the version suffix.
        let trimmed = String(base.prefix { !$0.isNumber && $0 != "." })
        return byInterpreter[trimmed]
    }
}
