package id.gotong.researchexport;

import id.gotong.events.Sector;
import id.gotong.events.TheoryElement;
import id.gotong.researchexport.ResearchExport.Row;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The research export as RFC 4180 CSV. */
class ResearchExportTest {

    static final String HEADER = "position,eventId,occurredAt,recordedAt,type,subjectId,actor,actorName,actorSector,"
            + "ansellGash,emersonNabatchi\r\n";
    static final Instant OCCURRED = Instant.parse("2021-03-04T03:00:00Z");
    static final Instant RECORDED = Instant.parse("2024-01-15T02:00:00.123456789Z");

    @Test
    void noRowsIsTheHeaderAlone() {
        assertThat(ResearchExport.csv(List.of())).isEqualTo(HEADER);
    }

    @Test
    void oneLinePerActEndedByCrLfWithTheElementsOfEachModelJoinedBySemicolons() {
        Row row = new Row(7, "evt-7", OCCURRED, RECORDED, "AgreementSigned", "a1", "s-shopee", "PT Shopee",
                Sector.BUSINESS,
                List.of(TheoryElement.AG_COMMITMENT_TO_PROCESS),
                List.of(TheoryElement.EN_SHARED_MOTIVATION_COMMITMENT, TheoryElement.EN_CAPACITY_PROCEDURAL_ARRANGEMENTS));

        assertThat(ResearchExport.csv(List.of(row))).isEqualTo(HEADER
                + "7,evt-7,2021-03-04T03:00:00Z,2024-01-15T02:00:00.123456789Z,AgreementSigned,a1,s-shopee,PT Shopee,"
                + "BUSINESS,AG_COMMITMENT_TO_PROCESS,EN_SHARED_MOTIVATION_COMMITMENT;EN_CAPACITY_PROCEDURAL_ARRANGEMENTS"
                + "\r\n");
    }

    @Test
    void unknownActorAndNoSubjectAreEmptyFields() {
        Row row = new Row(8, "evt-8", OCCURRED, RECORDED, "CommitmentBecameOverdue", null, "system", null, null,
                List.of(), List.of());

        assertThat(ResearchExport.csv(List.of(row))).isEqualTo(HEADER
                + "8,evt-8,2021-03-04T03:00:00Z,2024-01-15T02:00:00.123456789Z,CommitmentBecameOverdue,,system,,,,\r\n");
    }

    @Test
    void fieldsWithACommaAQuoteOrALineBreakAreQuotedAndQuotesDoubled() {
        assertThat(csvWithActorName("Dinas Kominfo, Surakarta")).contains(",\"Dinas Kominfo, Surakarta\",");
        assertThat(csvWithActorName("Komunitas \"Solo Bangkit\"")).contains(",\"Komunitas \"\"Solo Bangkit\"\"\",");
        assertThat(csvWithActorName("Line one\nline two")).contains(",\"Line one\nline two\",");
        assertThat(csvWithActorName("Line one\r\nline two")).contains(",\"Line one\r\nline two\",");
        assertThat(csvWithActorName("Plain name")).contains(",Plain name,");
    }

    @Test
    void everyRecordEndsWithCrLfEvenWhenAFieldHoldsALineBreak() {
        String csv = csvWithActorName("Line one\nline two");

        assertThat(csv).endsWith("\r\n");
        assertThat(csv.split("\r\n", -1)).hasSize(3);
    }

    static String csvWithActorName(String name) {
        return ResearchExport.csv(List.of(new Row(1, "evt-1", OCCURRED, RECORDED, "MeetingClosed", "m1", "s-x", name,
                Sector.COMMUNITY, List.of(TheoryElement.AG_FACE_TO_FACE_DIALOGUE), List.of())));
    }
}
