import Foundation

@testable import GroundworkSecrets

extension DecoyCorpus {
    /// Identifiers and digests: ids, commit and content hashes, lockfile integrity strings, package coordinates.
    // swiftlint:disable line_length
    static let identifierKinds: [(String, Maker)] = [
        (
            "uuid-ids",
            { v, _ in
                (
                    "config/tenants.json",
                    """
                    {"tenantId": "\(v.uuid("a"))", "requestId": "\(v.uuid("b"))", "correlation_id": "\(v.uuid("c"))",
                     "session_id": "\(v.uuid("d"))", "installationId": "\(v.uuid("e"))"}
                    """
                )
            }
        ),
        (
            "git-commit-ids",
            { v, _ in
                (
                    "CHANGELOG.md",
                    """
                    ## \(v.version)
                    - Fix pagination (commit \(v.hex(40, "a")))
                    - Merge pull request #\(v.digits(4)) from acme/feature (\(v.hex(40, "b")))
                    GIT_COMMIT=\(v.hex(40, "c"))
                    "resolved": "git+ssh://git@github.com/acme/lib.git#\(v.hex(40, "d"))"
                    """
                )
            }
        ),
        (
            "sha256-digests",
            { v, _ in
                (
                    "deploy/docker-compose.yml",
                    """
                    services:
                      api:
                        image: ghcr.io/acme/api@sha256:\(v.hex(64, "a"))
                      worker:
                        image: redis:7-alpine@sha256:\(v.hex(64, "b"))
                    # checksum: sha256:\(v.hex(64, "c"))
                    """
                )
            }
        ),
        (
            "npm-lockfile-integrity",
            { v, _ in
                (
                    "package-lock.json",
                    """
                        "node_modules/\(v.package)": {
                          "version": "\(v.version)",
                          "resolved": "https://registry.npmjs.org/\(v.package)/-/\(v.package)-\(v.version).tgz",
                          "integrity": "sha512-\(v.base64(86, "a"))==",
                          "dev": true
                        },
                    """
                )
            }
        ),
        (
            "yarn-lockfile",
            { v, _ in
                (
                    "yarn.lock",
                    """
                    "\(v.package)@^\(v.version)":
                      version "\(v.version)"
                      resolved "https://registry.yarnpkg.com/\(v.package)/-/\(v.package)-\(v.version).tgz#\(v.hex(40, "a"))"
                      integrity sha512-\(v.base64(86, "b"))==
                    """
                )
            }
        ),
        (
            "go-sum",
            { v, _ in
                (
                    "go.sum",
                    """
                    github.com/\(v.lower(6, "o"))/\(v.lower(8, "r")) v\(v.version) h1:\(v.base64(43, "a"))=
                    github.com/\(v.lower(6, "o"))/\(v.lower(8, "r")) v\(v.version)/go.mod h1:\(v.base64(43, "b"))=
                    golang.org/x/crypto v0.\(v.digits(2)).0 h1:\(v.base64(43, "c"))=
                    """
                )
            }
        ),
        (
            "python-lockfile-hashes",
            { v, _ in
                (
                    "poetry.lock",
                    """
                    [[package]]
                    name = "\(v.package)"
                    version = "\(v.version)"
                    files = [
                        {file = "\(v.package)-\(v.version)-py3-none-any.whl", hash = "sha256:\(v.hex(64, "a"))"},
                        {file = "\(v.package)-\(v.version).tar.gz", hash = "sha256:\(v.hex(64, "b"))"},
                    ]
                    """
                )
            }
        ),
        (
            "cargo-and-composer-locks",
            { v, index in
                index % 2 == 0
                    ? (
                        "Cargo.lock",
                        """
                        [[package]]
                        name = "\(v.lower(7))"
                        version = "\(v.version)"
                        source = "registry+https://github.com/rust-lang/crates.io-index"
                        checksum = "\(v.hex(64))"
                        """
                    )
                    : (
                        "composer.lock",
                        """
                        "source": {"type": "git", "url": "https://github.com/\(v.lower(6))/\(v.lower(5)).git", "reference": "\(v.hex(40))"},
                        "dist": {"type": "zip", "shasum": "", "reference": "\(v.hex(40, "d"))"},
                        """
                    )
            }
        ),
        (
            "package-coordinates",
            { v, index in
                index % 2 == 0
                    ? (
                        "pom.xml",
                        """
                        <dependency>
                          <groupId>org.\(v.lower(6))</groupId>
                          <artifactId>\(v.lower(9))-core</artifactId>
                          <version>\(v.version)</version>
                        </dependency>
                        """
                    )
                    : (
                        "build.gradle.kts",
                        """
                        implementation("com.\(v.lower(8)).\(v.lower(5)):\(v.lower(7)):\(v.version)")
                        implementation("io.\(v.lower(6)):\(v.lower(6))-bom:\(v.version)")
                        """
                    )
            }
        ),
    ]
    // swiftlint:enable line_length
}
