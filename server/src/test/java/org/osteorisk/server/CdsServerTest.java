package org.osteorisk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteorisk.engine.Assessor;
import org.osteorisk.fhir.FhirProfileMapper;
import org.osteorisk.io.JsonSchemas;
import org.osteorisk.model.AssessmentResult;
import org.osteorisk.model.Finding;

/** The service over real HTTP on a free loopback port: discovery, cards, the JSON contract, auth, limits, CORS. */
class CdsServerTest {

    private static final String ISSUER = "https://ehr.example.org";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Clock ASSESSED_ON = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    private static ECKey key;
    private static CdsServer server;

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        key = new ECKeyGenerator(Curve.P_384).keyID("k1").generate();
        Path jwks = dir.resolve("jwks.json");
        Files.writeString(jwks, new JWKSet(key.toPublicJWK()).toString());
        ServerConfig config = new ServerConfig("127.0.0.1", 0, null, null, Map.of(ISSUER, jwks), false,
                List.of("https://sandbox.cds-hooks.org"), 64 * 1024);
        server = CdsServer.start(config, Assessor.create(), ASSESSED_ON);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static String token(ECKey signer, String issuer, String audience, Date expiry, String jti) throws Exception {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer).subject("client").audience(audience)
                .issueTime(new Date()).expirationTime(expiry);
        if (jti != null) {
            claims.jwtID(jti);
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES384).keyID(signer.getKeyID()).build(),
                claims.build());
        jwt.sign(new ECDSASigner(signer));
        return jwt.serialize();
    }

    private static String url(String path) {
        return server.baseUrl().resolve(path.substring(1)).toString();
    }

    private static String goodToken(String path) throws Exception {
        return token(key, ISSUER, url(path), new Date(System.currentTimeMillis() + 300_000), UUID.randomUUID().toString());
    }

    private static HttpResponse<String> post(String path, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String patientView() throws Exception {
        return Files.readString(Path.of("examples/cds-hooks/patient-view-request.json"));
    }

    private static final String SERVICE = "/cds-services/" + CdsHandler.SERVICE_ID;

    @Test
    void discoveryListsThePatientViewServiceWithItsPrefetch() throws Exception {
        HttpResponse<String> response = get("/cds-services");
        assertEquals(200, response.statusCode());
        JsonNode service = JSON.readTree(response.body()).path("services").get(0);
        assertEquals("patient-view", service.path("hook").asText());
        assertEquals(CdsHandler.SERVICE_ID, service.path("id").asText());
        assertEquals(Set.of("patient", "observations", "conditions", "medicationStatements", "medicationRequests"),
                Set.copyOf(iterate(service.path("prefetch").fieldNames())));
        assertEquals("Patient/{{context.patientId}}", service.path("prefetch").path("patient").asText());
        assertTrue(service.path("prefetch").path("observations").asText().contains("http://loinc.org|62292-8"));
    }

    private static List<String> iterate(java.util.Iterator<String> it) {
        List<String> all = new ArrayList<>();
        it.forEachRemaining(all::add);
        return all;
    }

    @Test
    void aPatientViewCallGetsOneCardPerFindingWithEveryField() throws Exception {
        HttpResponse<String> response = post(SERVICE, patientView(), goodToken(SERVICE));
        assertEquals(200, response.statusCode(), response.body());
        JsonNode cards = JSON.readTree(response.body()).path("cards");
        Map<String, JsonNode> byCode = new java.util.HashMap<>();
        JsonNode notUsed = null;
        for (JsonNode card : cards) {
            assertTrue(card.path("summary").asText().length() < 140, card.toString());
            assertTrue(Set.of("info", "warning", "critical").contains(card.path("indicator").asText()));
            UUID.fromString(card.path("uuid").asText());
            assertFalse(card.path("source").path("label").asText().isBlank());
            JsonNode topic = card.path("source").path("topic");
            if (topic.isMissingNode()) {
                notUsed = card;
            } else {
                assertEquals(Cards.TOPIC_SYSTEM, topic.path("system").asText());
                byCode.put(topic.path("code").asText(), card);
                for (JsonNode link : card.path("links")) {
                    assertTrue(link.path("url").asText().startsWith("https://"), link.toString());
                    assertEquals("absolute", link.path("type").asText());
                }
            }
        }
        assertEquals(Set.of("VITAMIN_D_LAB_DEFICIENT", "B12_DRUG_DEPLETION", "B12_AGE_50_ABSORPTION",
                "OST_MODERATE_RISK"), byCode.keySet());
        AssessmentResult direct = Assessor.create().assess(FhirProfileMapper.create(ASSESSED_ON)
                .mapJson(Files.readString(Path.of("examples/fhir/bundle.json"))).profile());
        for (Finding f : direct.findings()) {
            assertEquals(f.severity().key(), byCode.get(f.code()).path("indicator").asText(), f.code());
        }
        List<String> rank = List.of("info", "warning", "critical");
        for (int i = 1; i < cards.size(); i++) {
            assertTrue(rank.indexOf(cards.get(i - 1).path("indicator").asText())
                    >= rank.indexOf(cards.get(i).path("indicator").asText()), "most urgent first: " + cards);
        }
        JsonNode vitaminD = byCode.get("VITAMIN_D_LAB_DEFICIENT");
        String detail = vitaminD.path("detail").asText();
        assertTrue(detail.contains("10 ng/mL"), "the person's own 25(OH)D, converted from 25 nmol/L: " + detail);
        assertTrue(detail.contains("**Recommendation:**"), detail);
        assertTrue(vitaminD.path("links").size() > 0);
        assertEquals("info", notUsed.path("indicator").asText());
        assertTrue(notUsed.path("detail").asText().contains("Observation/vitd-2023"), notUsed.toString());
    }

    @Test
    void theJsonContractIsServedAtAssess() throws Exception {
        String profile = "{\"id\": \"app-7\", \"age\": 66, \"sex\": \"female\", \"calcium_mg\": 450}";
        HttpResponse<String> response = post("/assess", profile, goodToken("/assess"));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(List.of(), JsonSchemas.problems(JsonSchemas.RESULT, response.body()));
        assertTrue(response.body().contains("CALCIUM_BELOW_EAR"), response.body());
        HttpResponse<String> invalid = post("/assess", "{\"id\": \"app-8\", \"age\": 400}", goodToken("/assess"));
        assertEquals(400, invalid.statusCode());
        assertTrue(JSON.readTree(invalid.body()).path("error").asText().startsWith("age: "), invalid.body());
        assertFalse(invalid.body().contains("400"), "never quotes the value: " + invalid.body());
    }

    @Test
    void tokensAreCheckedForSignatureIssuerAudienceExpiryAndJti() throws Exception {
        Date later = new Date(System.currentTimeMillis() + 300_000);
        ECKey stranger = new ECKeyGenerator(Curve.P_384).keyID("k1").generate();
        Map<String, String> refused = new java.util.LinkedHashMap<>();
        refused.put("none", null);
        refused.put("garbage", "not-a-jwt");
        refused.put("other key", token(stranger, ISSUER, url(SERVICE), later, "1"));
        refused.put("other issuer", token(key, "https://evil.example", url(SERVICE), later, "2"));
        refused.put("other audience", token(key, ISSUER, url("/assess"), later, "3"));
        refused.put("expired", token(key, ISSUER, url(SERVICE), new Date(System.currentTimeMillis() - 120_000), "4"));
        refused.put("no jti", token(key, ISSUER, url(SERVICE), later, null));
        for (Map.Entry<String, String> t : refused.entrySet()) {
            HttpResponse<String> response = post(SERVICE, patientView(), t.getValue());
            assertEquals(401, response.statusCode(), t.getKey() + ": " + response.body());
            assertFalse(response.body().contains("cards"), t.getKey());
        }
        assertEquals(200, post(SERVICE, patientView(), goodToken(SERVICE)).statusCode());
    }

    @Test
    void badRequestsGetJsonErrorsWithTheirStatus() throws Exception {
        String token = goodToken(SERVICE);
        HttpResponse<String> badJson = post(SERVICE, "{\"hook\": \"patient-view\", ", token);
        assertEquals(400, badJson.statusCode());
        assertTrue(JSON.readTree(badJson.body()).path("error").asText().startsWith("not valid JSON"), badJson.body());
        HttpResponse<String> big = post(SERVICE, "{\"x\": \"" + "a".repeat(70_000) + "\"}", token);
        assertEquals(413, big.statusCode());
        HttpResponse<String> noPrefetch = post(SERVICE,
                "{\"hook\": \"patient-view\", \"context\": {\"patientId\": \"p\"}}", token);
        assertEquals(412, noPrefetch.statusCode());
        HttpResponse<String> notFhir = post(SERVICE, "{\"hook\": \"patient-view\", \"context\": {\"patientId\": \"p\"},"
                + " \"prefetch\": {\"patient\": {\"resourceType\": \"Patient\", \"birthDate\": \"not-a-date-71\"}}}", token);
        assertEquals(400, notFhir.statusCode(), notFhir.body());
        assertFalse(notFhir.body().contains("not-a-date-71"), notFhir.body());
        HttpResponse<String> text = HTTP.send(HttpRequest.newBuilder(URI.create(url("/assess")))
                .header("Content-Type", "text/plain").header("Authorization", "Bearer " + goodToken("/assess"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(415, text.statusCode());
        assertEquals(404, get("/nowhere").statusCode());
        assertEquals(405, get(SERVICE).statusCode());
        assertEquals(200, get("/health").statusCode());
    }

    @Test
    void feedbackIsCheckedAndAccepted() throws Exception {
        String path = SERVICE + "/feedback";
        String good = "{\"feedback\": [{\"card\": \"" + UUID.randomUUID() + "\", \"outcome\": \"accepted\","
                + " \"acceptedSuggestions\": [], \"outcomeTimestamp\": \"2026-11-23T12:00:00Z\"}]}";
        assertEquals(200, post(path, good, goodToken(path)).statusCode());
        assertEquals(400, post(path, "{\"feedback\": [{\"outcome\": \"liked\"}]}", goodToken(path)).statusCode());
    }

    @Test
    void corsAllowsTheConfiguredOriginsOnly() throws Exception {
        HttpResponse<String> allowed = HTTP.send(HttpRequest.newBuilder(URI.create(url(SERVICE)))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://sandbox.cds-hooks.org")
                .header("Access-Control-Request-Method", "POST").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(204, allowed.statusCode());
        assertEquals("https://sandbox.cds-hooks.org", allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(allowed.headers().firstValue("Access-Control-Allow-Headers").orElse("").contains("Authorization"));
        HttpResponse<String> refused = HTTP.send(HttpRequest.newBuilder(URI.create(url(SERVICE)))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://evil.example")
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, refused.statusCode());
        assertNotEquals("https://evil.example", refused.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }
}
