package vn.parindex.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a portal team does with a service's OpenAPI document on its first day, done with each running service's own
 * document: lint it with Spectral (the {@code spectral:oas} ruleset and the project's rules in
 * deploy/e2e/openapi-lint/ruleset.yaml) with no error and no warning, and generate a TypeScript client with
 * openapi-generator in which every operation has a chosen name and a typed answer.
 */
class OpenApiIT {

    private static final Path WORK = Path.of("target", "openapi").toAbsolutePath();
    private static final Path GENERATOR = Path.of("target", "tools", "openapi-generator-cli.jar").toAbsolutePath();
    /** A generated operation: {@code async getLeagueTable(requestParameters: …): Promise<LeagueTable>}. */
    private static final Pattern OPERATION = Pattern.compile("^    async (\\w+)\\(.*\\): Promise<(.+)> \\{$", Pattern.MULTILINE);

    private final Platform platform = Platform.get();

    @ParameterizedTest
    @ValueSource(strings = { "assessment", "ranking", "survey" })
    void theDocumentPassesTheLintWithNoErrorAndNoWarning(String service) throws Exception {
        Path document = document(service);
        String spectral = System.getenv("SPECTRAL");
        assertTrue(spectral != null && Files.isExecutable(Path.of(spectral)),
                "SPECTRAL names the Spectral command (deploy/local/test installs it from deploy/e2e/openapi-lint)");
        Run lint = run(WORK, spectral, "lint", "--ruleset", Platform.REPO.resolve("deploy/e2e/openapi-lint/ruleset.yaml").toString(),
                "--fail-severity", "warn", "--format", "text", document.toString());
        assertEquals(0, lint.exit(), service + "-service's OpenAPI document breaks the lint rules:\n" + lint.output());
    }

    @ParameterizedTest
    @ValueSource(strings = { "assessment", "ranking", "survey" })
    void aGeneratedTypeScriptClientNamesEveryOperationAndTypesEveryAnswer(String service) throws Exception {
        Path document = document(service);
        Path client = WORK.resolve(service + "-client");
        assertTrue(Files.exists(GENERATOR), "the build copies openapi-generator to " + GENERATOR);
        Run generate = run(WORK, "java", "-jar", GENERATOR.toString(), "generate", "-g", "typescript-fetch",
                "-i", document.toString(), "-o", client.toString());
        assertEquals(0, generate.exit(), "openapi-generator refused " + service + "-service's document:\n" + generate.output());

        List<String> untyped;
        int operations = 0;
        StringBuilder names = new StringBuilder();
        try (Stream<Path> apis = Files.list(client.resolve("apis"))) {
            List<Path> files = apis.filter(file -> !file.getFileName().toString().equals("index.ts")).toList();
            untyped = new java.util.ArrayList<>();
            for (Path file : files) {
                Matcher operation = OPERATION.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (operation.find()) {
                    String name = operation.group(1);
                    if (name.endsWith("Raw")) {
                        continue;
                    }
                    operations++;
                    names.append(name).append(' ');
                    if (operation.group(2).equals("any") || name.startsWith("api")) {
                        untyped.add(file.getFileName() + ": " + name + "(): Promise<" + operation.group(2) + ">");
                    }
                }
            }
        }
        assertTrue(operations > 5, "the client has the service's operations: " + names);
        assertEquals(List.of(), untyped, service + "-service: generated operations without a chosen name or a typed answer");
    }

    /** The document the running service serves, as a portal team would download it. */
    private Path document(String service) throws IOException {
        Files.createDirectories(WORK);
        String json = given().accept("application/json").get(platform.url(service) + "/q/openapi?format=json")
                .then().statusCode(200).extract().asString();
        Path document = WORK.resolve(service + ".json");
        Files.writeString(document, json, StandardCharsets.UTF_8);
        return document;
    }

    private record Run(int exit, String output) {
    }

    private static Run run(Path directory, String... command) throws IOException, InterruptedException {
        Path output = Files.createTempFile(directory, "run", ".log");
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return new Run(-1, String.join(" ", command) + " took over 5 minutes:\n" + Files.readString(output));
        }
        return new Run(process.exitValue(), Files.readString(output));
    }
}
