import Foundation
import GroundworkBricks
import GroundworkTestSupport
import Testing

/// A repository whose service lives in `backend/` with its own Dockerfile (full-stack templates, a backend
/// beside a frontend): the docker brick fixes that Dockerfile in place and writes no root Dockerfile, whose
/// build context would be the wrong folder.
@Suite struct DockerInSubfolderTests {
    static let fixture = StackFixture(
        name: "python-fastapi-in-backend", ecosystem: "python", isService: true,
        files: [
            "backend/pyproject.toml": """
            [project]
            name = "app"
            version = "0.1.0"
            requires-python = ">=3.10"
            dependencies = ["fastapi>=0.110", "uvicorn>=0.29"]

            """,
            "backend/app/main.py": "from fastapi import FastAPI\n\napp = FastAPI()\n",
            "backend/Dockerfile": "FROM python:3.12\nWORKDIR /app\nCOPY . .\nRUN pip install .\nCMD [\"uvicorn\", \"app.main:app\", \"--host\", \"0.0.0.0\"]\n",
            "README.md": "# app\n",
        ])

    @Test func theServicesOwnDockerfileIsFixedAndNoRootOneIsWritten() throws {
        let prepared = try PreparedFixture(Self.fixture)
        #expect(prepared.workspace.facts.packageHasDockerfile)
        let paths = try prepared.render("docker").map(\.path)
        #expect(!paths.contains("Dockerfile"), "\(paths)")
        let report = try prepared.applyAndAudit(["docker"])
        #expect(report.checkStatus("delivery.non-root-user") == .pass, "\(report.checkSummary("delivery.non-root-user"))")
        #expect(try prepared.repo.repository.entry(at: "Dockerfile", inTree: try prepared.repo.repository.commit(try prepared.repo.repository.resolveCommit("groundwork/docker")).tree) == nil)
    }
}
