/// The subset of SARIF 2.1.0 that groundwork writes, as Codable values (names follow the spec's properties).
package struct SARIFLog: Codable, Sendable, Hashable {
    package static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"

    package var schema = SARIFLog.schemaURI
    package var version = "2.1.0"
    package var runs: [SARIFRun]

    enum CodingKeys: String, CodingKey {
        case schema = "$schema", version, runs
    }
}

/// One run of one tool.
package struct SARIFRun: Codable, Sendable, Hashable {
    package var tool: SARIFTool
    package var invocations: [SARIFInvocation]
    package var versionControlProvenance: [SARIFVersionControlDetails]?
    package var results: [SARIFResult]
    package var properties: SARIFPropertyBag?
}

/// `tool`: only the driver.
package struct SARIFTool: Codable, Sendable, Hashable {
    package var driver: SARIFDriver
}

/// `toolComponent` for the driver, with its rules.
package struct SARIFDriver: Codable, Sendable, Hashable {
    package var name: String
    package var version: String?
    package var semanticVersion: String?
    package var informationUri: String
    package var rules: [SARIFRule]
}

/// `reportingDescriptor`: one check.
package struct SARIFRule: Codable, Sendable, Hashable {
    package var id: String
    package var name: String
    package var shortDescription: SARIFMessage
    package var fullDescription: SARIFMessage
    package var help: SARIFMessage
    package var defaultConfiguration: SARIFConfiguration
    package var properties: SARIFPropertyBag
}

/// `reportingConfiguration`: the level a rule reports at.
package struct SARIFConfiguration: Codable, Sendable, Hashable {
    package var level: String
}

/// `message` / `multiformatMessageString`: text, and Markdown where the spec allows it.
package struct SARIFMessage: Codable, Sendable, Hashable {
    package var text: String
    package var markdown: String?

    package init(text: String, markdown: String? = nil) {
        self.text = text
        self.markdown = markdown
    }
}

/// One failure of one rule.
package struct SARIFResult: Codable, Sendable, Hashable {
    package var ruleId: String
    package var ruleIndex: Int
    package var level: String
    package var message: SARIFMessage
    package var locations: [SARIFLocation]?
    package var partialFingerprints: [String: String]
    package var properties: SARIFPropertyBag?
}

/// `location` with its physical part only.
package struct SARIFLocation: Codable, Sendable, Hashable {
    package var physicalLocation: SARIFPhysicalLocation
}

/// A file (as a repository-relative URI) and a region in it.
package struct SARIFPhysicalLocation: Codable, Sendable, Hashable {
    package var artifactLocation: SARIFArtifactLocation
    package var region: SARIFRegion?
}

/// `artifactLocation`: a URI relative to `uriBaseId`.
package struct SARIFArtifactLocation: Codable, Sendable, Hashable {
    package var uri: String
    package var uriBaseId: String?
}

/// `region`: the 1-based line.
package struct SARIFRegion: Codable, Sendable, Hashable {
    package var startLine: Int
}

/// `invocation`: whether the run finished, and what kept it from seeing everything.
package struct SARIFInvocation: Codable, Sendable, Hashable {
    package var executionSuccessful: Bool
    package var toolExecutionNotifications: [SARIFNotification]?
}

/// `notification`: one problem of the run.
package struct SARIFNotification: Codable, Sendable, Hashable {
    package var level: String
    package var message: SARIFMessage
}

/// `versionControlDetails`: the repository and commit audited, when the source is a URI.
package struct SARIFVersionControlDetails: Codable, Sendable, Hashable {
    package var repositoryUri: String
    package var revisionId: String?
    package var branch: String?
}

/// The property bags groundwork fills: tags, GitHub's `security-severity`, the commit, scores.
package struct SARIFPropertyBag: Codable, Sendable, Hashable {
    package var tags: [String]?
    package var securitySeverity: String?
    package var commit: String?
    package var branch: String?
    package var overallScore: Int?
    package var areaScores: [String: Int]?
    /// What the provider said of a secret (`audit --verify-secrets`): live, revoked or unknown.
    package var liveness: String?

    package init(
        tags: [String]? = nil, securitySeverity: String? = nil, commit: String? = nil, branch: String? = nil, overallScore: Int? = nil, areaScores: [String: Int]? = nil, liveness: String? = nil
    ) {
        self.tags = tags
        self.securitySeverity = securitySeverity
        self.commit = commit
        self.branch = branch
        self.overallScore = overallScore
        self.areaScores = areaScores
        self.liveness = liveness
    }

    enum CodingKeys: String, CodingKey {
        case tags, securitySeverity = "security-severity", commit, branch, overallScore, areaScores, liveness
    }
}
