package enlace.ontology;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static enlace.ontology.Vocabulary.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdmissionsTest {

    private final Ontology ontology = Fixtures.SHARED;

    @Test
    void shouldLetEachShelterKindAdmitItsOwnAudience() {
        assertEquals(Optional.of(Set.of("adult-women")), ontology.admittedBy(List.of(SHELTER_WOMEN_CHILDREN)));
        assertEquals(Optional.of(Set.of("adult-men")), ontology.admittedBy(List.of(SHELTER_MEN)));
        assertEquals(Optional.of(Set.of("family")), ontology.admittedBy(List.of(FAMILY_SHELTER)));
        assertEquals(Optional.of(Set.of("unaccompanied-minors")), ontology.admittedBy(List.of(SHELTER_MINORS)));
        assertEquals(Optional.of(Set.of("lgbti")), ontology.admittedBy(List.of(SHELTER_LGBTI)));
    }

    @Test
    void shouldPassOverAGeneralShelterListedBesideItsKind() {
        assertEquals(Optional.of(Set.of("adult-men")), ontology.admittedBy(List.of(SHELTER, SHELTER_MEN)),
                "a men's shelter filed under shelter too stays a men's shelter");
        assertEquals(Optional.of(Set.of("adult-women", "adult-men", "family")), ontology.admittedBy(List.of(SHELTER)),
                "a shelter of no kind takes adults and families, never a child alone");
        assertEquals(Optional.of(Set.of("adult-men", "family")),
                ontology.admittedBy(List.of(SHELTER, FAMILY_SHELTER, SHELTER_MEN, CLOTHING)));
    }

    @Test
    void shouldLeaveServicesThatAreNoPlaceToStayToTheirOwnAudience() {
        assertEquals(Optional.empty(), ontology.admittedBy(List.of(HEALTH, LEGAL_AID)));
        assertEquals(Optional.empty(), ontology.admittedBy(List.of()));
    }

    @Test
    void shouldPutChildProtectionFirstForAChildAlone() {
        assertEquals(Set.of(CHILD_PROTECTION), ontology.firstSteps("unaccompanied-minors"));
        assertEquals(Set.of(), ontology.firstSteps("adult-men"));
        assertTrue(ontology.altLabels(CHILD_PROTECTION, "es").contains("DIF"));
    }

    @Test
    void shouldTagEveryAudience() {
        var tags = ontology.concepts(Scheme.AUDIENCES).stream().map(c -> c.notation().orElseThrow()).toList();
        assertEquals(List.of("adult-women", "adult-men", "family", "unaccompanied-minors", "lgbti", "survivors",
                "pregnant", "reduced-mobility").stream().sorted().toList(), tags.stream().sorted().toList());
    }
}
