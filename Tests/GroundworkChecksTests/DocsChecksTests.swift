import Foundation
import GroundworkAuditModel
import GroundworkGit
import Testing

@testable import GroundworkChecks

@Suite struct DocsChecksTests {
    @Test func readmeDecorationIsNotProse() {
        let size = ReadmePresentCheck.measure("# Title\n\n[![ci](x)](y)\n<p align=\"center\">\n=====\n[link]: https://x\n```\nnpm i\n```\nOne sentence.\n")
        #expect(size.lines == 9)
        #expect(size.prose == "npm i".count + "One sentence.".count)
    }

    @Test func readmeIsLookedForWhereGitHubShowsIt() {
        let context = contentContext([".github/README.md": ContentExampleTexts.readme, "README.md": "# short\n"])
        #expect(ReadmePresentCheck().evaluate(context) == .passed)
        let nested = contentContext(["src/README.md": ContentExampleTexts.readme])
        #expect(ReadmePresentCheck().evaluate(nested).isFailure)
    }

    @Test func aTrivialReadmeSaysHowShort() throws {
        let evidence = failureEvidence(ReadmePresentCheck().evaluate(contentContext(["readme.MD": "# acme\nAn API.\n"])))
        let first = try #require(evidence.first)
        #expect(first.path == "readme.MD")
        #expect(first.message.contains("2 non-empty lines"))
    }

    @Test func aSymlinkedReadmeIsFollowed() throws {
        let target = Data(ContentExampleTexts.readme.utf8)
        let link = Data("docs/guide.md".utf8)
        let files = [
            SnapshotFile(path: "README.md", id: .forBlob(link), kind: .symlink, size: link.count),
            SnapshotFile(path: "docs/guide.md", id: .forBlob(target), kind: .file, size: target.count),
        ]
        let blobs = [files[0].id: link, files[1].id: target]
        let snapshot = RepoSnapshot(commit: nil, files: files) { id in
            guard let data = blobs[id] else { throw CocoaError(.fileNoSuchFile) }
            return data
        }
        #expect(ReadmePresentCheck().evaluate(AuditContext(snapshot: snapshot, stack: Stack())) == .passed)
        #expect(TextContent.resolve("../../etc/passwd", from: "docs") == nil)
        #expect(TextContent.resolve("../guide.md", from: "docs/en") == "docs/guide.md")
    }

    @Test func licenceEvidenceTellsMissingFromUnrecognised() throws {
        let missing = failureEvidence(LicenseFilePresentCheck().evaluate(contentContext(["README.md": "x\n"])))
        #expect(try #require(missing.first).message.contains("missing"))

        var stack = Stack()
        stack.license = LicenseFact(path: "LICENSE", spdx: nil)
        let unknown = failureEvidence(LicenseFilePresentCheck().evaluate(contentContext(["LICENSE": "Custom terms.\n"], stack: stack)))
        #expect(try #require(unknown.first).message.contains("not recognised"))
        #expect(unknown.first?.path == "LICENSE")

        stack.license = LicenseFact(path: "LICENSE", spdx: "Apache-2.0")
        #expect(LicenseFilePresentCheck().evaluate(contentContext(["LICENSE": "Apache License\nVersion 2.0\n"], stack: stack)) == .passed)
    }

    @Test func licenceFilesWithSuffixesAreFound() {
        let context = contentContext(["LICENSE-MIT": ContentExampleTexts.mitLicense, "LICENSE-APACHE": "Apache License\n"])
        #expect(LicenseFilePresentCheck.findLicenseFile(context) != nil)
        #expect(LicenseFilePresentCheck.declaredSPDX(in: "// SPDX-License-Identifier: Apache-2.0 OR MIT\n") == "Apache-2.0")
    }

    @Test func communityFileNamesMatchWithoutCaseOrExtensionOnly() {
        #expect(TextCommunityFiles.matches("Contributing.MD", base: "CONTRIBUTING"))
        #expect(TextCommunityFiles.matches("SECURITY", base: "security"))
        #expect(!TextCommunityFiles.matches("contributing-guide.md", base: "contributing"))
        #expect(!TextCommunityFiles.matches("contributing.", base: "contributing"))
    }

    @Test func excludedCommunityFilesDoNotCount() {
        let context = contentContext(["SECURITY.md": "Mail security@example.com\n"], exclude: ["SECURITY.md"])
        #expect(SecurityPolicyPresentCheck().evaluate(context).isFailure)
    }

    @Test(arguments: [
        ("* @acme/backend\n", true),
        ("/docs/ docs@acme.example\n", true),
        ("# * @acme/backend\n", false),
        ("*.js\n", false),
        ("\n\n", false),
    ])
    func codeOwnersNeedsARuleWithAnOwner(_ text: String, _ valid: Bool) {
        #expect(CodeOwnersPresentCheck.hasRule(text) == valid)
    }

    @Test func codeOwnersIsFoundInGitLabsFolderToo() {
        #expect(CodeOwnersPresentCheck().evaluate(contentContext([".gitlab/CODEOWNERS": "* @acme\n"])) == .passed)
        #expect(CodeOwnersPresentCheck().evaluate(contentContext(["src/CODEOWNERS": "* @acme\n"])).isFailure)
    }
}
