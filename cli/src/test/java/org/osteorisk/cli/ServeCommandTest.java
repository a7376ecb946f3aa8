package org.osteorisk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** `serve` refuses to start open to anyone unless told so, and names what to give instead. */
class ServeCommandTest {

    @Test
    void withoutATrustedIssuerOrAnExplicitNoAuthFlagItDoesNotStart() {
        CliRun run = CliRun.run("serve", "--port", "0");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().contains("--trust ISSUER=JWKS_FILE"), run.err());
        assertTrue(run.err().contains("--insecure-no-auth"), run.err());
    }

    @Test
    void aMissingKeyFileIsAUsageErrorNamingTheIssuer() {
        CliRun run = CliRun.run("serve", "--port", "0", "--trust", "https://ehr.example.org=/nowhere/keys.json");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().contains("https://ehr.example.org"), run.err());
    }

    @Test
    void helpListsTheOptions() {
        CliRun run = CliRun.run("serve", "--help");
        assertEquals(ExitCodes.OK, run.exitCode());
        for (String option : new String[] {"--port", "--host", "--rules", "--trust", "--allowed-origin",
                "--insecure-no-auth", "--max-body", "--public-url"}) {
            assertTrue(run.out().contains(option), option);
        }
    }
}
