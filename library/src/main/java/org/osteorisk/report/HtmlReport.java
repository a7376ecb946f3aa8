package org.osteorisk.report;

import java.io.IOException;
import java.io.Writer;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osteorisk.model.Advice;
import org.osteorisk.model.AssessmentResult;
import org.osteorisk.model.Finding;
import org.osteorisk.model.InputWarning;
import org.osteorisk.model.ScopeNotice;
import org.osteorisk.model.Severity;
import org.osteorisk.model.Source;
import org.osteorisk.model.Suppression;

/**
 * One self-contained HTML page for clinicians: the summary with a chart of findings by code and severity, the
 * invalid rows, then each profile's findings grouped by severity with explanations and sources. Inline CSS only:
 * no scripts, fonts or images from elsewhere, so it opens offline. Profiles are spooled to a temporary file so
 * that the summary can come first without holding the report in memory.
 */
public final class HtmlReport implements ReportWriter {

    private static final String CSS = """
            :root{--critical:#b3261e;--warning:#a15c00;--info:#1f5fa8;--ink:#1d2330;--muted:#5b6475;--line:#dfe3ea;--bg:#f5f6f8}
            *{box-sizing:border-box}
            body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--bg)}
            header{background:#fff;border-bottom:1px solid var(--line);padding:18px 32px}
            header h1{margin:0;font-size:22px}
            header p{margin:4px 0 0;color:var(--muted)}
            main{max-width:1080px;margin:0 auto;padding:20px 32px 48px}
            h2{font-size:18px;margin:28px 0 10px}
            .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(118px,1fr));gap:10px}
            .card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:10px 14px}
            .card .n{font-size:26px;font-weight:650}
            .card .l{color:var(--muted);font-size:13px}
            .card.critical .n{color:var(--critical)}.card.warning .n{color:var(--warning)}.card.info .n{color:var(--info)}
            .chart{background:#fff;border:1px solid var(--line);border-radius:8px;padding:12px 16px}
            .row{display:grid;grid-template-columns:300px 1fr 60px;align-items:center;gap:10px;margin:3px 0;font-size:13px}
            .row code{font-size:12px}
            .bar{display:flex;height:14px;background:#eef0f4;border-radius:3px;overflow:hidden}
            .seg.critical{background:var(--critical)}.seg.warning{background:var(--warning)}.seg.info{background:var(--info)}
            .count{text-align:right;font-variant-numeric:tabular-nums}
            .legend{font-size:13px;color:var(--muted);margin-top:8px}
            .legend span{display:inline-block;width:10px;height:10px;border-radius:2px;margin:0 4px 0 12px;vertical-align:middle}
            table{border-collapse:collapse;width:100%;background:#fff;border:1px solid var(--line);font-size:14px}
            th,td{text-align:left;padding:6px 10px;border-bottom:1px solid var(--line);vertical-align:top}
            th{background:#fafbfc}
            details.profile{background:#fff;border:1px solid var(--line);border-radius:8px;margin:10px 0;padding:0 16px}
            details.profile>summary{cursor:pointer;padding:10px 0;font-weight:600;list-style-position:inside}
            .pid{font-size:16px}.line{color:var(--muted);font-weight:400;font-size:13px;margin-left:6px}
            .badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;font-weight:600;margin-left:6px;color:#fff}
            .badge.critical{background:var(--critical)}.badge.warning{background:var(--warning)}.badge.info{background:var(--info)}
            .badge.none{background:#7b8494}.badge.scope{background:#5b4a8a}
            .advice{margin:6px 0}.advice span{display:inline-block;border:1px solid var(--line);border-radius:10px;padding:0 8px;margin:2px 4px 2px 0;font-size:12px;background:#fff}
            .advice span b{font-weight:600}
            ol.sources{margin:4px 0 4px 18px;padding:0;font-size:13px;color:var(--muted)}
            .reworded{font-size:13px;color:var(--warning);margin:4px 0}
            .scope{border-left:4px solid #5b4a8a;padding:6px 12px;margin:8px 0 12px;background:#fcfcfd}
            table.suppressed{font-size:13px;margin:6px 0 12px}
            h3{font-size:14px;text-transform:uppercase;letter-spacing:.04em;margin:14px 0 6px}
            h3.critical{color:var(--critical)}h3.warning{color:var(--warning)}h3.info{color:var(--info)}
            .finding{border-left:4px solid var(--line);padding:6px 12px;margin:8px 0 12px;background:#fcfcfd}
            .finding.critical{border-color:var(--critical)}.finding.warning{border-color:var(--warning)}.finding.info{border-color:var(--info)}
            .finding h4{margin:0 0 4px;font-size:15px}
            .finding h4 code{font-size:12px;color:var(--muted);font-weight:400;margin-left:6px}
            .finding p{margin:4px 0}
            .meta{color:var(--muted);font-size:13px}
            .note{color:var(--muted);font-size:13px;margin:6px 0 12px}
            footer{color:var(--muted);font-size:12px;margin-top:32px}
            """;

