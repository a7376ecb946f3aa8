package org.osteorisk;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.osteorisk.io.ProfileCsvReader;
import org.osteorisk.io.ProfileRow;
import org.osteorisk.io.SyntheticProfiles;
import org.osteorisk.model.Profile;

/** Profiles for tests: the bundled examples, and a generated cohort. */
public final class Profiles {

    public static final Path EXAMPLES = Path.of("examples", "profiles.csv");

    private Profiles() {
    }

    /** Every profile of examples/profiles.csv (all of its rows are valid). */
    public static List<Profile> examples() {
        try {
            return read(Files.readString(EXAMPLES), EXAMPLES.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The valid profiles of a generated cohort of {@code size} rows. */
    public static List<Profile> cohort(long seed, int size) {
        StringWriter csv = new StringWriter(size * 160);
        try {
            new SyntheticProfiles(seed).write(csv, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read(csv.toString(), "cohort");
    }

    private static List<Profile> read(String csv, String name) {
        List<Profile> profiles = new ArrayList<>();
        try (ProfileCsvReader reader = ProfileCsvReader.open(new StringReader(csv), name)) {
            for (ProfileRow row = reader.nextProfile(); row != null; row = reader.nextProfile()) {
                if (row.ok()) {
                    profiles.add(row.profile());
                }
            }
        }
        return profiles;
    }
}
