import Testing

@testable import GroundworkStack

@Suite("XMLTree")
struct XMLTreeTests {
    static let pom = """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <!-- <artifactId>commented-out</artifactId> -->
          <parent><artifactId>spring-boot-starter-parent</artifactId></parent>
          <artifactId>orders</artifactId>
          <properties><java.version><![CDATA[21]]></java.version></properties>
          <modules><module>api</module><module>core</module></modules>
        </project>
        """

    @Test func findsElementsInDocumentOrderIgnoringComments() {
        let tree = XMLTree(Self.pom)
        #expect(tree.elements("artifactId") == ["spring-boot-starter-parent", "orders"])
        #expect(tree.removing(["parent"]).first("artifactId") == "orders")
        #expect(tree.elements("module") == ["api", "core"])
        #expect(tree.blocks("properties").first?.first("java.version") == "21")
    }

    @Test func readsAttributesOfEveryElement() {
        let tree = XMLTree(
            """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <ItemGroup>
                <PackageReference Include="Microsoft.NET.Test.Sdk" Version="17.0.0" />
                <PackageReference Include='xunit' Version="2.5.0" />
              </ItemGroup>
            </Project>
            """)
        #expect(tree.attribute("Sdk", of: "Project") == "Microsoft.NET.Sdk.Web")
        #expect(tree.attributes("Include", of: "PackageReference") == ["Microsoft.NET.Test.Sdk", "xunit"])
    }

    @Test func aTruncatedDocumentKeepsOnlyWhatWasComplete() {
        let tree = XMLTree("<project><artifactId>kept</artifactId><dependencies><dependency><artifactId>cut")
        #expect(tree.first("artifactId") == "kept")
        #expect(XMLTree("<project><artifactId>unclosed").first("artifactId") == nil)
        #expect(XMLTree("not xml at all").root == nil)
    }

    @Test func externalEntitiesAreNotResolved() {
        let tree = XMLTree(
            """
            <?xml version="1.0"?>
            <!DOCTYPE project [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <project><artifactId>&secret;</artifactId></project>
            """)
        #expect(tree.first("artifactId")?.contains("root:") != true)
    }
}
