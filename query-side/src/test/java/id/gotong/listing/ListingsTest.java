package id.gotong.listing;

import id.gotong.events.CommitmentEvent;
import id.gotong.events.InformationRequestEvent;
import id.gotong.projection.BadQuery;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What the list queries accept as page, size, state and dimension. */
class ListingsTest {

    @Test
    void pagingDefaultsToTheFirstPageOfFifty() {
        assertThat(Listings.paging(null, null)).containsExactly(0, 50);
        assertThat(Listings.paging("3", "20")).containsExactly(3, 20);
        assertThat(Listings.paging("0", "1")).containsExactly(0, 1);
        assertThat(Listings.paging(null, "500")).containsExactly(0, 500);
    }

    @Test
    void aPageThatIsNoWholeNumberOrIsNegativeIsRefused() {
        for (String page : new String[]{"-1", "first", "1.5", ""}) {
            BadQuery refused = refused(() -> Listings.paging(page, null));

            assertThat(refused.rule()).as(page).isEqualTo("page");
            assertThat(refused.field()).as(page).isEqualTo("page");
            assertThat(refused).hasMessage("page must be a whole number, 0 or more");
        }
    }

    @Test
    void aPageSoFarThatItsFirstItemCannotBeCountedIsRefused() {
        BadQuery refused = refused(() -> Listings.paging("5000000", "500"));

        assertThat(refused.rule()).isEqualTo("page");
        assertThat(refused.field()).isEqualTo("page");
        assertThat(refused).hasMessage("page × size must not exceed 2147483647");
        assertThat(Listings.paging("4294967", "500")).containsExactly(4294967, 500);
    }

    @Test
    void aSizeOutsideOneToFiveHundredIsRefused() {
        for (String size : new String[]{"0", "501", "-5", "many", ""}) {
            BadQuery refused = refused(() -> Listings.paging(null, size));

            assertThat(refused.rule()).as(size).isEqualTo("page-size");
            assertThat(refused.field()).as(size).isEqualTo("size");
            assertThat(refused).hasMessage("size must be between 1 and 500");
        }
    }

    /** An as-of list replays the acts of each item: every act of a commitment or a request must leave a state. */
    @Test
    void everyCommitmentAndRequestEventLeavesItsItemInAListedState() {
        assertThat(Listings.COMMITMENT_STATES.keySet()).containsExactlyInAnyOrderElementsOf(
                simpleNames(CommitmentEvent.class));
        assertThat(Listings.REQUEST_STATES.keySet()).containsExactlyInAnyOrderElementsOf(
                simpleNames(InformationRequestEvent.class));
        assertThat(Listings.COMMITMENT_STATE_NAMES).containsAll(Listings.COMMITMENT_STATES.values());
        assertThat(Listings.REQUEST_STATE_NAMES).containsAll(Listings.REQUEST_STATES.values());
        assertThat(Listings.COMMITMENT_STATES).containsEntry("CommitmentBecameOverdue", "OVERDUE");
        assertThat(Listings.REQUEST_STATES).containsEntry("InformationRequestDeclined", "DECLINED");
    }

    private static List<String> simpleNames(Class<?> family) {
        return Arrays.stream(family.getPermittedSubclasses()).map(Class::getSimpleName).toList();
    }

    @Test
    void aStateIsReadInAnyCaseWithHyphensForUnderscores() {
        assertThat(Listings.state(null, Listings.COMMITMENT_STATE_NAMES)).isNull();
        assertThat(Listings.state("overdue", Listings.COMMITMENT_STATE_NAMES)).isEqualTo("OVERDUE");
        assertThat(Listings.state("Lapsed", Listings.REQUEST_STATE_NAMES)).isEqualTo("LAPSED");
        assertThat(Listings.state("in-force", Set.of("IN_FORCE"))).isEqualTo("IN_FORCE");
    }

    @Test
    void anUnknownStateIsRefusedNamingTheStatesThereAre() {
        BadQuery refused = refused(() -> Listings.state("lapsed", Listings.COMMITMENT_STATE_NAMES));

        assertThat(refused.rule()).isEqualTo("state");
        assertThat(refused.field()).isEqualTo("state");
        assertThat(refused).hasMessage("state must be one of [abandoned, fulfilled, open, overdue]");
        assertThat(refused(() -> Listings.state("overdue", Listings.REQUEST_STATE_NAMES)))
                .hasMessage("state must be one of [answered, declined, lapsed, open]");
    }

    @Test
    void aDimensionIsReadInAnyCase() {
        assertThat(Listings.dimension("economy")).isEqualTo("ECONOMY");
        assertThat(Listings.dimension("Governance")).isEqualTo("GOVERNANCE");
    }

    @Test
    void anUnknownDimensionIsRefusedNamingTheDimensionsThereAre() {
        BadQuery refused = refused(() -> Listings.dimension("tourism"));

        assertThat(refused.rule()).isEqualTo("dimension");
        assertThat(refused.field()).isEqualTo("dimension");
        assertThat(refused).hasMessage(
                "dimension must be one of [governance, branding, economy, living, society, environment]");
    }

    static BadQuery refused(ThrowingCallable query) {
        BadQuery refused = catchThrowableOfType(BadQuery.class, query);
        assertThat(refused).as("refused").isNotNull();
        return refused;
    }
}
