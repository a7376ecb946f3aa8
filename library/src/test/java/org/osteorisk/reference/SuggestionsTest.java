package org.osteorisk.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void distanceCountsInsertionsDeletionsSubstitutionsAndSwaps() {
        assertEquals(0, Suggestions.distance("calcium", "calcium"));
        assertEquals(3, Suggestions.distance("kitten", "sitting"));
        assertEquals(1, Suggestions.distance("calcuim", "calcium"), "two neighbours swapped");
        assertEquals(1, Suggestions.distance("calcum", "calcium"));
        assertEquals(1, Suggestions.distance("calciums", "calcium"));
        assertEquals(7, Suggestions.distance("", "calcium"));
        assertEquals(7, Suggestions.distance("calcium", ""));
        assertEquals(1, Suggestions.distance("ab", "ba"));
    }

    @Test
    void theClosestNameWithinAThirdOfTheLengthOrTwoEdits() {
        List<String> known = List.of("iom_2011_calcium_vitamin_d", "iom_1997_ca_p_mg_vitd_f", "nih_ods_calcium");
        assertEquals("iom_2011_calcium_vitamin_d", Suggestions.closest("iom_2011_calcium_vitamin_e", known));
        assertEquals(" (did you mean nih_ods_calcium?)", Suggestions.didYouMean("nih_ods_calcum", known));
        assertEquals("", Suggestions.didYouMean("wallace_2011", known));
        assertNull(Suggestions.closest("abc", List.of("xyz")), "3 edits in 3 letters is not close");
        assertEquals("abxy", Suggestions.closest("abcd", List.of("abxy")), "2 edits are always close enough");
        assertNull(Suggestions.closest("abcdef", List.of("abcxyz")), "3 edits in 6 letters is more than 2");
        assertEquals("abcdefghx", Suggestions.closest("abcdefghi", List.of("abcdefghx", "abcdefgxx")));
        assertNull(Suggestions.closest("anything", List.of()));
    }
}
