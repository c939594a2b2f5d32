package id.gotong.agreement;

import id.gotong.act.Acts;
import id.gotong.act.FakeMembership;
import id.gotong.events.AgreementEvent.AgreementAmended;
import id.gotong.events.AgreementEvent.AgreementCameIntoForce;
import id.gotong.events.AgreementEvent.AgreementDrafted;
import id.gotong.events.AgreementEvent.AgreementExpired;
import id.gotong.events.AgreementEvent.AgreementSigned;
import id.gotong.events.AgreementEvent.AgreementTerminated;
import id.gotong.events.AgreementKind;
import id.gotong.events.CollaborationAct;
import id.gotong.events.Provenance;
import id.gotong.events.Role;
import org.axonframework.test.aggregate.AggregateTestFixture;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;

/** Surakarta's cooperation agreement with PT Shopee International Indonesia, No. 515.13/1306/2021 (seed 000). */
final class AgreementFixture {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final Instant NOW = Instant.parse("2023-06-15T02:00:00Z");

    static final String SURAKARTA = "surakarta-smart-branding";
    static final String DISBUDPAR = "disbudpar-surakarta";
    static final String DISKOPERIN_UKM = "diskoperin-ukm-surakarta";
    static final String DISKOMINFO = "diskominfo-sp-surakarta";
    static final String SHOPEE = "pt-shopee-international-indonesia";
    /** Bekasi's partner, not a member of Surakarta's collaboration. */
    static final String TELKOM = "pt-telkom";

    static final String AGREEMENT = "surakarta-shopee-pks";
    static final String NUMBER = "515.13/1306/2021";
    static final String TITLE = "Perjanjian kerja sama pengembangan UMKM Kota Surakarta melalui Shopee";
    static final String TERMS = "Shopee trains Surakarta SMEs to sell online; Diskoperin UKM selects the SMEs";
    static final LocalDate VALID_FROM = LocalDate.of(2021, 12, 1);
    static final LocalDate VALID_UNTIL = LocalDate.of(2023, 11, 30);

    private AgreementFixture() {
    }

    static AggregateTestFixture<Agreement> agreements() {
        return agreementsAt(NOW);
    }

    /** @param wib a local time in Surakarta, e.g. "2023-12-01T00:30" */
    static AggregateTestFixture<Agreement> agreementsOn(String wib) {
        return agreementsAt(wib(wib));
    }

    static Instant wib(String localTime) {
        return LocalDateTime.parse(localTime).atZone(WIB).toInstant();
    }

    private static AggregateTestFixture<Agreement> agreementsAt(Instant now) {
        AggregateTestFixture<Agreement> fixture = new AggregateTestFixture<>(Agreement.class);
        fixture.registerInjectableResource(Clock.fixed(now, WIB));
        fixture.registerInjectableResource(new FakeMembership()
                .member(SURAKARTA, DISBUDPAR, Role.CHAIR)
                .member(SURAKARTA, DISKOMINFO, Role.SECRETARY)
                .member(SURAKARTA, DISKOPERIN_UKM)
                .member(SURAKARTA, SHOPEE)
                .stakeholder(TELKOM));
        return fixture;
    }

    static DraftAgreement disbudparDraftsCooperationAgreementBetween(String... parties) {
        return draft(DISBUDPAR, VALID_UNTIL, parties);
    }

    static DraftAgreement draft(String actor, LocalDate validUntil, String... parties) {
        return new DraftAgreement(AGREEMENT, actor, null, SURAKARTA, AgreementKind.COOPERATION_AGREEMENT, NUMBER,
                TITLE, Set.of(parties), TERMS, VALID_FROM, validUntil);
    }

    static AgreementDrafted cooperationAgreementBetween(String... parties) {
        return cooperationAgreementValidUntil(VALID_UNTIL, parties);
    }

    static AgreementDrafted cooperationAgreementValidUntil(LocalDate validUntil, String... parties) {
        return new AgreementDrafted(AGREEMENT, recordedNow(AgreementDrafted.class, DISBUDPAR),
                AgreementKind.COOPERATION_AGREEMENT, NUMBER, TITLE, Set.of(parties), TERMS, VALID_FROM, validUntil);
    }

    static SignAgreement signingBy(String party) {
        return new SignAgreement(AGREEMENT, party, null);
    }

    static AgreementSigned signedBy(String party) {
        return signedBy(party, 1);
    }

    static AgreementSigned signedBy(String party, int version) {
        return new AgreementSigned(AGREEMENT, recordedNow(AgreementSigned.class, party), version);
    }

    static AgreementCameIntoForce inForceOnSignatureOf(String lastSigner, int version) {
        return new AgreementCameIntoForce(AGREEMENT, recordedNow(AgreementCameIntoForce.class, lastSigner), version);
    }

    static AmendAgreement extendingTo(String party, LocalDate validUntil) {
        return new AmendAgreement(AGREEMENT, party, null, TERMS, validUntil, "Extended for the 2024 SME programme");
    }

    static AgreementAmended extendedTo(String party, LocalDate validUntil) {
        return new AgreementAmended(AGREEMENT, recordedNow(AgreementAmended.class, party), 2, TERMS, validUntil,
                "Extended for the 2024 SME programme");
    }

    static AgreementTerminated terminatedBy(String party) {
        return new AgreementTerminated(AGREEMENT, recordedNow(AgreementTerminated.class, party),
                "Programme moved to another marketplace");
    }

    /** As the system records it at {@code recordedAt}: it happened when the validity's last day ended. */
    static AgreementExpired expiredAfter(LocalDate validUntil, Instant recordedAt) {
        Instant endOfValidity = validUntil.plusDays(1).atStartOfDay(WIB).toInstant();
        return new AgreementExpired(AGREEMENT, new Provenance(Agreement.SYSTEM, SURAKARTA, endOfValidity, recordedAt,
                null, Acts.evidencesOf(AgreementExpired.class)), validUntil);
    }

    static Provenance recordedNow(Class<? extends CollaborationAct> type, String actor) {
        return recorded(type, actor, NOW);
    }

    static Provenance recorded(Class<? extends CollaborationAct> type, String actor, Instant occurredAt) {
        return new Provenance(actor, SURAKARTA, occurredAt, NOW, null, Acts.evidencesOf(type));
    }

}
