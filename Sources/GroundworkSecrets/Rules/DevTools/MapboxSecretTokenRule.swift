extension SecretRule {
    /// Mapbox secret tokens (`sk.eyJ…`). The public `pk.` tokens a map page embeds are matched too, and marked public
    /// so that no other rule reports them.
    static let mapboxSecretToken = SecretRule(
        id: "mapbox-secret-token",
        name: "Mapbox secret access token",
        provider: "Mapbox",
        severity: .high,
        keywords: ["sk.eyj", "pk.eyj"],
        pattern: #"\b(sk\.eyJ[A-Za-z0-9_\-]{50,}\.[A-Za-z0-9_\-]{20,})(?![A-Za-z0-9_\-])|\b(pk\.eyJ[A-Za-z0-9_\-]{50,}\.[A-Za-z0-9_\-]{20,})(?![A-Za-z0-9_\-])"#,
        secretGroups: [1, 2],
        minimumEntropy: 3.5,
        remediation: "https://docs.mapbox.com/accounts/guides/tokens/",
        truePositives: [
            "MAPBOX_SECRET_TOKEN=sk.eyJ1" + ExampleSecret.base64URL(60, "mapbox-secret-token/0/0") + "." + ExampleSecret.base64URL(22, "mapbox-secret-token/0/1")
        ],
        falsePositives: [
            "mapboxgl.accessToken = \"pk.eyJ1IjoiYWNtZSIsImEiOiJjbGV4YW1wbGUwMDAwMDAwMDAwMDAwMDAwIn0.c2FtcGxlc2lnbmF0dXJlMDAw\";"
        ],
        refine: markingPublic { $0.group == 2 }
    )
}
