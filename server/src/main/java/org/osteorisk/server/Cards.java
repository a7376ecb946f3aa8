package org.osteorisk.server;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.osteorisk.fhir.FhirWarning;
import org.osteorisk.model.AssessmentResult;
import org.osteorisk.model.Finding;
import org.osteorisk.model.InputWarning;
import org.osteorisk.model.ScopeNotice;
import org.osteorisk.model.Source;

/**
 * Turns an assessment into CDS Hooks cards: one per finding (most urgent first), one info card for a scope notice,
 * and one info card listing what of the record was not used. Withdrawn findings ({@code suppressed}) get no card:
 * the plan a clinician reads is the coherent one.
 */
final class Cards {

    /** CDS Hooks limits a card's summary to fewer than 140 characters. */
    static final int MAX_SUMMARY = 139;
    /** The code system of {@code source.topic}: finding codes as listed in docs/rule-catalogue.md. */
    static final String TOPIC_SYSTEM = "urn:osteorisk:finding-code";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Cards() {
    }

    static ObjectNode response(AssessmentResult result, List<FhirWarning> mapping) {
        ObjectNode response = JSON.objectNode();
        ArrayNode cards = response.putArray("cards");
        if (result.scope() != null) {
            cards.add(scope(result.scope()));
        }
        result.findings().stream().sorted(Comparator.comparing(Finding::severity).reversed())
                .forEach(f -> cards.add(finding(f)));
        if (!mapping.isEmpty() || !result.warnings().isEmpty()) {
            cards.add(notUsed(mapping, result.warnings(), result.ruleSet().name()));
        }
        return response;
    }

    private static ObjectNode finding(Finding f) {
        ObjectNode card = card(summary(f.title() == null ? f.code() : f.title()), f.severity().key());
        StringBuilder detail = new StringBuilder(f.explanation());
        if (!f.recommendation().isBlank()) {
            detail.append("\n\n**Recommendation:** ").append(f.recommendation());
        }
        detail.append("\n\n*Evidence:* ").append(f.evidence().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                .append(" · *Finding:* `").append(f.code()).append('`');
        card.put("detail", detail.toString());
        source(card, f.sources(), f.code(), f.title());
        links(card, f.sources());
        return card;
    }

    private static ObjectNode scope(ScopeNotice notice) {
        ObjectNode card = card(summary(notice.title()), "info");
        card.put("detail", notice.reason() + "\n\n**Recommendation:** " + notice.recommendation());
        source(card, notice.sources(), notice.code(), notice.title());
        links(card, notice.sources());
        return card;
    }

    private static ObjectNode notUsed(List<FhirWarning> mapping, List<InputWarning> assessment, String ruleSet) {
        int count = mapping.size() + assessment.size();
        ObjectNode card = card(count + (count == 1 ? " item" : " items") + " of the record could not be used", "info");
        StringBuilder detail = new StringBuilder("The assessment did not use:\n");
        mapping.forEach(w -> detail.append("\n- `").append(w.resource()).append(w.element().isEmpty() ? "" : "." + w.element())
                .append("`: ").append(w.message()));
        assessment.forEach(w -> detail.append("\n- `").append(w.field()).append("`: ").append(w.message()));
        card.put("detail", detail.toString());
        ObjectNode source = card.putObject("source");
        source.put("label", "osteorisk (" + ruleSet + ")");
        return card;
    }

    private static ObjectNode card(String summary, String indicator) {
        ObjectNode card = JSON.objectNode();
        card.put("uuid", UUID.randomUUID().toString());
        card.put("summary", summary);
        card.put("indicator", indicator);
        return card;
    }

    static String summary(String text) {
        return text.length() <= MAX_SUMMARY ? text : text.substring(0, MAX_SUMMARY - 1).stripTrailing() + "…";
    }

    private static void source(ObjectNode card, List<Source> sources, String code, String title) {
        ObjectNode source = card.putObject("source");
        Source first = sources.isEmpty() ? null : sources.get(0);
        source.put("label", first == null ? "osteorisk" : first.label());
        if (first != null && !first.url().isBlank()) {
            source.put("url", first.url());
        }
        ObjectNode topic = source.putObject("topic");
        topic.put("system", TOPIC_SYSTEM);
        topic.put("code", code);
        if (title != null) {
            topic.put("display", title);
        }
    }

    private static void links(ObjectNode card, List<Source> sources) {
        ArrayNode links = JSON.arrayNode();
        for (Source s : sources) {
            if (!s.url().isBlank()) {
                ObjectNode link = links.addObject();
                link.put("label", summary(s.label()));
                link.put("url", s.url());
                link.put("type", "absolute");
            }
        }
        if (!links.isEmpty()) {
            card.set("links", links);
        }
    }
}