    private final Writer out;
    private final Spool profiles;
    private final Spool errors;

    public HtmlReport(Writer out) throws IOException {
        this.out = out;
        this.profiles = new Spool("osteorisk-profiles");
        this.errors = new Spool("osteorisk-errors");
    }

    @Override
    public void row(RowOutcome outcome) throws IOException {
        if (!outcome.ok()) {
            errors.writer().write("<tr><td>" + outcome.line() + "</td><td>" + esc(outcome.id()) + "</td><td>"
                    + esc(outcome.error()) + "</td></tr>\n");
        } else if (outcome.result() != null) {
            profile(profiles.writer(), outcome);
        }
    }

    private static void profile(Writer w, RowOutcome outcome) throws IOException {
        AssessmentResult result = outcome.result();
        w.write("<details class=\"profile\" open><summary><span class=\"pid\">" + esc(outcome.id())
                + "</span><span class=\"line\">line " + outcome.line() + "</span>");
        if (result.scope() != null) {
            w.write("<span class=\"badge scope\">out of scope</span>");
        } else if (result.findings().isEmpty()) {
            w.write("<span class=\"badge none\">no findings</span>");
        }
        for (Severity s : severitiesDescending()) {
            long n = result.findings().stream().filter(f -> f.severity() == s).count();
            if (n > 0) {
                w.write("<span class=\"badge " + s.key() + "\">" + n + " " + s.key() + "</span>");
            }
        }
        w.write("</summary>\n");
        if (result.scope() != null) {
            scope(w, result.scope());
        }
        for (Severity s : severitiesDescending()) {
            List<Finding> group = result.findings().stream().filter(f -> f.severity() == s).toList();
            if (!group.isEmpty()) {
                w.write("<h3 class=\"" + s.key() + "\">" + capitalised(s.key()) + "</h3>\n");
                for (Finding f : group) {
                    finding(w, f, result.suppressed());
                }
            }
        }
        suppressed(w, result.suppressed());
        if (!result.notAssessed().isEmpty()) {
            w.write("<p class=\"note\">Not assessed (intake or reference value unknown): "
                    + esc(String.join(", ", result.notAssessed())) + "</p>\n");
        }
        for (InputWarning warning : result.warnings()) {
            w.write("<p class=\"note\">Note: " + esc(warning.message()) + "</p>\n");
        }
        w.write("</details>\n");
    }

    private static void finding(Writer w, Finding f, List<Suppression> suppressed) throws IOException {
        w.write("<div class=\"finding " + f.severity().key() + "\"><h4>" + esc(f.title()) + "<code>" + esc(f.code())
                + "</code></h4>\n<p>" + esc(f.explanation()) + "</p>\n<p><b>Recommendation:</b> "
                + esc(f.recommendation()) + "</p>\n");
        for (Suppression s : suppressed) {
            if (s.code().equals(f.code())) {
                w.write("<p class=\"reworded\">Reworded to its cautious form: " + esc(s.by()) + " outranks it ("
                        + esc(s.reason()) + ").</p>\n");
            }
        }
        if (!f.advice().isEmpty()) {
            w.write("<div class=\"advice\">");
            for (Advice a : f.advice()) {
                w.write("<span><b>" + esc(a.action().key().replace('_', ' ')) + "</b> " + esc(a.target()) + "</span>");
            }
            w.write("</div>\n");
        }
        w.write("<p class=\"meta\">Evidence: " + f.evidence().key() + " &middot; Rule: " + esc(f.rule()) + "</p>\n");
        sources(w, f.sources());
        w.write("</div>\n");
    }

    private static void scope(Writer w, ScopeNotice scope) throws IOException {
        w.write("<div class=\"scope\"><h4>" + esc(scope.title()) + "<code>" + esc(scope.code()) + "</code></h4>\n<p>"
                + esc(scope.reason()) + "</p>\n<p><b>Recommendation:</b> " + esc(scope.recommendation()) + "</p>\n");
        sources(w, scope.sources());
        w.write("</div>\n");
    }

    private static void sources(Writer w, List<Source> sources) throws IOException {
        w.write("<ol class=\"sources\">");
        for (Source s : sources) {
            w.write("<li>" + esc(s.citation()));
            if (!s.url().isEmpty()) {
                w.write(" <a href=\"" + esc(s.url()) + "\">" + esc(s.url()) + "</a>");
            }
            w.write("</li>");
        }
        w.write("</ol>\n");
    }

