package org.osteorisk.bench;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.osteorisk.io.CsvRow;
import org.osteorisk.io.ProfileCsvReader;
import org.osteorisk.io.ProfileRow;
import org.osteorisk.io.SyntheticProfiles;
import org.osteorisk.model.Profile;

/** Synthetic profiles for the benchmarks, the same as {@code osteorisk sample} writes for a seed. */
final class BenchProfiles {

    final List<CsvRow> rows = new ArrayList<>();
    final List<Profile> profiles = new ArrayList<>();
    final ProfileCsvReader reader;

    BenchProfiles(int count, long seed) {
        StringWriter csv = new StringWriter();
        try {
            new SyntheticProfiles(seed).write(csv, count);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        reader = ProfileCsvReader.open(new StringReader(csv.toString()), "synthetic");
        for (CsvRow row = reader.next(); row != null; row = reader.next()) {
            ProfileRow parsed = reader.parse(row);
            if (parsed.ok()) {
                rows.add(row);
                profiles.add(parsed.profile());
            }
        }
    }
}
