package id.gotong.agreement;

import id.gotong.events.AgreementEvent.AgreementDrafted;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;

import static id.gotong.agreement.AgreementFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/** What the ledger hashes must not depend on the order a set happens to iterate in. */
class AgreementEventsReadBackFromJsonTest {

    /** Like the application's event serializer: ISO dates, and unknown properties fail. */
    static final Serializer EVENTS = Jackson3Serializer.builder()
            .revisionResolver(new AnnotationRevisionResolver())
            .jsonMapperBuilderCustomizer(b -> b.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
            .build();

    @Test
    void partiesAreWrittenInNameOrderAndReadBackEqual() {
        AgreementDrafted drafted = cooperationAgreementBetween(SHOPEE, DISKOPERIN_UKM, DISBUDPAR);

        SerializedObject<String> json = EVENTS.serialize(drafted, String.class);

        assertThat(json.getData()).contains("\"parties\":[\"" + DISBUDPAR + "\",\"" + DISKOPERIN_UKM + "\",\""
                + SHOPEE + "\"]", "\"validUntil\":\"2023-11-30\"", "\"kind\":\"COOPERATION_AGREEMENT\"");
        assertThat(json.getType().getRevision()).isEqualTo("1");
        assertThat((AgreementDrafted) EVENTS.deserialize(json)).isEqualTo(drafted);
    }
}
