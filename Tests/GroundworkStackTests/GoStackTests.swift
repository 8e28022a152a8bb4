import GroundworkAuditModel
import GroundworkTestSupport
import Testing

@Suite("Go stacks")
struct GoStackTests {
    @Test("a Gin service with its main package under cmd/server")
    func ginService() throws {
        let stack = try detectStack([
            "go.mod": """
            module github.com/acme/inventory

            go 1.22

            toolchain go1.22.2

            require (
            \tgithub.com/gin-gonic/gin v1.9.1
            \tgithub.com/stretchr/testify v1.9.0 // indirect
            )
            """,
            "go.sum": "github.com/gin-gonic/gin v1.9.1 h1:abc=\n",
            ".golangci.yml": "linters:\n  enable: [govet]\n",
            "cmd/server/main.go": """
            package main

            import "github.com/gin-gonic/gin"

            func main() {
            \tr := gin.Default()
            \tr.GET("/health", func(c *gin.Context) { c.String(200, "ok") })
            \tr.Run(":8081")
            }
            """,
            "internal/store/store.go": "package store\n\ntype Store struct{}\n",
            "internal/store/store_test.go": "package store\n\nimport \"testing\"\n\nfunc TestStore(t *testing.T) {}\n",
        ])
        let package = try stack.onlyPackage()
        #expect(package.ecosystem == "go")
        #expect(package.name == "github.com/acme/inventory")
        #expect(package.packageManager == "go")
        #expect(package.lockfile == "go.sum")
        #expect(package.frameworks == ["gin"])
        #expect(package.runtimeVersion == "1.22")
        #expect(package.kind == .service)
        #expect(package.entrypoints == ["cmd/server/main.go"])
        #expect(package.ports == [8081])
        #expect(package.testCommand == "go test ./...")
        #expect(package.buildCommand == "go build ./...")
        #expect(package.lintCommand == "golangci-lint run")
        #expect(package.isCompiled)
        #expect(stack.primaryLanguage == "Go")
    }

    @Test("Echo (v4) and chi (v5) are recognised through their major-version module paths")
    func versionedModulePaths() throws {
        let stack = try detectStack([
            "go.mod": "module example.com/api\n\ngo 1.21\n\nrequire github.com/labstack/echo/v4 v4.11.4\nrequire github.com/go-chi/chi/v5 v5.0.12\n",
            "main.go": "package main\n\nfunc main() {\n\te := echo.New()\n\te.Logger.Fatal(e.Start(\":1323\"))\n}\n",
        ])
        let package = try stack.onlyPackage()
        #expect(package.frameworks == ["chi", "echo"])
        #expect(package.ports == [1323])
        #expect(package.entrypoints == ["main.go"])
    }

    @Test("a Go module without a main package is a library")
    func goLibrary() throws {
        let stack = try detectStack([
            "go.mod": "module github.com/acme/retry\n\ngo 1.21\n",
            "retry.go": "// Package retry retries.\npackage retry\n\nfunc Do(f func() error) error { return f() }\n",
            "retry_test.go": "package retry\n",
            "example_test.go": "package retry_test\n\nfunc main() {}\n",
        ])
        let package = try stack.onlyPackage()
        #expect(package.kind == .library)
        #expect(package.entrypoints.isEmpty)
        #expect(package.ports.isEmpty)
        #expect(package.lockfile == nil)
    }

    @Test("a Cobra command-line tool is not taken for a service")
    func commandLineTool() throws {
        let stack = try detectStack([
            "go.mod": "module github.com/acme/ctl\n\ngo 1.22\n\nrequire github.com/spf13/cobra v1.8.0\n",
            "main.go": "package main\n\nimport \"github.com/acme/ctl/cmd\"\n\nfunc main() { cmd.Execute() }\n",
            "cmd/root.go": "package cmd\n\nimport \"github.com/spf13/cobra\"\n\nfunc Execute() {}\n",
        ])
        let package = try stack.onlyPackage()
        #expect(package.kind == .unknown)
        #expect(package.entrypoints == ["main.go"])
    }
}
