package org.osteorisk.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.osteorisk.model.AssessmentResult;

/**
 * Results as JSON lines, one object per input row, for pipelines: an assessed row is the result's JSON shape
 * ({@link ResultJson}) with the row's {@code line} after the id; a row that could not be assessed is
 * {@code {"id", "line", "status": "error", "error", ...}} with empty lists and no rule set.
 * {@code docs/schema/batch-row.schema.json} describes a line. Not thread-safe.
 */
@NullMarked
public final class ResultJsonLines implements Closeable {

    private final JsonGenerator json;

    /** Writes to {@code out}, which closing this writer leaves open. */
    public ResultJsonLines(Writer out) throws IOException {
        this.json = ResultJson.FACTORY.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.setRootValueSeparator(new SerializedString("\n"));
    }

    /** The line of an assessed row. */
    public void write(AssessmentResult result, long line) throws IOException {
        ResultJson.writeResult(json, result, line);
    }

    /**
     * The line of a row that was not assessed.
     *
     * @param id    the row's id, or null when it has none
     * @param error why the row could not be assessed, or null when it was read but rules were not run
     */
    public void writeNotAssessed(@Nullable String id, long line, @Nullable String error) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", id);
        json.writeNumberField("line", line);
        json.writeStringField("status", error == null ? "ok" : "error");
        if (error != null) {
            json.writeStringField("error", error);
        }
        for (String list : new String[] {"findings", "suppressed", "not_assessed", "warnings"}) {
            json.writeArrayFieldStart(list);
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    /** Ends the last line and flushes. */
    public void finish() throws IOException {
        json.writeRaw('\n');
        json.flush();
    }

    @Override
    public void close() throws IOException {
        json.close();
    }
}
