package org.osteorisk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IdRegistryTest {

    @Test
    void remembersEveryIdAndItsFirstLineAcrossGrowth() {
        IdRegistry ids = new IdRegistry();
        for (int i = 0; i < 100_000; i++) {
            assertEquals(0, ids.add("id-" + i, i + 2));
        }
        for (int i = 0; i < 100_000; i += 997) {
            assertEquals(i + 2, ids.add("id-" + i, 1_000_000));
        }
        assertEquals(0, ids.add("id-100000", 3));
        assertEquals(0, ids.add("\u00e9t\u00e9", 4));
        assertEquals(4, ids.add("\u00e9t\u00e9", 5));
        assertEquals(0, ids.add("", 6));
    }
}
