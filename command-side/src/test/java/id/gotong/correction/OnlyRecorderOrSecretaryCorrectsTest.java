package id.gotong.correction;

import id.gotong.act.NotPermitted;
import org.junit.jupiter.api.Test;

import static id.gotong.correction.CorrectionFixture.*;
import static id.gotong.act.Refusals.refusedBy;

class OnlyRecorderOrSecretaryCorrectsTest {

    @Test
    void givenBappedaRecordedIt_whenBappedaCorrects_thenRecordCorrected() {
        corrections().givenNoPriorActivity()
                .when(correctingSpbe2023By(BAPPEDA_TOBA))
                .expectEvents(spbe2023CorrectedBy(BAPPEDA_TOBA));
    }

    @Test
    void givenDiskominfoIsSecretary_whenDiskominfoCorrectsBappedasRecord_thenRecordCorrected() {
        corrections().givenNoPriorActivity()
                .when(correctingSpbe2023By(DISKOMINFO_TOBA))
                .expectEvents(spbe2023CorrectedBy(DISKOMINFO_TOBA));
    }

    @Test
    void givenItDelIsPlainMember_whenItDelCorrectsBappedasRecord_thenNotPermitted() {
        corrections().givenNoPriorActivity()
                .when(correctingSpbe2023By(IT_DEL))
                .expectException(refusedBy(NotPermitted.class, "recorder-or-secretary-corrects", null))
                .expectNoEvents();
    }
}
