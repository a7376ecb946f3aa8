package org.osteorisk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteorisk.TestRules;

/**
 * A rule set reloaded while calls are under way: no call fails, each is answered by the old or the new rules whole,
 * and a broken rule set is refused while the rules in use stay.
 */
class RuleReloadOverHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Calcium 950 mg at 60: below the RDA of 1,000 for men 51-70, not below the EAR of 800. */
    private static final String PROFILE = "{\"id\": \"m-60\", \"age\": 60, \"sex\": \"male\", \"calcium_mg\": 950}";

    private static HttpResponse<String> send(CdsServer server, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.baseUrl().resolve(path));
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aReloadDuringCallsSwitchesAtomicallyAndABrokenOneIsRefused(@TempDir Path dir) throws Exception {
        Path rules = TestRules.copy(dir);
        ServerConfig config = new ServerConfig("127.0.0.1", 0, null, rules, Map.of(), true, List.of(), 1 << 20);
        try (CdsServer server = CdsServer.start(config)) {
            String before = JSON.readTree(send(server, "health", null).body()).path("ruleSet").path("fingerprint").asText();
            assertTrue(send(server, "assess", PROFILE).body().contains("CALCIUM_BELOW_RDA"));

            AtomicBoolean stop = new AtomicBoolean();
            ConcurrentLinkedQueue<String> answers = new ConcurrentLinkedQueue<>();
            ExecutorService clients = Executors.newFixedThreadPool(4);
            List<Future<?>> running = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                running.add(clients.submit(() -> {
                    while (!stop.get()) {
                        HttpResponse<String> r = send(server, "assess", PROFILE);
                        answers.add(r.statusCode() + " " + (r.body().contains("CALCIUM_BELOW_RDA") ? "rda" : "none"));
                    }
                    return null;
                }));
            }
            // Lower the RDA for men 51-70 to 900: the profile is no longer below it.
            TestRules.edit(rules.resolve("reference/intakes.csv"), "calcium,mg,male,51,70,800,1000,2000",
                    "calcium,mg,male,51,70,800,900,2000");
            HttpResponse<String> reloaded = send(server, "admin/reload", "{}");
            stop.set(true);
            for (Future<?> f : running) {
                f.get();
            }
            clients.shutdown();
            assertEquals(200, reloaded.statusCode(), reloaded.body());
            assertTrue(answers.stream().allMatch(a -> a.startsWith("200 ")), answers.toString());
            assertTrue(!send(server, "assess", PROFILE).body().contains("CALCIUM_BELOW_RDA"), "the new RDA is used");
            String after = JSON.readTree(send(server, "health", null).body()).path("ruleSet").path("fingerprint").asText();
            assertNotEquals(before, after);

            Files.writeString(rules.resolve("calcium.drl"), "package rules;\nrule \"broken\" when then end oops\n");
            HttpResponse<String> refused = send(server, "admin/reload", "{}");
            assertEquals(422, refused.statusCode());
            assertTrue(JSON.readTree(refused.body()).path("error").asText().contains("calcium.drl"), refused.body());
            assertEquals(after, JSON.readTree(send(server, "health", null).body()).path("ruleSet").path("fingerprint")
                    .asText(), "the rules in use stay");
        }
    }
}
