package org.osteorisk.server;

import java.io.IOException;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

/**
 * The CDS Hooks bearer-token check: a JWT signed with ES384 or RS384 by an issuer on the allowlist, with one of that
 * issuer's configured keys, whose audience is the endpoint called, that has not expired (60 s of clock skew) and
 * carries a {@code jti}. Anything else is refused with 401. Thread-safe.
 */
final class BearerTokens {

    /** The algorithms CDS Hooks requires clients to use. */
    static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.ES384, JWSAlgorithm.RS384);

    private final Map<String, JWKSet> keysByIssuer;

    private BearerTokens(Map<String, JWKSet> keysByIssuer) {
        this.keysByIssuer = Map.copyOf(keysByIssuer);
    }

    static BearerTokens load(Map<String, Path> jwksFiles) {
        Map<String, JWKSet> keys = new HashMap<>();
        jwksFiles.forEach((issuer, file) -> {
            try {
                keys.put(issuer, JWKSet.load(file.toFile()).toPublicJWKSet());
            } catch (IOException | ParseException e) {
                throw new IllegalArgumentException("cannot read the JWK set of issuer " + issuer + " from " + file
                        + ": " + e.getMessage(), e);
            }
        });
        return new BearerTokens(keys);
    }

    /** @throws HttpProblem 401 saying what is wrong with the token (never its content) */
    void verify(String authorization, String audience) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new HttpProblem(401, "a bearer token (JWT) is required");
        }
        SignedJWT jwt;
        String issuer;
        try {
            jwt = SignedJWT.parse(authorization.substring(7).trim());
            issuer = jwt.getJWTClaimsSet().getIssuer();
        } catch (ParseException e) {
            throw new HttpProblem(401, "the bearer token is not a signed JWT");
        }
        JWKSet keys = issuer == null ? null : keysByIssuer.get(issuer);
        if (keys == null) {
            throw new HttpProblem(401, "the token's issuer is not trusted");
        }
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, new ImmutableJWKSet<>(keys)));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(audience,
                new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("iss", "aud", "exp", "iat", "jti")));
        try {
            processor.process(jwt, null);
        } catch (BadJOSEException e) {
            throw new HttpProblem(401, "the bearer token was refused: " + e.getMessage());
        } catch (JOSEException e) {
            throw new HttpProblem(401, "the bearer token could not be verified");
        }
    }
}
