package org.osteorisk.server;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How the service runs.
 *
 * @param host            the address to listen on (127.0.0.1 by default: put a TLS proxy in front for anything else)
 * @param port            the port; 0 picks a free one
 * @param publicUrl       the base URL clients call, which JWT audiences must name; null: http://host:port
 * @param rules           a rule-set folder, reloadable at {@code POST /admin/reload}; null: the bundled rules
 * @param trustedIssuers  JWT issuer to the JWK set (public keys) its tokens are signed with
 * @param insecureNoAuth  accept calls without a bearer token (development only; logged as a warning at start)
 * @param allowedOrigins  browser origins allowed by CORS (for example https://sandbox.cds-hooks.org), or "*"
 * @param maxBodyBytes    the largest request body accepted
 */
public record ServerConfig(String host, int port, URI publicUrl, Path rules, Map<String, Path> trustedIssuers,
        boolean insecureNoAuth, List<String> allowedOrigins, int maxBodyBytes) {

    public static final int DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        trustedIssuers = Map.copyOf(trustedIssuers);
        allowedOrigins = List.copyOf(allowedOrigins);
        if (!insecureNoAuth && trustedIssuers.isEmpty()) {
            throw new IllegalArgumentException("no trusted JWT issuer: give --trust ISSUER=JWKS_FILE, or"
                    + " --insecure-no-auth for local development");
        }
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("the body limit must be positive");
        }
    }
}
