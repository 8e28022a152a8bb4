/// One port a source file mentions as a listener, and how strong the evidence is (0 strong: `listen(3000)`,
/// a `PORT || 8080` default; 1 weak: a bare `port = 8000`). `PortScanner` ranks a package's ports from them.
package struct PortMention: Sendable, Hashable {
    package var port: Int
    package var rank: Int

    package init(port: Int, rank: Int) {
        self.port = port
        self.rank = rank
    }
}
