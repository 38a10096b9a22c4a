package org.sahelsim.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The edit distance behind the "did you mean" suggestions, and the rule that picks a suggestion. */
class NamesTest {
    @Test
    void distanceCountsInsertionsDeletionsAndSubstitutionsIgnoringCase() {
        assertEquals(3, Names.distance("kitten", "sitting"), "two substitutions and an insertion");
        assertEquals(3, Names.distance("Kitten", "SITTING"));
        assertEquals(0, Names.distance("MNLA", "mnla"));
        assertEquals(4, Names.distance("", "HCUA"));
        assertEquals(4, Names.distance("GATIA", "Gatia_xyz"));
        assertEquals(1, Names.distance("troops", "troop"));
        assertEquals(2, Names.distance("ab", "ba"), "a swap is two edits, not one");
    }

    @Test
    void suggestsTheClosestWithinAThirdOfTheNameFirstOnTies() {
        assertEquals("mobile_share", Names.closest("Mobile_Shar", List.of("enabled", "mobile_share", "troops")));
        assertEquals("mobile-share", Names.closest("MOBILESHARE", List.of("mobile_shore", "mobile-share")),
                "equal ignoring case, '-' and '_' wins over a closer spelling");
        assertEquals("cat", Names.closest("cot", List.of("cat", "cut")), "a tie goes to the first candidate");
        assertEquals("ab", Names.closest("xy", List.of("ab")), "two edits are always allowed");
        assertNull(Names.closest("xyz", List.of("abc")), "three edits are too many for three letters");
        assertEquals("abcdefghi", Names.closest("abcxyzghi", List.of("abcdefghi")), "a third of nine letters");
        assertNull(Names.closest("abcxyzgh", List.of("abcdefgh")), "three edits exceed a third of eight letters");
        assertEquals(" Did you mean 'troops'?", Names.didYouMean("troop", List.of("enabled", "troops")));
        assertEquals("", Names.didYouMean("zzzzzz", List.of("enabled", "troops")));
    }
}
