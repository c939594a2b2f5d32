package id.gotong.transparencyfeed;

import id.gotong.events.AgreementEvent.AgreementSigned;
import id.gotong.events.CollaborationEvent.MemberAdmitted;
import id.gotong.events.CommitmentEvent.CommitmentBecameOverdue;
import id.gotong.events.InformationRequestEvent.InformationRequestLapsed;
import id.gotong.events.MeetingEvent.AttendanceRecorded;
import id.gotong.events.MeetingEvent.MeetingConvened;
import id.gotong.events.OutcomeEvent.OutcomeReported;
import id.gotong.events.Role;
import id.gotong.events.SharedGoalEvent.DissentRecorded;
import id.gotong.events.SharedGoalEvent.SharedGoalEndorsed;
import id.gotong.projection.Entry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The feeds speak Indonesian, name organisations and what was acted on, and write dates in the server's zone. */
class SummariesReadAsIndonesianSentencesTest {

    @Test
    void aConvenedMeetingSaysWhoInvitedHowManyToWhatAndWhenInJakartaTime() {
        PublicAct act = EveryPublicAct.publicAct(MeetingConvened.class);
        assertThat(act.title()).isEqualTo("Undangan rapat: Forum SPBE");
        assertThat(act.summary()).isEqualTo("Bappeda Kabupaten Toba mengundang 3 pihak ke rapat resmi “Forum SPBE”"
                + " secara tatap muka pada 15 Februari 2024 pukul 09.00 WIB.");
    }

    @Test
    void attendanceIsCountedByStatus() {
        assertThat(EveryPublicAct.publicAct(AttendanceRecorded.class).summary()).isEqualTo(
                "Bappeda Kabupaten Toba mencatat kehadiran rapat “Forum SPBE”: 1 pihak hadir, 1 diwakili,"
                        + " 1 tidak hadir.");
    }

    @Test
    void aSignatureNamesTheAgreementFromItsDraft() {
        assertThat(EveryPublicAct.publicAct(AgreementSigned.class).summary()).isEqualTo("RRI Sibolga menandatangani"
                + " nota kesepahaman “Nota Kesepahaman Penyiaran Informasi Publik” versi 1.");
    }

    @Test
    void anOverdueCommitmentIsGotongsActAndNamesThePledger() {
        PublicAct act = EveryPublicAct.publicAct(CommitmentBecameOverdue.class);
        assertThat(act.actor().organisation()).isFalse();
        assertThat(act.actor().name()).isEqualTo("Gotong (sistem)");
        assertThat(act.summary()).isEqualTo(
                "Komitmen “Asesmen pusat data” dari Institut Teknologi Del melewati tenggat 30 April 2024.");
    }

    @Test
    void aLapsedRequestNamesTheOrganisationThatDidNotAnswer() {
        assertThat(EveryPublicAct.publicAct(InformationRequestLapsed.class).summary()).isEqualTo(
                "Permintaan informasi “Data UMKM” kepada RRI Sibolga tidak dijawab hingga 30 Juni 2024.");
    }

    @Test
    void aStanceOnAGoalQuotesTheStatementOfThatVersion() {
        assertThat(EveryPublicAct.publicAct(SharedGoalEndorsed.class).summary()).isEqualTo(
                "Institut Teknologi Del mendukung tujuan bersama “Indeks SPBE di atas batas minimal nasional”.");
        assertThat(EveryPublicAct.publicAct(DissentRecorded.class).title()).isEqualTo("Keberatan atas tujuan bersama");
    }

    @Test
    void aReportedOutcomeGivesTheValueAsReportedAndTheTarget() {
        assertThat(EveryPublicAct.publicAct(OutcomeReported.class).summary()).isEqualTo(
                "Diskominfo Kabupaten Toba melaporkan Indeks SPBE 2023: 2.16 indeks (target 3.39).");
    }

    @Test
    void theLeadAdmittedWithTheRegistrationBecomesItsPersonInCharge() {
        PublicActs acts = new PublicActs(EveryPublicAct.JAKARTA);
        PublicAct lead = acts.of(new Entry(7, "e-7", new MemberAdmitted(EveryPublicAct.COLLABORATION,
                EveryPublicAct.by(EveryPublicAct.DISKOMINFO, "2022-03-01T00:00:00Z"), EveryPublicAct.DISKOMINFO,
                Role.PERSON_IN_CHARGE)), EveryPublicAct.directory());
        assertThat(lead.summary())
                .isEqualTo("Diskominfo Kabupaten Toba menjadi penanggung jawab dalam “Toba Smart Governance”.");
        assertThat(EveryPublicAct.publicAct(MemberAdmitted.class).summary()).isEqualTo("Diskominfo Kabupaten Toba"
                + " menerima Institut Teknologi Del sebagai anggota dalam “Toba Smart Governance”.");
    }

    @Test
    void leavingAndBeingWithdrawnReadDifferently() {
        assertThat(EveryPublicAct.publicActs()).filteredOn(act -> act.eventType().equals("MemberWithdrew"))
                .extracting(PublicAct::summary)
                .containsExactly("RRI Sibolga keluar dari “Toba Smart Governance”.",
                        "Bappeda Kabupaten Toba mengeluarkan Institut Teknologi Del dari “Toba Smart Governance”.");
    }
}
