import Foundation
import GroundworkTestSupport
import Testing

@Suite("The binary: version, help, doctor, exit codes")
struct CommandLineTests {
    let scratch = ScratchDirectory()
    var environment: [String: String] { BinaryRunner.environment(cache: scratch.path) }

    @Test func printsVersionAndHelp() throws {
        let version = try BinaryRunner.run(["--version"], environment: environment)
        #expect(version.status == 0)
        #expect(version.standardOutput.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil)

        let help = try BinaryRunner.run(["--help"], environment: environment)
        #expect(help.status == 0)
        for command in ["audit", "doctor"] { #expect(help.standardOutput.contains("  \(command) "), "missing \(command)") }
        #if Enterprise
        #expect(help.standardOutput.contains("  license "))
        #endif
        #expect(help.standardOutput.contains("64 usage"))
    }

    @Test func doctorReportsLibrariesAndEdition() throws {
        let doctor = try BinaryRunner.run(["doctor"], environment: environment)
        #expect(doctor.status == 0, "\(doctor.standardOutput)")
        #expect(doctor.standardOutput.contains("libgit2"))
        #expect(doctor.standardOutput.contains("libcurl"))
        #expect(doctor.standardOutput.contains("https: yes"))
        #expect(doctor.standardOutput.contains(scratch.path + "/cache"))
        #if Enterprise
        #expect(doctor.standardOutput.contains("enterprise edition"))
        #endif

        let json = try BinaryRunner.run(["doctor", "--json"], environment: environment)
        let object = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any]
        #expect(object?["libgit2HTTPS"] as? Bool == true)
        #expect((object?["problems"] as? [String])?.isEmpty == true)
    }

    @Test func usageErrorsExitWith64() throws {
        #expect(try BinaryRunner.run(["audit", "--no-such-flag"], environment: environment).status == 64)
        #expect(try BinaryRunner.run(["audit", ".", "--min-score", "101"], environment: environment).status == 64)
        #expect(try BinaryRunner.run(["audit", ".", "--only", "nonsense"], environment: environment).status == 64)
        #expect(try BinaryRunner.run(["no-such-command"], environment: environment).status == 64)
        try scratch.write("plain/file.txt", "x")
        let notRepository = try BinaryRunner.run(["audit", scratch.appending("plain")], environment: environment)
        #expect(notRepository.status == 64)
        #expect(notRepository.standardError.contains("not a git repository"))
        #expect(notRepository.standardOutput.isEmpty)
    }
}
