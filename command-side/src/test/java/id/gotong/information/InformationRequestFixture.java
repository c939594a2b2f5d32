package id.gotong.information;

import id.gotong.act.Acts;
import id.gotong.act.FakeMembership;
import id.gotong.events.CollaborationAct;
import id.gotong.events.InformationRequestEvent.InformationRequestAnswered;
import id.gotong.events.InformationRequestEvent.InformationRequestDeclined;
import id.gotong.events.InformationRequestEvent.InformationRequestLapsed;
import id.gotong.events.InformationRequestEvent.InformationRequested;
import id.gotong.events.Provenance;
import id.gotong.events.Role;
import org.axonframework.test.aggregate.AggregateTestFixture;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Seed 000: Surakarta asked PT Shopee for data on the SMEs selling on its platform and never got an answer. */
final class InformationRequestFixture {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final Instant NOW = wib("2023-03-01T09:00");

    static final String SURAKARTA = "surakarta-smart-branding";
    static final String DISKOPERIN_UKM = "diskoperin-ukm-surakarta";
    static final String DISBUDPAR = "disbudpar-surakarta";
    static final String SHOPEE = "pt-shopee-international-indonesia";
    static final String TELKOM = "pt-telkom";

    static final String REQUEST = "sme-sales-data-2022";
    static final String SUBJECT = "Sales of Surakarta SMEs on Shopee in 2022, per SME";
    static final LocalDate DUE_ON = LocalDate.of(2023, 3, 31);
    static final String ANSWER = "Sales per SME for 2022, aggregated by sub-district";
    static final String LINK = "https://drive.example/shopee-umkm-surakarta-2022.xlsx";

    private InformationRequestFixture() {
    }

    static Instant wib(String localTime) {
        return LocalDateTime.parse(localTime).atZone(WIB).toInstant();
    }

    static AggregateTestFixture<InformationRequest> requests() {
        return requestsAt(NOW);
    }

    /** @param now a local time in Surakarta, e.g. "2023-04-01T00:30" */
    static AggregateTestFixture<InformationRequest> requestsOn(String now) {
        return requestsAt(wib(now));
    }

    private static AggregateTestFixture<InformationRequest> requestsAt(Instant now) {
        AggregateTestFixture<InformationRequest> fixture = new AggregateTestFixture<>(InformationRequest.class);
        fixture.registerInjectableResource(Clock.fixed(now, WIB));
        fixture.registerInjectableResource(new FakeMembership()
                .member(SURAKARTA, DISBUDPAR, Role.CHAIR)
                .member(SURAKARTA, DISKOPERIN_UKM)
                .member(SURAKARTA, SHOPEE)
                .stakeholder(TELKOM));
        return fixture;
    }

    static RequestInformation requesting(String actor, String requestedFrom) {
        return new RequestInformation(REQUEST, actor, null, SURAKARTA, requestedFrom, SUBJECT, DUE_ON);
    }

    static InformationRequested diskoperinAskedShopeeForSmeSalesData() {
        return new InformationRequested(REQUEST, recorded(InformationRequested.class, DISKOPERIN_UKM, NOW, NOW),
                SHOPEE, SUBJECT, DUE_ON);
    }

    static AnswerInformationRequest answering(String actor, Instant occurredAt) {
        return new AnswerInformationRequest(REQUEST, actor, occurredAt, ANSWER, LINK);
    }

    static InformationRequestAnswered shopeeAnswered(Instant occurredAt, Instant recordedAt, boolean onTime) {
        return new InformationRequestAnswered(REQUEST,
                recorded(InformationRequestAnswered.class, SHOPEE, occurredAt, recordedAt), ANSWER, LINK, onTime);
    }

    static DeclineInformationRequest declining(String actor) {
        return new DeclineInformationRequest(REQUEST, actor, null, "Seller data is confidential under our policy");
    }

    static InformationRequestDeclined shopeeDeclined() {
        return new InformationRequestDeclined(REQUEST, recorded(InformationRequestDeclined.class, SHOPEE, NOW, NOW),
                "Seller data is confidential under our policy");
    }

    /** As the system records it at {@code recordedAt}: it happened when the due day ended in Surakarta. */
    static InformationRequestLapsed lapsed(Instant recordedAt) {
        return new InformationRequestLapsed(REQUEST, recorded(InformationRequestLapsed.class,
                InformationRequest.SYSTEM, wib("2023-04-01T00:00"), recordedAt), DUE_ON);
    }

    static Provenance recorded(Class<? extends CollaborationAct> type, String actor, Instant occurredAt,
                               Instant recordedAt) {
        return new Provenance(actor, SURAKARTA, occurredAt, recordedAt, null, Acts.evidencesOf(type));
    }

}
