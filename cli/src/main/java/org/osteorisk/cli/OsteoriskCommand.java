package org.osteorisk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "osteorisk", mixinStandardHelpOptions = true, versionProvider = OsteoriskCommand.Version.class,
        description = {"Bone-health nutrition checks: assess intake profiles against osteoporosis-related rules",
                "(calcium, vitamin D, magnesium, vitamin B12, vitamin K, the calcium paradox)."},
        commandListHeading = "%nCommands:%n",
        footerHeading = "%nExit codes:%n",
        footer = {"  0  success", "  1  unexpected failure", "  2  usage error (bad option, unreadable file, "
                + "rule set that does not load)", "  3  some input failed: invalid rows, rule problems, failing cases",
                "", "Run 'osteorisk COMMAND --help' for a command's options."})
final class OsteoriskCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version from the jar's manifest. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = OsteoriskCommand.class.getPackage().getImplementationVersion();
            return new String[] {"osteorisk " + (version == null ? "(development build)" : version),
                    "Java " + System.getProperty("java.version") + ", Drools rule engine"};
        }
    }
}
