package org.osteorisk.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.osteorisk.engine.Assessor;
import org.osteorisk.engine.RuleSet;
import org.osteorisk.engine.RuleSetException;
import org.osteorisk.fhir.FhirInputException;
import org.osteorisk.fhir.FhirProfile;
import org.osteorisk.fhir.FhirProfileMapper;
import org.osteorisk.fhir.ObservationTable;
import org.osteorisk.io.ProfileJson;
import org.osteorisk.io.ResultJson;
import org.osteorisk.model.AssessmentResult;
import org.osteorisk.model.Profile;
import org.osteorisk.model.ProfileValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The routes of the service. Every answer is JSON; every refusal is {@code {"error": ...}} with its status; logs
 * name requests by route, status and profile id, never by a value.
 */
final class CdsHandler extends Handler.Abstract {

    static final String SERVICE_ID = "osteorisk-patient-view";
    private static final Logger LOG = LoggerFactory.getLogger(CdsHandler.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServerConfig config;
    private final Assessor assessor;
    private final BearerTokens tokens;
    private final ObservationTable observations = ObservationTable.bundled();
    private final Clock clock;
    private volatile String baseUrl;

    CdsHandler(ServerConfig config, Assessor assessor, Clock clock) {
        this.config = config;
        this.assessor = assessor;
        this.clock = clock;
        this.tokens = BearerTokens.load(config.trustedIssuers());
    }

    void baseUrl(String url) {
        this.baseUrl = url;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        int status = 200;
        String body;
        try {
            cors(request, response);
            if (method.equals("OPTIONS")) {
                status = 204;
                body = null;
            } else {
                body = JSON.writeValueAsString(route(method, path, request));
            }
        } catch (HttpProblem e) {
            status = e.status();
            body = error(e.getMessage());
        } catch (RuntimeException | IOException e) {
            LOG.error("{} {}: internal error ({})", method, path, e.getClass().getSimpleName());
            status = 500;
            body = error("internal error");
        }
        LOG.info("{} {} -> {}", method, path, status);
        response.setStatus(status);
        if (body == null) {
            callback.succeeded();
            return true;
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        Content.Sink.write(response, true, body, callback);
        return true;
    }

    private Object route(String method, String path, Request request) throws IOException {
        switch (path) {
            case "/health":
                expect(method, "GET");
                RuleSet rules = assessor.ruleSet();
                return Map.of("status", "up", "ruleSet", Map.of("name", rules.info().name(),
                        "version", rules.info().version(), "fingerprint", rules.info().fingerprint()));
            case "/cds-services":
                expect(method, "GET");
                return Discovery.services(observations);
            case "/cds-services/" + SERVICE_ID:
                expect(method, "POST");
                authorize(request, path);
                return patientView(json(request));
            case "/cds-services/" + SERVICE_ID + "/feedback":
                expect(method, "POST");
                authorize(request, path);
                return Feedback.accept(json(request));
            case "/assess":
                expect(method, "POST");
                authorize(request, path);
                return assess(body(request));
            case "/admin/reload":
                expect(method, "POST");
                authorize(request, path);
                return reload();
            default:
                throw new HttpProblem(404, "no such endpoint; see GET /cds-services");
        }
    }

    private ObjectNode patientView(JsonNode call) {
        JsonNode patientId = call.path("context").path("patientId");
        if (!call.path("hook").asText().equals("patient-view") || !patientId.isTextual()) {
            throw new HttpProblem(400, "expected a patient-view call with context.patientId");
        }
        JsonNode prefetch = call.path("prefetch");
        if (!prefetch.isObject() || prefetch.isEmpty()) {
            throw new HttpProblem(412, "prefetch is required: this service does not query the FHIR server itself"
                    + " (send the prefetch of GET /cds-services)");
        }
        List<IBaseResource> resources = new ArrayList<>();
        prefetch.fields().forEachRemaining(entry -> {
            if (!entry.getValue().isNull()) {
                try {
                    resources.add(FhirProfileMapper.parse(entry.getValue().toString()));
                } catch (FhirInputException e) {
                    throw new HttpProblem(400, "prefetch." + entry.getKey() + ": " + e.getMessage());
                }
            }
        });
        RuleSet rules = assessor.ruleSet();
        FhirProfile read = FhirProfileMapper.create(clock, rules.reference(), observations)
                .map(patientId.asText(), resources);
        AssessmentResult result = assessor.assess(read.profile());
        LOG.info("patient-view for profile {}: {} findings, {} not used", read.profile().id(),
                result.findings().size(), read.warnings().size());
        return Cards.response(result, read.warnings());
    }

    private JsonNode assess(String body) throws JsonProcessingException {
        Profile profile;
        try {
            profile = ProfileJson.read(body);
        } catch (ProfileValidationException e) {
            throw new HttpProblem(400, e.problems().stream().map(p -> (p.field() == null ? "" : p.field() + ": ")
                    + p.message()).collect(Collectors.joining("; ")));
        }
        return JSON.readTree(ResultJson.toJson(assessor.assess(profile)));
    }

    private Object reload() {
        if (config.rules() == null) {
            throw new HttpProblem(409, "the service runs the bundled rules: start it with --rules DIR to reload");
        }
        try {
            RuleSet loaded = assessor.reload(config.rules());
            LOG.info("rule set reloaded: {} {} ({})", loaded.info().name(), loaded.info().version(),
                    loaded.info().fingerprint());
            return Map.of("reloaded", true, "fingerprint", loaded.info().fingerprint());
        } catch (RuleSetException e) {
            LOG.warn("reload refused; the rules in use stay: {} problems", e.problems().size());
            throw new HttpProblem(422, "the rule set was not loaded, the rules in use stay: " + e.problems().stream()
                    .limit(5).map(p -> p.file() + ":" + p.line() + ": " + p.message()).collect(Collectors.joining("; ")));
        }
    }

    private void authorize(Request request, String path) {
        if (!config.insecureNoAuth()) {
            tokens.verify(request.getHeaders().get(HttpHeader.AUTHORIZATION), baseUrl + path);
        }
    }

    private JsonNode json(Request request) throws IOException {
        try {
            JsonNode node = JSON.readTree(body(request));
            if (node == null || !node.isObject()) {
                throw new HttpProblem(400, "expected a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new HttpProblem(400, "not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")");
        }
    }

    private String body(Request request) throws IOException {
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new HttpProblem(415, "expected Content-Type: application/json");
        }
        if (request.getLength() > config.maxBodyBytes()) {
            throw new HttpProblem(413, "the body is larger than " + config.maxBodyBytes() + " bytes");
        }
        try (InputStream in = Content.Source.asInputStream(request)) {
            byte[] bytes = in.readNBytes(config.maxBodyBytes() + 1);
            if (bytes.length > config.maxBodyBytes()) {
                throw new HttpProblem(413, "the body is larger than " + config.maxBodyBytes() + " bytes");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private void cors(Request request, Response response) {
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (origin == null) {
            return;
        }
        boolean allowed = config.allowedOrigins().contains("*") || config.allowedOrigins().contains(origin);
        if (!allowed) {
            if (request.getMethod().equals("OPTIONS")) {
                throw new HttpProblem(403, "origin not allowed");
            }
            return;
        }
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        response.getHeaders().put(HttpHeader.VARY, "Origin");
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, "GET, POST, OPTIONS");
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS, "Authorization, Content-Type");
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_MAX_AGE, "600");
    }

    private static void expect(String method, String allowed) {
        if (!method.equals(allowed)) {
            throw new HttpProblem(405, "use " + allowed);
        }
    }

    private static String error(String message) {
        return JSON.createObjectNode().put("error", message).toString();
    }

    /** The discovery document. */
    static final class Discovery {
        private Discovery() {
        }

        static Map<String, Object> services(ObservationTable observations) {
            String codes = new TreeSet<>(observations.loincCodes()).stream().map(c -> "http://loinc.org|" + c)
                    .collect(Collectors.joining(","));
            Map<String, String> prefetch = new java.util.LinkedHashMap<>();
            prefetch.put("patient", "Patient/{{context.patientId}}");
            prefetch.put("observations", "Observation?patient={{context.patientId}}&code=" + codes);
            prefetch.put("conditions", "Condition?patient={{context.patientId}}");
            prefetch.put("medicationStatements", "MedicationStatement?patient={{context.patientId}}");
            prefetch.put("medicationRequests", "MedicationRequest?patient={{context.patientId}}&status=active");
            Map<String, Object> service = new java.util.LinkedHashMap<>();
            service.put("hook", "patient-view");
            service.put("id", SERVICE_ID);
            service.put("title", "Bone-health nutrition check");
            service.put("description", "Flags osteoporosis-related nutrient risks (calcium, vitamin D, magnesium,"
                    + " vitamin B12, vitamin K) from the record, each with the patient's numbers, a recommendation"
                    + " and its sources.");
            service.put("prefetch", prefetch);
            return Map.of("services", List.of(service));
        }
    }

    /** The CDS Hooks feedback body: checked, counted in the log, not stored. */
    static final class Feedback {
        private static final java.util.Set<String> OUTCOMES = java.util.Set.of("accepted", "overridden");

        private Feedback() {
        }

        static Map<String, Object> accept(JsonNode body) {
            JsonNode items = body.path("feedback");
            if (!items.isArray() || items.isEmpty()) {
                throw new HttpProblem(400, "expected {\"feedback\": [...]} with at least one item");
            }
            int index = 0;
            for (JsonNode item : items) {
                if (!item.path("card").isTextual() || !OUTCOMES.contains(item.path("outcome").asText())
                        || !item.path("outcomeTimestamp").isTextual()) {
                    throw new HttpProblem(400, "feedback[" + index + "]: expected card (its uuid), outcome"
                            + " (accepted or overridden) and outcomeTimestamp");
                }
                index++;
            }
            LOG.info("feedback on {} cards", index);
            return Map.of();
        }
    }
}
