import GroundworkAuditModel
import GroundworkTestSupport
import Testing

@Suite("JVM stacks")
struct JVMStackTests {
    static let springPom = """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <parent>
            <groupId>org.springframework.boot</groupId>
            <artifactId>spring-boot-starter-parent</artifactId>
            <version>3.2.4</version>
          </parent>
          <groupId>com.acme</groupId>
          <artifactId>orders</artifactId>
          <version>0.0.1-SNAPSHOT</version>
          <!-- <artifactId>not-this-one</artifactId> -->
          <properties>
            <java.version>21</java.version>
          </properties>
          <dependencies>
            <dependency>
              <groupId>org.springframework.boot</groupId>
              <artifactId>spring-boot-starter-web</artifactId>
            </dependency>
            <dependency>
              <groupId>org.springframework.boot</groupId>
              <artifactId>spring-boot-starter-test</artifactId>
              <scope>test</scope>
            </dependency>
          </dependencies>
          <build>
            <plugins>
              <plugin>
                <groupId>org.springframework.boot</groupId>
                <artifactId>spring-boot-maven-plugin</artifactId>
              </plugin>
            </plugins>
          </build>
        </project>
        """

    @Test("a Spring Boot service built with the Maven wrapper")
    func springBootMaven() throws {
        let stack = try detectStack([
            "pom.xml": .text(Self.springPom),
            "mvnw": .executable("#!/bin/sh\nexec java -jar .mvn/wrapper/maven-wrapper.jar \"$@\"\n"),
            ".mvn/wrapper/maven-wrapper.properties": "distributionUrl=https://repo.maven.apache.org/maven2/\n",
            "src/main/java/com/acme/orders/OrdersApplication.java": """
            package com.acme.orders;

            import org.springframework.boot.SpringApplication;
            import org.springframework.boot.autoconfigure.SpringBootApplication;

            @SpringBootApplication
            public class OrdersApplication {
                public static void main(String[] args) { SpringApplication.run(OrdersApplication.class, args); }
            }
            """,
            "src/main/resources/application.properties": "spring.application.name=orders\nserver.port=8085\n",
            "src/test/java/com/acme/orders/OrdersApplicationTests.java": "class OrdersApplicationTests {}\n",
        ])
        let package = try stack.onlyPackage()
        #expect(package.ecosystem == "java")
        #expect(package.name == "orders")
        #expect(package.packageManager == "maven")
        #expect(package.manifest == "pom.xml")
        #expect(package.frameworks == ["spring-boot"])
        #expect(package.runtimeVersion == "21")
        #expect(package.kind == .service)
        #expect(package.entrypoints == ["src/main/java/com/acme/orders/OrdersApplication.java"])
        #expect(package.ports == [8085])
        #expect(package.testCommand == "./mvnw test")
        #expect(package.buildCommand == "./mvnw package")
    }

    @Test("Spring's port in application.yml, with an environment placeholder")
    func springYAMLPort() throws {
        let stack = try detectStack([
            "pom.xml": .text(Self.springPom),
            "src/main/java/com/acme/App.java": "@SpringBootApplication\npublic class App {}\n",
            "src/main/resources/application.yml": "spring:\n  application:\n    name: orders\nserver:\n  port: ${PORT:9090}\n",
        ])
        #expect(try stack.onlyPackage().ports == [9090])
        #expect(try stack.onlyPackage().testCommand == "mvn test")
    }

    @Test("the JDK of the Maven toolchains plugin")
    func mavenToolchain() throws {
        let stack = try detectStack([
            "pom.xml":
                "<project><artifactId>batch</artifactId><build><plugins><plugin><artifactId>maven-toolchains-plugin</artifactId><configuration><toolchains><jdk><version>11</version></jdk></toolchains></configuration></plugin></plugins></build></project>\n",
            "src/main/java/Job.java": "class Job {}\n",
        ])
        #expect(try stack.onlyPackage().runtimeVersion == "11")
        #expect(try stack.onlyPackage().kind == .library)
    }

    @Test("a Kotlin Gradle multi-project: a Ktor application and a library, one package each")
    func kotlinGradleMultiProject() throws {
        let stack = try detectStack([
            "settings.gradle.kts": "rootProject.name = \"shop\"\n\ninclude(\n    \"app\",\n    \"core\",\n)\n",
            "build.gradle.kts": "plugins {\n    kotlin(\"jvm\") version \"1.9.23\" apply false\n}\n",
            "gradlew": .executable("#!/bin/sh\nexec java -classpath gradle/wrapper/gradle-wrapper.jar org.gradle.wrapper.GradleWrapperMain \"$@\"\n"),
            "gradle/wrapper/gradle-wrapper.properties": "distributionUrl=https\\://services.gradle.org/distributions/gradle-8.7-bin.zip\n",
            "app/build.gradle.kts": """
            plugins {
                kotlin("jvm")
                application
                id("io.ktor.plugin") version "2.3.9"
            }

            dependencies {
                implementation("io.ktor:ktor-server-netty:2.3.9")
                implementation(project(":core"))
            }

            kotlin { jvmToolchain(17) }

            application { mainClass.set("com.acme.shop.ApplicationKt") }
            """,
            "app/src/main/kotlin/com/acme/shop/Application.kt": """
            package com.acme.shop

            import io.ktor.server.engine.*
            import io.ktor.server.netty.*

            fun main() {
                embeddedServer(Netty, port = 8090) { }.start(wait = true)
            }
            """,
            "core/build.gradle.kts": "plugins {\n    kotlin(\"jvm\")\n    `java-library`\n}\n",
            "core/src/main/kotlin/com/acme/shop/core/Money.kt": "package com.acme.shop.core\n\ndata class Money(val cents: Long)\n",
        ])
        #expect(stack.monorepo == "gradle-multiproject")
        #expect(stack.packages.map(\.path) == ["app", "core"])
        let app = try stack.package(at: "app")
        #expect(app.ecosystem == "kotlin")
        #expect(app.packageManager == "gradle")
        #expect(app.manifest == "app/build.gradle.kts")
        #expect(app.frameworks == ["ktor"])
        #expect(app.kind == .service)
        #expect(app.runtimeVersion == "17")
        #expect(app.ports == [8090])
        #expect(app.entrypoints == ["app/src/main/kotlin/com/acme/shop/Application.kt"])
        #expect(app.testCommand == "../gradlew test")
        let core = try stack.package(at: "core")
        #expect(core.ecosystem == "kotlin")
        #expect(core.kind == .library)
        #expect(core.ports.isEmpty)
        #expect(stack.primaryLanguage == "Kotlin")
    }

    @Test("Gradle members without a build script of their own are still packages")
    func gradleMemberWithoutBuildScript() throws {
        let stack = try detectStack([
            "settings.gradle": "rootProject.name = 'tools'\ninclude 'cli', 'services:api'\n",
            "build.gradle": "subprojects { apply plugin: 'java' }\n",
            "cli/src/main/java/Cli.java": "public class Cli { public static void main(String[] a) {} }\n",
            "services/api/build.gradle": "plugins { id 'org.springframework.boot' version '3.2.4' }\n",
            "services/api/src/main/java/Api.java": "@SpringBootApplication\nclass Api {}\n",
        ])
        #expect(stack.packages.map(\.path) == ["cli", "services/api"])
        #expect(try stack.package(at: "cli").manifest == "settings.gradle")
        #expect(try stack.package(at: "services/api").kind == .service)
        #expect(try stack.package(at: "services/api").ports == [8080], "Spring Boot's default as the last resort")
    }
}
