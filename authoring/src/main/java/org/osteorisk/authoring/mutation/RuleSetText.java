package org.osteorisk.authoring.mutation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.osteorisk.engine.FindingDefinition;
import org.osteorisk.engine.RuleSet;
import org.osteorisk.reference.ReferenceData;

/**
 * The files of a rule set that mutations edit, read once: its top-level DRL files and decision tables, and
 * {@code reference/intakes.csv} and {@code reference/thresholds.csv}; with the loaded rule set, which says what
 * the numbers are (units) and what each rule reads.
 */
final class RuleSetText {

    static final String INTAKES = "reference/intakes.csv";
    static final String THRESHOLDS = "reference/thresholds.csv";

    private final Map<String, String> files;
    private final RuleSet rules;

    RuleSetText(Map<String, String> files, RuleSet rules) {
        this.files = new TreeMap<>(files);
        this.rules = rules;
    }

    static RuleSetText read(RuleSet rules) {
        Path root = rules.root();
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> top = Files.list(root)) {
            for (Path file : top.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".drl") || name.endsWith(".drl.csv")) {
                    files.put(name, Files.readString(file, StandardCharsets.UTF_8));
                }
            }
            for (String data : List.of(INTAKES, THRESHOLDS)) {
                Path file = root.resolve(data);
                if (Files.isRegularFile(file)) {
                    files.put(data, Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rule set " + root, e);
        }
        return new RuleSetText(files, rules);
    }

    /** The file's text, or null when the rule set has no such file. */
    String text(String file) {
        return files.get(file);
    }

    List<String> drlFiles() {
        return files.keySet().stream().filter(f -> f.endsWith(".drl")).toList();
    }

    List<String> decisionTables() {
        return files.keySet().stream().filter(f -> f.endsWith(".drl.csv")).toList();
    }

    ReferenceData reference() {
        return rules.reference();
    }

    List<FindingDefinition> definitions() {
        return rules.definitions();
    }

    /** The line (from 1) of a character of a text. */
    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
