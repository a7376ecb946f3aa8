package org.osteorisk.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether this class path can compile a rule folder. The runtime library runs the bundled rules from their
 * executable model, built at build time, and so leaves out what compiling DRL at run time needs: Drools' MVEL
 * dialect, a Java compiler and the spreadsheet reader of decision tables (Apache POI). The authoring artifact brings
 * them. Without it, a rule folder is refused with this message instead of failing inside Drools.
 */
final class RuleCompilerSupport {

    static final String AUTHORING_ARTIFACT = "org.osteorisk:osteorisk-authoring";

    /** A class each missing piece is known by, and what it is. */
    private static final String[][] PIECES = {
            {"org.drools.mvel.MVELConstraintBuilder", "drools-mvel"},
            {"org.drools.ecj.EclipseJavaCompiler", "drools-ecj"},
            {"org.drools.decisiontable.SpreadsheetCompiler", "drools-decisiontables"},
    };

    private static final String MISSING = find();

    private RuleCompilerSupport() {
    }

    /** Null when rule folders can be compiled; otherwise what is missing and how to add it. */
    static String missing() {
        return MISSING;
    }

    private static String find() {
        List<String> absent = new ArrayList<>();
        for (String[] piece : PIECES) {
            try {
                Class.forName(piece[0], false, RuleCompilerSupport.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                absent.add(piece[1]);
            }
        }
        return absent.isEmpty() ? null : "compiling a rule folder needs " + AUTHORING_ARTIFACT + " on the class path "
                + "(missing: " + String.join(", ", absent) + "); the runtime library runs only the bundled rules";
    }
}
