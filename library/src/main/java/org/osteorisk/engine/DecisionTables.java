package org.osteorisk.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.osteorisk.reference.ProblemList;

/**
 * Turns a Drools decision table ({@code *.drl.csv} or {@code *.drl.xlsx}) into DRL, so that its rules pass the
 * same checks as a DRL file, and problems in the generated DRL point back at the table's row.
 */
final class DecisionTables {

    /** Drools writes this comment, naming the spreadsheet cell, just before each rule it generates. */
    private static final Pattern RULE_ROW = Pattern.compile("^// rule values at [A-Z]+(\\d+)", Pattern.MULTILINE);

    private DecisionTables() {
    }

    static boolean isDecisionTable(String fileName) {
        return fileName.endsWith(".drl.csv") || fileName.endsWith(".drl.xlsx") || fileName.endsWith(".drl.xls");
    }

    /** The table as DRL, or null (with a problem added) when the table cannot be read. */
    static RuleSource compile(Path file, String displayName, ProblemList problems) {
        String fileName = file.getFileName().toString();
        InputType type = fileName.endsWith(".csv") ? InputType.CSV : InputType.XLS;
        String drl;
        try (InputStream in = Files.newInputStream(file)) {
            drl = new SpreadsheetCompiler().compile(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + displayName, e);
        } catch (RuntimeException e) {
            // Drools reports a malformed table (bad header, unknown column type, bad cell) as a runtime exception
            // whose message names the cell.
            problems.add(displayName, 0, 0, "not a valid decision table: " + rootMessage(e));
            return null;
        }
        if (!RULE_ROW.matcher(drl).find()) {
            problems.add(displayName, 0, 0, "no rules: a decision table needs a RuleTable with at least one row");
            return null;
        }
        return new RuleSource(displayName, fileName.replace('.', '_') + ".drl", drl, line -> rowOf(drl, line), true);
    }

    /** The spreadsheet row of the generated rule at {@code line}; 0 when before the first rule. */
    private static int rowOf(String drl, int line) {
        Matcher m = RULE_ROW.matcher(drl);
        int row = 0;
        while (m.find()) {
            int ruleLine = 1 + (int) drl.substring(0, m.start()).chars().filter(c -> c == '\n').count();
            if (ruleLine > line) {
                break;
            }
            row = Integer.parseInt(m.group(1));
        }
        return row;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
