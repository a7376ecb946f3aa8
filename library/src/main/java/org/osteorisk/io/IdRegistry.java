package org.osteorisk.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Remembers every id seen in a file, with its line, to report duplicates exactly. Ids are packed as UTF-8 bytes in
 * one array with an open-addressing index: about 20 bytes per id instead of well over 100 for a HashMap of
 * Strings, so a million-row file fits a small heap. Not thread-safe: the reader calls it in input order.
 */
final class IdRegistry {

    private byte[] bytes = new byte[1 << 16];
    private int used;
    private int[] starts = new int[1 << 12];
    private int[] lines = new int[1 << 12];
    private int count;
    /** Entry index + 1 per slot; 0 is empty. Kept at most half full. */
    private int[] slots = new int[1 << 13];

    /**
     * Records an id.
     *
     * @return 0 when the id is new, else the line where it was first seen
     */
    int add(String id, int line) {
        byte[] key = id.getBytes(StandardCharsets.UTF_8);
        int mask = slots.length - 1;
        int slot = mix(Arrays.hashCode(key)) & mask;
        while (slots[slot] != 0) {
            int entry = slots[slot] - 1;
            if (matches(entry, key)) {
                return lines[entry];
            }
            slot = (slot + 1) & mask;
        }
        store(key, line);
        slots[slot] = count;
        if (count * 2 > slots.length) {
            rehash();
        }
        return 0;
    }

    private boolean matches(int entry, byte[] key) {
        int start = starts[entry];
        int end = entry + 1 < count ? starts[entry + 1] : used;
        return Arrays.equals(bytes, start, end, key, 0, key.length);
    }

    private void store(byte[] key, int line) {
        if (used + key.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + key.length));
        }
        System.arraycopy(key, 0, bytes, used, key.length);
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            lines = Arrays.copyOf(lines, count * 2);
        }
        starts[count] = used;
        lines[count] = line;
        used += key.length;
        count++;
    }

    private void rehash() {
        int[] grown = new int[slots.length * 2];
        int mask = grown.length - 1;
        for (int entry = 0; entry < count; entry++) {
            int end = entry + 1 < count ? starts[entry + 1] : used;
            int slot = mix(hash(starts[entry], end)) & mask;
            while (grown[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            grown[slot] = entry + 1;
        }
        slots = grown;
    }

    /** The same hash as {@link Arrays#hashCode(byte[])} over a slice. */
    private int hash(int from, int to) {
        int h = 1;
        for (int i = from; i < to; i++) {
            h = 31 * h + bytes[i];
        }
        return h;
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
