import Foundation
import GroundworkFormats
import GroundworkTestSupport
import Testing

@Suite("StrictYAMLReader")
struct StrictYAMLReaderTests {
    let reader = StrictYAMLReader(file: "fleet.yaml")

    /// The error `body` throws, or a recorded issue when it throws none.
    func error(_ body: () throws(FormatError) -> Void) -> FormatError? {
        do {
            try body()
            Issue.record("expected a FormatError")
            return nil
        } catch {
            return error
        }
    }

    @Test func readsTypedValuesWithTheirLines() throws {
        let root = try reader.mapping("name: acme\nlimit: 3\nratio: 0.5\nstrict: true\ntags: [a, b]\n", allowed: ["name", "limit", "ratio", "strict", "tags"])
        #expect(try root.requiredString("name") == "acme")
        #expect(try root.int("limit") == 3)
        #expect(try root.number("ratio") == 0.5)
        #expect(try root.bool("strict") == true)
        #expect(try root.strings("tags") == ["a", "b"])
        #expect(root.keys == ["name", "limit", "ratio", "strict", "tags"])
        #expect(root.line(of: "strict") == 4)
        #expect(try root.string("absent") == nil)
    }

    @Test func unknownKeyNamesLineFieldAndCloseMatch() throws {
        let error = error { () throws(FormatError) in
            let root = try reader.mapping("name: x\nsources:\n  - pth: ./a\n", allowed: ["name", "sources"])
            _ = try root.sequence("sources")?.first?.mapping(allowed: ["path", "git"])
        }
        #expect(error?.file == "fleet.yaml")
        #expect(error?.line == 3)
        #expect(error?.field == "sources[0].pth")
        #expect(error?.description == "fleet.yaml:3: sources[0].pth: unknown key; did you mean path?; expected one of path, git")
    }

    @Test func repeatedKeyIsRefused() {
        let error = error { () throws(FormatError) in _ = try reader.mapping("name: a\nname: b\n", allowed: ["name"]) }
        #expect(error?.line != nil)
        #expect(error?.message.contains("name") == true)
    }

    @Test func wrongShapeSaysWhatWasExpectedAndFound() {
        let error = error { () throws(FormatError) in
            let root = try reader.mapping("limit: \"10\"\n", allowed: ["limit"])
            _ = try root.int("limit")
        }
        #expect(error?.description == "fleet.yaml:1: limit: expected a whole number, found \"10\"")
    }

    @Test func emptyDocumentListsTheKeysExpected() throws {
        #expect(try reader.read("# only a comment\n") == nil)
        let error = error { () throws(FormatError) in _ = try reader.mapping("", allowed: ["name", "sources"]) }
        #expect(error?.description == "fleet.yaml:1: the file is empty; expected a mapping with keys name, sources")
    }

    @Test func syntaxErrorNamesItsLineWithoutEchoingTheDocument() {
        let long = String(repeating: "x", count: 20_000)
        let error = error { () throws(FormatError) in _ = try reader.read("a: 1\nb: [\(long)\n") }
        #expect(error?.line != nil)
        #expect((error?.description.count ?? 0) < 400)
    }

    @Test func deepNestingIsRefusedBeforeParsing() {
        let text = "a: " + String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000) + "\n"
        let error = error { () throws(FormatError) in _ = try reader.read(text) }
        #expect(error?.line == 1)
        #expect(error?.problem.contains("nests deeper") == true)
    }

    @Test func aliasBombIsRefused() {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1...8 {
            let previous = "*a\(level - 1)"
            lines.append("a\(level): &a\(level) [\(Array(repeating: previous, count: 10).joined(separator: ", "))]")
        }
        let error = error { () throws(FormatError) in _ = try reader.read(lines.joined(separator: "\n") + "\n") }
        #expect(error?.problem.contains("aliases") == true)
    }

    @Test func loadRefusesWhatIsNotAConfigurationFile() throws {
        let scratch = ScratchDirectory()
        let good = try scratch.write("good.yaml", "name: ok\n")
        #expect(try StrictYAMLReader.load(path: good)?.mapping(allowed: ["name"]).requiredString("name") == "ok")

        let folder = scratch.appending("folder.yaml")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        #expect(error { () throws(FormatError) in _ = try StrictYAMLReader.load(path: folder) }?.problem.contains("not a regular file") == true)

        let latin1 = scratch.appending("latin1.yaml")
        try Data([0x6E, 0x3A, 0x20, 0xE9, 0x0A]).write(to: URL(fileURLWithPath: latin1))
        #expect(
            error { () throws(FormatError) in _ = try StrictYAMLReader.load(path: latin1, shownAs: "latin1.yaml") }?.description
                == "latin1.yaml: not UTF-8 text; save the file as UTF-8")

        let missing = error { () throws(FormatError) in _ = try StrictYAMLReader.load(path: scratch.appending("missing.yaml")) }
        #expect(missing?.problem.hasPrefix("cannot read the file") == true)
    }

    @Test func nullAndSingleStringLists() throws {
        let root = try reader.mapping("a:\nb: one\n", allowed: ["a", "b"])
        #expect(try root.strings("a") == [])
        #expect(try root.strings("b", singleAllowed: true) == ["one"])
        #expect(error { () throws(FormatError) in _ = try root.strings("b") }?.problem == "expected a list of strings, found \"one\"")
    }
}

@Suite("CloseMatches")
struct CloseMatchesTests {
    @Test func suggestsNearNamesClosestFirst() {
        #expect(CloseMatches.find("sourcs", in: ["name", "sources", "defaults"]) == ["sources"])
        #expect(CloseMatches.hint("zzz", in: ["name"]) == "")
    }
}
