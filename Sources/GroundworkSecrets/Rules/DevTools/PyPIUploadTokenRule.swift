extension SecretRule {
    /// PyPI and TestPyPI API tokens: macaroons whose serialised header names the index (`pypi-AgEIcHlwaS5vcmc`).
    static let pyPIUploadToken = SecretRule(
        id: "pypi-upload-token",
        name: "PyPI upload token",
        provider: "PyPI",
        severity: .critical,
        keywords: ["pypi-ageichlwas5vcmc", "pypi-agendgvzdc5wexbplm9yz"],
        pattern: #"\b(pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_\-]{50,})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://pypi.org/help/#apitoken",
        truePositives: [
            "password = pypi-AgEIcHlwaS5vcmc" + ExampleSecret.base64URL(140, "pypi-upload-token/0/0"),
            "TWINE_PASSWORD=pypi-AgENdGVzdC5weXBpLm9yZw" + ExampleSecret.base64URL(120, "pypi-upload-token/1/0"),
        ],
        falsePositives: [
            "TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmc..."
        ]
    )
}
