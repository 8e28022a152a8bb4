/// CI configurations that the CI and Actions checks' example repositories share.
enum CIExampleFiles {
    /// A Node workflow that installs, lints and tests, pinned and least-privilege.
    static let nodeWorkflow = """
        name: ci
        on:
          push:
            branches: [main]
          pull_request:
        permissions:
          contents: read
        jobs:
          test:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
              - uses: actions/setup-node@39370e3970a6d050c480ffad4ff0ed4d3fdee5af # v4.1.0
                with:
                  node-version: 22
              - run: npm ci
              - run: npm run lint
              - run: npm test

        """

    /// A workflow that only builds: no tests, no lint.
    static let buildOnlyWorkflow = """
        name: build
        on: [push]
        permissions:
          contents: read
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
              - run: npm ci
              - run: npm run build

        """

    /// A Go project's GitLab pipeline that vets and tests.
    static let goGitLabPipeline = """
        stages: [test]
        test:
          image: golang:1.23
          stage: test
          script:
            - go vet ./...
            - go test ./...

        """

    /// A Go module and a test file.
    static let goModule: [String: String] = [
        "go.mod": "module example.com/acme/orders\n\ngo 1.23\n",
        "main.go": "package main\n\nfunc main() {}\n",
        "main_test.go": "package main\n\nimport \"testing\"\n\nfunc TestMain(t *testing.T) {}\n",
    ]

    /// A Node project with a test.
    static let nodeProject: [String: String] = [
        "package.json": ContentExampleTexts.packageJSON,
        "src/index.js": "console.log('orders')\n",
        "src/index.test.js": "test('starts', () => {})\n",
    ]
}
