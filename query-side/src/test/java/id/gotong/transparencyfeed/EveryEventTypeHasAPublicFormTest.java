package id.gotong.transparencyfeed;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import id.gotong.events.CollaborationAct;
import id.gotong.events.StakeholderEvent.StakeholderRegistered;
import id.gotong.transparencyfeed.PublicAct.Verb;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static id.gotong.transparencyfeed.PublicAct.Verb.ACCEPT;
import static id.gotong.transparencyfeed.PublicAct.Verb.ADD;
import static id.gotong.transparencyfeed.PublicAct.Verb.CREATE;
import static id.gotong.transparencyfeed.PublicAct.Verb.LEAVE;
import static id.gotong.transparencyfeed.PublicAct.Verb.REJECT;
import static id.gotong.transparencyfeed.PublicAct.Verb.REMOVE;
import static id.gotong.transparencyfeed.PublicAct.Verb.UPDATE;
import static org.assertj.core.api.Assertions.assertThat;

/** Every collaboration event becomes a feed item with a standard verb, a title, a summary and its published fields. */
class EveryEventTypeHasAPublicFormTest {

    @Test
    void theFeedsDecideEveryCollaborationEventOfTheContractAndNothingElse() {
        Set<String> contract = new ClassFileImporter().importPackages("id.gotong.events").stream()
                .filter(JavaClass::isRecord)
                .filter(c -> c.isAssignableTo(CollaborationAct.class))
                .map(JavaClass::getSimpleName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(contract).as("the rule looks at classes that exist").hasSizeGreaterThan(30);
        contract.remove(StakeholderRegistered.class.getSimpleName());
        assertThat(Publication.eventTypes()).extracting(Class::getSimpleName)
                .containsExactlyInAnyOrderElementsOf(contract);
    }

    @Test
    void everyPublishedTypeHasAPublicFormAndOnlyRegistrationsAreNeverPublished() {
        assertThat(PublicActs.formed()).containsExactlyInAnyOrderElementsOf(Publication.eventTypes());
        assertThat(Publication.NOT_PUBLISHED).containsOnlyKeys(StakeholderRegistered.class);
    }

    @Test
    void theFixtureHasOneOfEachDecidedType() {
        assertThat(EveryPublicAct.events().stream().<Class<?>>map(e -> e.getClass()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(Publication.eventTypes());
    }

    @Test
    void eachActGetsTheVerbACommonActivityStreamsConsumerUnderstands() {
        Map<String, Verb> expected = new LinkedHashMap<>();
        expected.put("CollaborationRegistered", CREATE);
        expected.put("MemberAdmitted", ADD);
        expected.put("MemberRoleChanged", UPDATE);
        expected.put("LeadershipChanged", UPDATE);
        expected.put("DriverRecorded", CREATE);
        expected.put("EventCalendarPublished", CREATE);
        expected.put("MeetingConvened", CREATE);
        expected.put("MeetingCancelled", UPDATE);
        expected.put("AttendanceRecorded", UPDATE);
        expected.put("MinutesRecorded", CREATE);
        expected.put("MeetingClosed", UPDATE);
        expected.put("SharedGoalProposed", CREATE);
        expected.put("SharedGoalEndorsed", ACCEPT);
        expected.put("DissentRecorded", REJECT);
        expected.put("SharedGoalRevised", UPDATE);
        expected.put("AgreementDrafted", CREATE);
        expected.put("AgreementSigned", ACCEPT);
        expected.put("AgreementCameIntoForce", UPDATE);
        expected.put("AgreementAmended", UPDATE);
        expected.put("AgreementTerminated", UPDATE);
        expected.put("AgreementExpired", UPDATE);
        expected.put("CommitmentPledged", CREATE);
        expected.put("CommitmentFulfilled", UPDATE);
        expected.put("CommitmentBecameOverdue", UPDATE);
        expected.put("CommitmentAbandoned", UPDATE);
        expected.put("InformationRequested", CREATE);
        expected.put("InformationRequestAnswered", UPDATE);
        expected.put("InformationRequestDeclined", REJECT);
        expected.put("InformationRequestLapsed", UPDATE);
        expected.put("OutcomeReported", CREATE);
        expected.put("OutcomeConfirmed", ACCEPT);
        expected.put("OutcomeDisputed", REJECT);
        expected.put("RecordCorrected", UPDATE);
        List<PublicAct> acts = EveryPublicAct.publicActs();
        for (PublicAct act : acts) {
            if (act.eventType().equals("MemberWithdrew")) {
                continue;
            }
            assertThat(act.verb()).as(act.eventType()).isEqualTo(expected.get(act.eventType()));
        }
        assertThat(acts).filteredOn(act -> act.eventType().equals("MemberWithdrew")).extracting(PublicAct::verb)
                .containsExactly(LEAVE, REMOVE);
    }

    @Test
    void eachActHasItsProvenanceATitleASummaryAndExactlyItsPublishedFields() {
        for (PublicAct act : EveryPublicAct.publicActs()) {
            assertThat(act.title()).as(act.eventType()).isNotBlank();
            assertThat(act.summary()).as(act.eventType()).isNotBlank().endsWith(".");
            assertThat(act.collaboration().id()).isEqualTo(EveryPublicAct.COLLABORATION);
            assertThat(act.collaboration().name()).isEqualTo("Toba Smart Governance");
            assertThat(act.evidences()).isNotEmpty();
            List<String> published = Publication.fields(type(act)).published().stream()
                    .map(path -> path.split("[\\[{]")[0]).distinct().toList();
            assertThat(act.details().keySet()).as(act.eventType()).containsExactlyElementsOf(published);
        }
    }

    @Test
    void addPutsTheMemberIntoTheCollaborationAndRemoveTakesItOut() {
        PublicAct admitted = EveryPublicAct.publicAct(id.gotong.events.CollaborationEvent.MemberAdmitted.class);
        assertThat(admitted.object().kind()).isEqualTo(PublicAct.Kind.ORGANISATION);
        assertThat(admitted.object().name()).isEqualTo("Institut Teknologi Del");
        assertThat(admitted.target().kind()).isEqualTo(PublicAct.Kind.COLLABORATION);
        PublicAct removed = EveryPublicAct.publicActs().stream().filter(a -> a.verb() == REMOVE).findFirst()
                .orElseThrow();
        assertThat(removed.actor().name()).isEqualTo("Bappeda Kabupaten Toba");
        assertThat(removed.target().id()).isEqualTo(EveryPublicAct.COLLABORATION);
    }

    @Test
    void aFollowUpActNamesWhatItActsOnFromTheEventThatCreatedIt() {
        PublicAct signed = EveryPublicAct.publicAct(id.gotong.events.AgreementEvent.AgreementSigned.class);
        assertThat(signed.object().name()).isEqualTo("Nota Kesepahaman Penyiaran Informasi Publik");
        PublicAct attendance = EveryPublicAct.publicAct(id.gotong.events.MeetingEvent.AttendanceRecorded.class);
        assertThat(attendance.object().name()).isEqualTo("Forum SPBE");
        assertThat(attendance.object().startTime()).hasToString("2024-02-15T02:00:00Z");
    }

    private static Class<?> type(PublicAct act) {
        return Publication.eventTypes().stream().filter(t -> t.getSimpleName().equals(act.eventType())).findFirst()
                .orElseThrow();
    }
}
