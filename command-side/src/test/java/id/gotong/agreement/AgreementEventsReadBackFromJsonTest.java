package id.gotong.agreement;

import id.gotong.eventjson.EventJson;
import id.gotong.events.AgreementEvent.AgreementDrafted;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;

import static id.gotong.agreement.AgreementFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/** What the ledger hashes must not depend on the order a set happens to iterate in. */
class AgreementEventsReadBackFromJsonTest {

    /** The application's event serializer, without the personal-data sealing the store adds. */
    static final Serializer EVENTS = EventJson.serializer();

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
