/// A parsed `brick.yaml` (format version 1, see docs/bricks.md).
package struct BrickManifest: Sendable, Hashable {
    /// Lowercase letters, digits and dashes.
    package var id: String
    package var version: SemanticVersion
    package var summary: String
    /// Bricks that must be applied first; they are added to the run.
    package var requires: [String] = []
    /// Bricks that cannot be applied together with this one.
    package var conflicts: [String] = []
    /// Check ids that pass once the brick is applied.
    package var fixes: [String] = []
    /// Hours a person would spend doing this by hand.
    package var effortHours: Double = 0
    /// When the brick applies to a repository (nil: always).
    package var when: BrickPredicate?
    package var parameters: [BrickParameter] = []
    package var files: [BrickFileSpec] = []
    package var tasks: [BrickTask] = []
    /// Structured edits of existing files (docs/bricks.md, "In-place edits").
    package var edits: [BrickEditSpec] = []
    /// The manifest's path as shown in messages (`Plugins/docker/brick.yaml`).
    package var manifestPath: String

    package init(id: String, version: SemanticVersion, summary: String, manifestPath: String) {
        self.id = id
        self.version = version
        self.summary = summary
        self.manifestPath = manifestPath
    }

    /// The declared parameter with this name.
    package func parameter(named name: String) -> BrickParameter? { parameters.first { $0.name == name } }

    /// True for ids made of lowercase letters, digits and inner dashes.
    package static func isValidID(_ id: String) -> Bool {
        guard let first = id.first, first.isASCIILetter, first.isLowercase, id.last != "-", id.count <= 64 else { return false }
        return id.allSatisfy { ($0.isASCIILetter && $0.isLowercase) || $0.isASCIIDigit || $0 == "-" }
    }
}

/// One file a brick writes: a template rendered to a destination path, owned in a mode.
package struct BrickFileSpec: Sendable, Hashable {
    /// Whether the file is rendered once, once per service of the repository, or once per entity of the model.
    package enum Repetition: String, Sendable, Hashable {
        case once, service, entity
    }

    /// The template's path inside the brick folder.
    package var template: String
    /// The destination, a Mustache template itself.
    package var path: String
    package var mode: BrickFileMode = .managed
    package var when: BrickPredicate?
    /// `each: service` renders the file once per service, with `service.*` set to each in turn.
    package var each: Repetition = .once
    /// Written with the executable bit.
    package var executable = false
    /// Set when groundwork produces the file from the model (`generate:`); `template` is then empty.
    package var generate: GeneratedFileKind?
    /// Where it is declared in brick.yaml.
    package var line: Int?

    package init(template: String, path: String, mode: BrickFileMode = .managed, when: BrickPredicate? = nil, each: Repetition = .once, executable: Bool = false, line: Int? = nil) {
        self.template = template
        self.path = path
        self.mode = mode
        self.when = when
        self.each = each
        self.executable = executable
        self.line = line
    }
}

/// A command shown in the plan and run only with `--run-tasks`.
package struct BrickTask: Sendable, Hashable {
    package var name: String
    /// A shell command, a Mustache template over the facts.
    package var run: String
    package var when: BrickPredicate?
    package var line: Int?

    package init(name: String, run: String, when: BrickPredicate? = nil, line: Int? = nil) {
        self.name = name
        self.run = run
        self.when = when
        self.line = line
    }
}
