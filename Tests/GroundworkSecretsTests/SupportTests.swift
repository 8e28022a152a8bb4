import Foundation
import Testing

@testable import GroundworkSecrets

struct SupportTests {
    @Test("Shannon entropy of known strings")
    func entropy() {
        #expect(ShannonEntropy.bitsPerCharacter("") == 0)
        #expect(ShannonEntropy.bitsPerCharacter("aaaa") == 0)
        #expect(ShannonEntropy.bitsPerCharacter("abab") == 1)
        #expect(ShannonEntropy.bitsPerCharacter("0123456789abcdef") == 4)
    }

    @Test("SHA-256 of the FIPS 180 test vectors")
    func sha256() {
        #expect(SecretDigest.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SecretDigest.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            SecretDigest.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        )
        #expect(SecretDigest.hex(String(repeating: "a", count: 1_000)).count == 64)
    }

    @Test("redaction keeps four characters")
    func redaction() {
        #expect(Redaction.redact("AKIAIOSFODNN7EXAMPLE") == "AKIA****")
        #expect(Redaction.redact("abcd") == "****")
        #expect(Redaction.redact("AKIAIOSFODNN7EXAMPLE", in: "id=AKIAIOSFODNN7EXAMPLE;") == "id=AKIA****;")
    }
}
