package org.osteorisk.server;

import java.net.URI;
import java.time.Clock;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.osteorisk.engine.Assessor;
import org.osteorisk.engine.RuleSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The osteorisk HTTP service on embedded Jetty: CDS Hooks discovery and patient-view cards, feedback,
 * {@code POST /assess} with the library's JSON contract, {@code GET /health}, and rule reload. See docs/server.md.
 */
public final class CdsServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CdsServer.class);
    /** How long a connection may sit idle, and so the longest a slow client may take to send a request. */
    private static final long IDLE_TIMEOUT_MS = 30_000;

    private final Server server;
    private final ServerConnector connector;
    private final CdsHandler handler;
    private final ServerConfig config;

    private CdsServer(ServerConfig config, Assessor assessor, Clock clock) {
        this.config = config;
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("osteorisk-http");
        server = new Server(threads);
        connector = new ServerConnector(server);
        connector.setHost(config.host());
        connector.setPort(config.port());
        connector.setIdleTimeout(IDLE_TIMEOUT_MS);
        server.addConnector(connector);
        handler = new CdsHandler(config, assessor, clock);
        server.setHandler(handler);
        server.setStopTimeout(5_000);
    }

    /** Starts the service with the rules of {@code config} (bundled when none). */
    public static CdsServer start(ServerConfig config) throws Exception {
        RuleSet rules = config.rules() == null ? RuleSet.bundled() : RuleSet.load(config.rules());
        return start(config, Assessor.create(rules), Clock.systemUTC());
    }

    static CdsServer start(ServerConfig config, Assessor assessor, Clock clock) throws Exception {
        CdsServer s = new CdsServer(config, assessor, clock);
        if (config.insecureNoAuth()) {
            LOG.warn("authentication is OFF (--insecure-no-auth): any caller can use this service. Never do this"
                    + " with real patient data.");
        }
        s.server.start();
        s.handler.baseUrl(s.baseUrl().toString().replaceAll("/$", ""));
        LOG.info("listening on {} (CDS Hooks discovery at {}cds-services)", s.baseUrl(), s.baseUrl());
        return s;
    }

    /** The URL clients call: the configured public URL, else http://host:port/. */
    public URI baseUrl() {
        if (config.publicUrl() != null) {
            String url = config.publicUrl().toString();
            return URI.create(url.endsWith("/") ? url : url + "/");
        }
        return URI.create("http://" + config.host() + ":" + connector.getLocalPort() + "/");
    }

    public int port() {
        return connector.getLocalPort();
    }

    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
