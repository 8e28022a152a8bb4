import Foundation
import GroundworkBasics
import GroundworkModel
import GroundworkTestSupport

@testable import GroundworkBricks

/// A plugins folder with a tiny node skeleton (`_stacks/tiny`) and a tiny application brick (`api-tiny`)
/// that uses every generation feature: `generate: openapi|migrations`, `each: entity`, partials and seed
/// hooks — so the generation tests never depend on the stack engineers' real templates.
final class TinyPlugins {
    let scratch = ScratchDirectory(prefix: "groundwork-generation")
    var path: String { scratch.path }

    init(routesTemplate: String = TinyPlugins.routesTemplate) throws {
        try scratch.write(
            "_stacks/tiny/brick.yaml",
            """
            id: tiny
            version: 1.0.0
            summary: A tiny Express service (test skeleton)
            files:
              - template: package.json.mustache
                path: package.json
                mode: seed
              - template: index.js.mustache
                path: src/index.js
                mode: seed
            """)
        try scratch.write(
            "_stacks/tiny/package.json.mustache", #"{"name": "{{project.name}}", "version": "1.0.0", "scripts": {"start": "node src/index.js"}, "dependencies": {"express": "^4.19.2"}}"# + "\n")
        try scratch.write("_stacks/tiny/index.js.mustache", "const express = require('express')\nconst app = express()\napp.listen(process.env.PORT || 8080)\n")
        try scratch.write(
            "api-tiny/brick.yaml",
            """
            id: api-tiny
            version: 1.0.0
            summary: Routes per entity from the model (test brick)
            when: {ecosystem: node}
            files:
              - generate: openapi
                path: openapi.json
              - generate: migrations
                path: migrations
              - template: templates/routes.mustache
                path: "src/routes/{{entity.snake}}.js"
                each: entity
              - template: templates/hooks.mustache
                path: "src/hooks/{{entity.snake}}.js"
                each: entity
                mode: seed
              - template: templates/index.mustache
                path: src/routes/index.js
            """)
        try scratch.write("api-tiny/templates/routes.mustache", routesTemplate)
        try scratch.write("api-tiny/templates/hooks.mustache", "// Business logic of {{entity.name}}: yours to edit.\nmodule.exports = {}\n")
        try scratch.write("api-tiny/templates/index.mustache", "{{#model.entities}}\nrequire('./{{snake}}'){{^last}} // then{{/last}}\n{{/model.entities}}\n")
        try scratch.write("api-tiny/partials/field.mustache", "// field {{name}}: {{type}}{{#required}}, required{{/required}}\n")
    }

    static let routesTemplate = """
        // {{entity.name}} at /{{entity.table}}
        {{#entity.fields}}
        {{> field}}
        {{/entity.fields}}
        {{#entity.grants}}
        // grant {{role}} ({{scope}}):{{#actions}} {{name}}{{/actions}}
        {{/entity.grants}}
        module.exports = '{{entity.table}}'

        """

    func library() throws -> BrickLibrary { BrickLibrary(try BrickLibrary.builtinBricks(at: path)) }

    /// `groundwork new NAME --stack tiny` with `model` in a scratch folder.
    func newService(_ model: DataModel, in scratch: ScratchDirectory, name: String = "shop") throws -> (directory: String, result: ProjectGenerator.Result) {
        let directory = scratch.appending(name)
        let cache = scratch.appending("cache")
        let result = try ProjectGenerator.create(
            directory: directory, stack: "tiny", bricks: [], library: try library(), pluginsFolder: path,
            model: ModelInput(model: model, text: "# the model (values given by the test)\n", sourcePath: "shop.model.yaml"),
            now: BrickFixtures.now, directories: Directories(cache: cache + "/cache", config: cache + "/config")
        )
        try BrickFixtures.git(["config", "user.name", "Dana Holder"], in: directory)
        try BrickFixtures.git(["config", "user.email", "dana@example.com"], in: directory)
        return (directory, result)
    }
}
