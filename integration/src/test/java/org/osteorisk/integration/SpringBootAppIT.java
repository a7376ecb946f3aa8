package org.osteorisk.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osteorisk.io.JsonSchemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Spring Boot app under examples/spring-boot, built by the invoker against the runtime library alone, run as
 * its users run it ({@code java -jar}) with each of Boot's jar loaders: the bundled rules load from the library jar
 * nested in the fat jar, and a controller returns an assessment as JSON that the published schema accepts.
 */
class SpringBootAppIT {

    private static final Path APP = Path.of("integration", "target", "it", "spring-boot");
    /** What a health app must not inherit from the runtime library: a spreadsheet reader, compilers, the CLI. */
    private static final Pattern HEAVY = Pattern.compile(
            "org\\.apache\\.poi|org\\.eclipse\\.jdt|drools-ecj|drools-mvel|drools-decisiontables|drools-model-codegen"
                    + "|info\\.picocli|javaparser|osteorisk-authoring|osteorisk-cli");
    private static final String PROFILE = """
            {"id": "boot-1", "age": 63, "sex": "female", "menopausal": true, "calcium_mg": 700, "vitamin_d_iu": 300,
             "supplements": [{"nutrient": "vitamin_d", "form": "d3", "amount": 10, "unit": "mcg", "frequency": "day"}],
             "conditions": ["osteopenia"], "medications": ["warfarin"]}
            """;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @ParameterizedTest(name = "{0} loader")
    @ValueSource(strings = {"boot", "classic"})
    void theAppAssessesAProfileFromInsideItsFatJar(String loader) throws Exception {
        Path jar = APP.resolve("target").resolve("osteorisk-spring-boot-example-0.1.0-" + loader + ".jar");
        assertTrue(Files.isRegularFile(jar), "built by the invoker: " + jar);
        assertFatJar(jar, loader.equals("classic"));
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Files.createTempFile("boot-" + loader, ".log");
        Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--server.port=" + port)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            URI uri = URI.create("http://localhost:" + port + "/assessments");
            HttpResponse<String> ok = post(uri, PROFILE, app, log);
            assertEquals(200, ok.statusCode(), ok.body());
            assertEquals(List.of(), JsonSchemas.problems(JsonSchemas.RESULT, ok.body()), ok.body());
            JsonNode result = JSON.readTree(ok.body());
            assertEquals("boot-1", result.get("id").asText());
            List<String> codes = result.get("findings").findValuesAsText("code");
            assertTrue(codes.contains("CALCIUM_BELOW_RDA"), codes.toString());
            assertTrue(codes.contains("VITAMIN_K_ANTAGONIST_DIET") || codes.contains("VITAMIN_K_WARFARIN")
                    || codes.stream().anyMatch(c -> c.startsWith("VITAMIN_D")), codes.toString());

            HttpResponse<String> refused = post(uri, "{\"id\": \"boot-2\", \"age\": 40, \"sex\": \"male\", "
                    + "\"pregnant\": true, \"calcium_mg\": -5}", app, log);
            assertEquals(400, refused.statusCode(), refused.body());
            List<String> fields = JSON.readTree(refused.body()).get("problems").findValuesAsText("field");
            assertTrue(fields.containsAll(List.of("pregnant", "calcium_mg")), refused.body());
        } finally {
            app.destroy();
            if (!app.waitFor(20, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
        String output = Files.readString(log);
        assertFalse(output.contains("RuleSetException"), output);
        Files.delete(log);
    }

    @Test
    void theAppsDependencyTreeHasTheRuntimeLibraryAndNothingHeavy() throws IOException {
        String tree = Files.readString(APP.resolve("target").resolve("dependency-tree.txt"));
        assertTrue(tree.contains("org.osteorisk:osteorisk:jar:0.1.0:compile"), tree);
        assertFalse(HEAVY.matcher(tree).find(), () -> "heavy dependency: " + HEAVY.matcher(tree).results()
                .map(MatchResult::group).distinct().toList() + "\n" + tree);
    }

    /** The fat jar has the loader asked for, and nests the library and none of the authoring or command-line pieces. */
    private static void assertFatJar(Path jar, boolean classic) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            // The CLASSIC loader (the default up to Boot 3.1) is the one with LaunchedURLClassLoader.
            assertEquals(classic, file.getEntry("org/springframework/boot/loader/LaunchedURLClassLoader.class") != null);
            List<String> libs = file.stream().map(e -> e.getName()).filter(n -> n.startsWith("BOOT-INF/lib/"))
                    .map(n -> n.substring("BOOT-INF/lib/".length())).toList();
            assertTrue(libs.contains("osteorisk-0.1.0.jar"), libs.toString());
            assertEquals(List.of(), libs.stream().filter(n -> HEAVY.matcher(n).find() || n.startsWith("poi")
                    || n.startsWith("ecj") || n.startsWith("picocli")).toList());
        }
    }

    /** Posts once the app answers; gives up after a minute, or when the app has exited. */
    private static HttpResponse<String> post(URI uri, String body, Process app, Path log) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (ConnectException e) {
                if (!app.isAlive() || System.nanoTime() > deadline) {
                    throw new AssertionError("the app did not answer; its output:\n"
                            + Files.readString(log), e);
                }
                Thread.sleep(250);
            }
        }
    }
}
