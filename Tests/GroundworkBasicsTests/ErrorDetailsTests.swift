import GroundworkBasics
import Testing

@Suite("ErrorDetails")
struct ErrorDetailsTests {
    struct DiskFull: Error, CustomStringConvertible {
        var description: String { "No space left on device" }
    }

    @Test func rendersEveryPartThatIsPresent() {
        let full = ErrorDetails(
            code: "brick.manifest", message: "id: expected a string", file: "brick.yaml", line: 3,
            remedy: "quote the id", cause: DiskFull()
        )
        #expect(full.description == "brick.yaml:3: id: expected a string; quote the id (cause: No space left on device)")
        #expect(ErrorDetails(code: "x", message: "m").description == "m")
        #expect(ErrorDetails(code: "x", message: "m", file: "f").description == "f: m")
    }

    @Test func anErrorWithoutItsOwnDetailsUsesItsDescription() {
        struct Plain: UserFacingError {
            var description: String { "plain message" }
            var exitStatus: GroundworkBasics.ExitStatus { .usage }
        }
        #expect(Plain().details.description == "plain message")
        #expect(Plain().details.code == "Plain")
        let nested = ErrorDetails(code: "outer", message: "could not write", cause: EnvironmentError(variable: "V", value: "x", expected: "y"))
        #expect(nested.description == "could not write (cause: V=x: expected y)")
    }
}