    private static void suppressed(Writer w, List<Suppression> suppressed) throws IOException {
        if (suppressed.isEmpty()) {
            return;
        }
        w.write("<p class=\"note\">Withdrawn or reworded because a precaution on this plan outranks their advice:</p>\n"
                + "<table class=\"suppressed\"><tr><th>Finding</th><th>Resolution</th><th>Outranked by</th>"
                + "<th>Reason</th></tr>\n");
        for (Suppression s : suppressed) {
            w.write("<tr><td><code>" + esc(s.code()) + "</code></td><td>" + s.resolution().key() + "</td><td><code>"
                    + esc(s.by()) + "</code></td><td>" + esc(s.reason()) + "</td></tr>\n");
        }
        w.write("</table>\n");
    }

    @Override
    public void finish(BatchSummary s) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>osteorisk report: " + esc(s.source()) + "</title><style>" + CSS + "</style></head><body>\n");
        out.write("<header><h1>Bone-health nutrition report</h1><p>" + esc(s.source())
                + (s.ruleSet() == null ? "" : " &middot; rules " + esc(s.ruleSet().toString()))
                + " &middot; " + ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT))
                + "</p></header>\n<main>\n");
        cards(s);
        chart(s);
        for (String warning : s.warnings()) {
            out.write("<p class=\"note\">Input warning: " + esc(warning) + "</p>\n");
        }
        if (s.bad() > 0) {
            out.write("<h2>Invalid rows</h2>\n<table><tr><th>Line</th><th>Id</th><th>Problem</th></tr>\n");
            out.flush();
            errors.copyTo(out);
            out.write("</table>\n");
        }
        out.write("<h2>Profiles</h2>\n");
        out.flush();
        profiles.copyTo(out);
        out.write("<footer>osteorisk: findings are decision support for a clinician, not a diagnosis. "
                + "Each finding names its sources and the strength of its evidence.</footer>\n</main></body></html>\n");
        out.flush();
    }

    private void cards(BatchSummary s) throws IOException {
        out.write("<h2>Summary</h2>\n<div class=\"cards\">");
        card(String.format("%,d", s.rows()), "rows read", "");
        card(String.format("%,d", s.good()), "profiles assessed", "");
        card(String.format("%,d", s.bad()), "invalid rows", "");
        card(String.format("%,d", s.profilesWithFindings()), "profiles with findings", "");
        card(String.format("%,d", s.outOfScope()), "out of scope", "");
        card(String.format("%,d", s.suppressed(Suppression.Resolution.REWORDED)), "findings reworded", "");
        card(String.format("%,d", s.suppressed(Suppression.Resolution.WITHDRAWN)), "findings withdrawn", "");
        for (Severity sev : severitiesDescending()) {
            card(String.format("%,d", s.findings(sev)), sev.key() + " findings", sev.key());
        }
        out.write("</div>\n");
    }

    private void card(String number, String label, String kind) throws IOException {
        out.write("<div class=\"card " + kind + "\"><div class=\"n\">" + number + "</div><div class=\"l\">" + label
                + "</div></div>");
    }

    private void chart(BatchSummary s) throws IOException {
        List<String> codes = s.codesByFrequency();
        if (codes.isEmpty()) {
            return;
        }
        long max = s.total(codes.get(0));
        out.write("<h2>Findings by code</h2>\n<div class=\"chart\">\n");
        for (String code : codes) {
            Map<Severity, Long> counts = s.byCode().get(code);
            out.write("<div class=\"row\"><code>" + esc(code) + "</code><div class=\"bar\">");
            for (Severity sev : severitiesDescending()) {
                long n = counts.getOrDefault(sev, 0L);
                if (n > 0) {
                    out.write(String.format(Locale.ROOT, "<div class=\"seg %s\" style=\"width:%.2f%%\" title=\"%d %s\"></div>",
                            sev.key(), 100.0 * n / max, n, sev.key()));
                }
            }
            out.write("</div><div class=\"count\">" + String.format("%,d", s.total(code)) + "</div></div>\n");
        }
        out.write("<div class=\"legend\"><span class=\"seg critical\"></span>critical<span class=\"seg warning\">"
                + "</span>warning<span class=\"seg info\"></span>info</div></div>\n");
    }

    private static List<Severity> severitiesDescending() {
        return List.of(Severity.CRITICAL, Severity.WARNING, Severity.INFO);
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<': out.append("&lt;"); break;
                case '>': out.append("&gt;"); break;
                case '&': out.append("&amp;"); break;
                case '"': out.append("&quot;"); break;
                case '\'': out.append("&#39;"); break;
                default: out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    public void close() throws IOException {
        profiles.close();
        errors.close();
        out.flush();
    }
}
