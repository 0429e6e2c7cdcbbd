package org.indicatortracker.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class RegionAccessTest {

    /** CN > 230000 Heilongjiang > 230700 Yichun > 230718 (a district); 110000 Beijing beside it. */
    private static final Map<String, String> PARENT = Map.of("230000", "CN", "230700", "230000", "230718", "230700",
            "110000", "CN");
    private static final UnaryOperator<String> PARENT_OF = PARENT::get;

    @Test
    void anEditorWithoutALimitMayEditEveryRegionAndRecordsWithoutOne() {
        assertTrue(RegionAccess.covers(Set.of(), "CN", PARENT_OF));
        assertTrue(RegionAccess.covers(Set.of(), "230718", PARENT_OF));
        assertTrue(RegionAccess.covers(Set.of(), null, PARENT_OF));
    }

    @Test
    void aCityEditorMayEditTheCityAndTheRegionsBelowIt() {
        assertTrue(RegionAccess.covers(Set.of("230700"), "230700", PARENT_OF));
        assertTrue(RegionAccess.covers(Set.of("230700"), "230718", PARENT_OF));
    }

    @Test
    void aCityEditorMayNotEditItsProvinceTheCountryOrAnotherRegion() {
        assertFalse(RegionAccess.covers(Set.of("230700"), "230000", PARENT_OF));
        assertFalse(RegionAccess.covers(Set.of("230700"), "CN", PARENT_OF));
        assertFalse(RegionAccess.covers(Set.of("230700"), "110000", PARENT_OF));
        assertFalse(RegionAccess.covers(Set.of("230700"), "999999", PARENT_OF));
        assertFalse(RegionAccess.covers(Set.of("230700"), null, PARENT_OF));
    }

    @Test
    void aProvinceEditorCoversItsCities() {
        assertTrue(RegionAccess.covers(Set.of("230000"), "230718", PARENT_OF));
        assertTrue(RegionAccess.covers(Set.of("110000", "230000"), "230700", PARENT_OF));
        assertFalse(RegionAccess.covers(Set.of("230000"), "110000", PARENT_OF));
    }

    @Test
    void aCycleInTheRegionDataEndsTheSearchInsteadOfLooping() {
        Map<String, String> cyclic = Map.of("A", "B", "B", "A");
        assertFalse(RegionAccess.covers(Set.of("C"), "A", cyclic::get));
    }
}
