package id.gotong.dossier;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import id.gotong.events.CollaborationAct;
import id.gotong.events.Sector;
import id.gotong.events.StakeholderEvent.StakeholderRegistered;
import id.gotong.projection.Entry;
import id.gotong.projection.LedgerFixture;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The dossier's fold has a case for every event type of the contract, so no event becomes {@code ACTED} evidence
 * because nobody handled it; a type it never receives is listed with the reason, and refused if it comes.
 */
class EveryEventIsFoldedTest {

    @Test
    void theFoldDecidesEveryEventTypeOfTheContractAndIgnoresOnlyRegistrations() {
        List<Class<?>> contract = new ClassFileImporter().importPackages("id.gotong.events").stream()
                .filter(JavaClass::isRecord)
                .filter(type -> type.isAssignableTo(CollaborationAct.class))
                .<Class<?>>map(JavaClass::reflect)
                .toList();

        assertThat(contract).hasSizeGreaterThan(30);
        assertThat(Dossier.ignored()).containsOnlyKeys(StakeholderRegistered.class);
        assertThat(Dossier.folded()).doesNotContainAnyElementsOf(Dossier.ignored().keySet());
        assertThat(Set.copyOf(contract)).containsExactlyInAnyOrderElementsOf(union(Dossier.folded(),
                Dossier.ignored().keySet()));
    }

    @Test
    void aRegistrationHandedToADossierIsRefusedAndChangesNothing() {
        Dossier dossier = DossierStore.fresh("toba-smart-governance");
        Entry registered = new Entry(0, "evt-0", LedgerFixture.stamped("operator", null,
                Instant.parse("2024-01-15T02:00:00Z"), Instant.parse("2024-01-15T02:00:00Z"),
                p -> new StakeholderRegistered("shopee", p, "PT Shopee International Indonesia", Sector.BUSINESS,
                        null, null)));

        assertThatThrownBy(() -> dossier.apply(registered, id -> Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not take StakeholderRegistered");
        assertThat(dossier.position).isEqualTo(-1);
        assertThat(dossier.events).isZero();
    }

    private static Set<Class<?>> union(Set<Class<?>> a, Set<Class<?>> b) {
        Set<Class<?>> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
