import Foundation
import GroundworkAuditModel
import GroundworkSecrets

/// No credential is baked into an image through `ARG` defaults or `ENV` values.
package struct NoSecretsInImageCheck: Check {
    package let id = "delivery.no-secrets-in-image"
    package let title = "No secrets in Dockerfile ARG or ENV"
    package let severity = Severity.critical
    package let rationale =
        "ENV values are stored in the image config and ARG values in its history: anyone who can pull the image can read them with `docker history` or `docker inspect`. Pass credentials at run time, or to a build step with `RUN --mount=type=secret`."
    package let fixedBy = ["docker"]
    package let effortHours = 2.0

    package init() {}

    package func evaluate(_ context: AuditContext) -> CheckOutcome {
        let dockerfiles = DockerfileInventory.dockerfiles(in: context)
        guard !dockerfiles.isEmpty else { return .notApplicable("no Dockerfile") }
        let evidence = dockerfiles.flatMap(Self.secrets)
        return evidence.isEmpty ? .passed : .failed(evidence)
    }

    /// Evidence for every `ARG` default and `ENV` value under a secret-looking name, values redacted.
    static func secrets(in dockerfile: Dockerfile) -> [Evidence] {
        dockerfile.instructions.filter { $0.keyword == "ARG" || $0.keyword == "ENV" }.flatMap { instruction in
            instruction.keyValues(escape: dockerfile.escape).compactMap { pair -> Evidence? in
                guard SecretName.looksSecret(pair.key), let value = pair.value, holdsValue(value) else { return nil }
                let message: String
                if let reference = variableReference(value) {
                    guard instruction.keyword == "ENV" else { return nil }
                    message = "ENV \(pair.key) copies \(reference) into the image environment, where `docker inspect` shows it"
                } else if instruction.keyword == "ARG" {
                    message = "ARG \(pair.key) has the default `\(Redaction.redact(value))`, kept in the image history"
                } else {
                    message = "ENV \(pair.key) is set to `\(Redaction.redact(value))` in the image"
                }
                return Evidence(message, path: dockerfile.path, line: pair.line)
            }
        }
    }

    /// False for empty values, file paths (`/run/secrets/db`) and booleans, which hold nothing secret.
    static func holdsValue(_ value: String) -> Bool {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, !trimmed.hasPrefix("/"), !trimmed.hasPrefix("./") else { return false }
        return !["true", "false", "yes", "no", "0", "1"].contains(trimmed.lowercased())
    }

    /// `$NAME` or `${NAME}` when the value only refers to another variable; an ARG value is just a default then.
    static func variableReference(_ value: String) -> String? {
        guard value.hasPrefix("$") else { return nil }
        let name = value.dropFirst().trimmingCharacters(in: CharacterSet(charactersIn: "{}"))
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return nil }
        return "$\(name)"
    }

    // Example tokens are split by concatenation so that this repository's own audit does not report them.
    package var examples: [CheckExample] {
        [
            CheckExample(
                "a secret mounted for one build step", .pass,
                files: [
                    "Dockerfile": """
                    FROM node:20-alpine
                    ARG NPM_TOKEN
                    ENV DB_PASSWORD_FILE=/run/secrets/db_password
                    RUN --mount=type=secret,id=npm_token NPM_TOKEN=$(cat /run/secrets/npm_token) npm ci
                    """
                ]),
            CheckExample("a token as a build argument default", .fail, files: ["Dockerfile": "FROM node:20-alpine\nARG NPM_TOKEN=" + "npm_9f8a7b6c5d4e" + "3f2a1b0c9d8e7f6a5b4c3d2e\nRUN npm ci\n"]),
            CheckExample("a password in ENV", .fail, files: ["Dockerfile": "FROM postgres:16\nENV POSTGRES_PASSWORD=\"s3cr3t-Hunter2\" POSTGRES_DB=app\n"]),
            CheckExample("a build argument copied into ENV", .fail, files: ["Dockerfile": "FROM python:3.12-slim\nARG STRIPE_API_KEY\nENV STRIPE_API_KEY=${STRIPE_API_KEY}\n"]),
            CheckExample("no Dockerfile", .notApplicable, files: ["README.md": "# docs only\n"]),
        ]
    }
}
