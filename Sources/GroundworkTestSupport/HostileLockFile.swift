/// A committed `.groundwork/lock.yaml` as an attacker writes it (issue 10, D1): it claims that docker
/// 1.0.0 wrote `path`, whose current bytes hash to `sha256`, so that `update` would remove it.
package enum HostileLockFile {
    package static func text(path: String, sha256: String) -> String {
        """
        version: 1
        bricks:
          - id: docker
            version: 1.0.0
            source: {path: "bricks/docker"}
            parameters: {}
            files:
              - path: "\(path)"
                mode: managed
                sha256: \(sha256)

        """
    }
}
