package org.osteorisk.cli;

import java.io.IOException;
import java.io.Writer;

import org.osteorisk.report.CsvReport;
import org.osteorisk.report.HtmlReport;
import org.osteorisk.report.JsonLinesReport;
import org.osteorisk.report.ReportWriter;
import org.osteorisk.report.TextReport;

/** The report formats of {@code assess --format}. */
enum ReportFormat {
    jsonl, csv, html, text;

    ReportWriter open(Writer out) throws IOException {
        switch (this) {
            case jsonl: return new JsonLinesReport(out);
            case csv: return new CsvReport(out);
            case html: return new HtmlReport(out);
            default: return new TextReport(out);
        }
    }
}
