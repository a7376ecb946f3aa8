package org.osteorisk.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The library works with the oldest Jackson it declares (pom: jackson.floor.version): the compiled library and its
 * other dependencies, with that Jackson in place of the one it was built with, read, assess and write JSON.
 */
class JacksonFloorIT {

    private static final Path FLOOR = Path.of("library", "target", "jackson-floor");

    @Test
    void theLibraryRunsWithTheOldestSupportedJackson() throws IOException, InterruptedException {
        List<String> floorJars;
        try (Stream<Path> jars = Files.list(FLOOR)) {
            floorJars = jars.map(Path::toString).sorted().toList();
        }
        assertEquals(3, floorJars.size(), "core, databind and annotations: " + floorJars);
        List<String> classPath = new ArrayList<>(floorJars);
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.contains("jackson-core") && !entry.contains("jackson-databind")
                    && !entry.contains("jackson-annotations")) {
                classPath.add(entry);
            }
        }
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", String.join(File.pathSeparator, classPath),
                JacksonFloorProbe.class.getName()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the probe finished");
        assertEquals(0, process.exitValue(), output);
        String version = FLOOR.toFile().list()[0].replaceAll(".*-(\\d+\\.\\d+\\.\\d+)\\.jar", "$1");
        assertTrue(output.contains("jackson " + version + " ok"), output + " (expected " + version + ") "
                + Arrays.toString(FLOOR.toFile().list()));
    }
}
