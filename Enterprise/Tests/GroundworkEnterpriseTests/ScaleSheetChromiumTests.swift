#if Enterprise
import Foundation
import GroundworkTestSupport
import Testing
@testable import GroundworkScale

/// The HTML capacity sheet as a browser sees it: headless Chromium parses it, lays it out and draws it.
@Suite struct ScaleSheetChromiumTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first { FileManager.default.isExecutableFile(atPath: $0) }

    static func runChromium(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(chromium))
        // --no-sandbox: the tests may run as root, where Chromium's sandbox refuses to start.
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(.enabled(if: chromium != nil || ProcessInfo.processInfo.environment["CI"] == "true", "Chromium is not installed"))
    func chromiumParsesAndDrawsTheSheet() throws {
        #expect(Self.chromium != nil, "CI=true but Chromium is missing: apt-get install chromium")
        let home = ScratchDirectory()
        let page = try home.write("sheet.html", CapacityHTMLRenderer().render(ScaleFixtures.sheet()))
        let dom = try Self.runChromium(["--dump-dom", "file://\(page)"])
        #expect(dom.status == 0)
        // The parsed document keeps every section and chart: nothing was dropped as malformed.
        for text in ["<h1>orders</h1>", "Measurement", "Sizing", "Replica curve", "Manifests", "Method"] {
            #expect(dom.output.contains(text), "missing \(text) in Chromium's DOM")
        }
        #expect(dom.output.components(separatedBy: "<svg class=\"trend\"").count - 1 == 4)
        #expect(dom.output.components(separatedBy: "<polyline").count - 1 >= 4)

        let screenshot = home.appending("sheet.png")
        let shot = try Self.runChromium(["--screenshot=\(screenshot)", "--window-size=1280,2400", "file://\(page)"])
        #expect(shot.status == 0)
        let png = try Data(contentsOf: URL(fileURLWithPath: screenshot))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(png.count > 20_000, "a drawn page, not a blank one (\(png.count) bytes)")
    }
}
#endif
