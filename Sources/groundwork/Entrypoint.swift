import ArgumentParser
import GroundworkCLI

#if Enterprise
import GroundworkEnterprise
#endif

/// The `groundwork` binary: the community commands, plus the Enterprise ones when built with the trait.
@main
struct Entrypoint {
    static func main() async {
        #if Enterprise
        let editionCommands = EnterpriseCommands.all
        #else
        let editionCommands: [any ParsableCommand.Type] = []
        #endif
        await GroundworkCommand.main(adding: editionCommands)
    }
}
