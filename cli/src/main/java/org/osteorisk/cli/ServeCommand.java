package org.osteorisk.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.osteorisk.server.CdsServer;
import org.osteorisk.server.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the CDS Hooks service (patient-view cards from FHIR prefetch) and the JSON API",
                "(POST /assess, GET /health, POST /admin/reload) until stopped. See docs/server.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "1:unexpected failure", "2:usage error or a rule set that does not load"})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on; 0 picks a free one "
            + "(default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: "
            + "${DEFAULT-VALUE}); put a TLS proxy in front for anything but loopback.")
    String host;

    @Option(names = "--rules", paramLabel = "DIR", description = "Rule set folder (default: the bundled rules); "
            + "POST /admin/reload loads it again without a restart.")
    Path rules;

    @Option(names = "--trust", paramLabel = "ISSUER=JWKS", description = "A JWT issuer whose bearer tokens are "
            + "accepted, and the JWK set file of its public keys. Repeatable.")
    Map<String, Path> trust = Map.of();

    @Option(names = "--public-url", paramLabel = "URL", description = "The URL clients call (token audiences must "
            + "name it); default http://HOST:PORT.")
    URI publicUrl;

    @Option(names = "--allowed-origin", paramLabel = "ORIGIN", description = "A browser origin allowed by CORS "
            + "(for example https://sandbox.cds-hooks.org), or *. Repeatable.")
    List<String> allowedOrigins = new ArrayList<>();

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "2097152",
            description = "Largest request body accepted (default: ${DEFAULT-VALUE}).")
    int maxBody;

    @Option(names = "--insecure-no-auth", description = "Accept calls without a bearer token. For local "
            + "development only: logged as a warning at start.")
    boolean insecureNoAuth;

    @Override
    public Integer call() throws Exception {
        ServerConfig config;
        try {
            config = new ServerConfig(host, port, publicUrl, rules, trust, insecureNoAuth, allowedOrigins, maxBody);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        CdsServer started;
        try {
            started = CdsServer.start(config);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        try (CdsServer server = started) {
            spec.commandLine().getOut().println("osteorisk: serving at " + server.baseUrl()
                    + " (CDS Hooks discovery: " + server.baseUrl() + "cds-services); stop with Ctrl-C");
            spec.commandLine().getOut().flush();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (Exception e) {
                    // Stopping anyway: the JVM is exiting.
                }
            }, "osteorisk-stop"));
            server.join();
        }
        return ExitCodes.OK;
    }
}
