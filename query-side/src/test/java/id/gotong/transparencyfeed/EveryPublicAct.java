package id.gotong.transparencyfeed;

import id.gotong.events.AgreementEvent.AgreementAmended;
import id.gotong.events.AgreementEvent.AgreementCameIntoForce;
import id.gotong.events.AgreementEvent.AgreementDrafted;
import id.gotong.events.AgreementEvent.AgreementExpired;
import id.gotong.events.AgreementEvent.AgreementSigned;
import id.gotong.events.AgreementEvent.AgreementTerminated;
import id.gotong.events.AgreementKind;
import id.gotong.events.CollaborationAct;
import id.gotong.events.CollaborationEvent.CollaborationRegistered;
import id.gotong.events.CollaborationEvent.DriverKind;
import id.gotong.events.CollaborationEvent.DriverRecorded;
import id.gotong.events.CollaborationEvent.EventCalendarPublished;
import id.gotong.events.CollaborationEvent.LeadershipChanged;
import id.gotong.events.CollaborationEvent.MemberAdmitted;
import id.gotong.events.CollaborationEvent.MemberRoleChanged;
import id.gotong.events.CollaborationEvent.MemberWithdrew;
import id.gotong.events.CollaborationEvent.PlannedEvent;
import id.gotong.events.CommitmentEvent.CommitmentAbandoned;
import id.gotong.events.CommitmentEvent.CommitmentBecameOverdue;
import id.gotong.events.CommitmentEvent.CommitmentFulfilled;
import id.gotong.events.CommitmentEvent.CommitmentPledged;
import id.gotong.events.CorrectionEvent.RecordCorrected;
import id.gotong.events.InformationRequestEvent.InformationRequestAnswered;
import id.gotong.events.InformationRequestEvent.InformationRequestDeclined;
import id.gotong.events.InformationRequestEvent.InformationRequestLapsed;
import id.gotong.events.InformationRequestEvent.InformationRequested;
import id.gotong.events.MeetingCadence;
import id.gotong.events.MeetingEvent.Attendance;
import id.gotong.events.MeetingEvent.AttendanceRecorded;
import id.gotong.events.MeetingEvent.AttendanceStatus;
import id.gotong.events.MeetingEvent.Channel;
import id.gotong.events.MeetingEvent.Formality;
import id.gotong.events.MeetingEvent.MeetingCancelled;
import id.gotong.events.MeetingEvent.MeetingClosed;
import id.gotong.events.MeetingEvent.MeetingConvened;
import id.gotong.events.MeetingEvent.MinutesRecorded;
import id.gotong.events.OutcomeEvent.OutcomeConfirmed;
import id.gotong.events.OutcomeEvent.OutcomeDisputed;
import id.gotong.events.OutcomeEvent.OutcomeReported;
import id.gotong.events.Provenance;
import id.gotong.events.Role;
import id.gotong.events.Sector;
import id.gotong.events.SharedGoalEvent.DissentRecorded;
import id.gotong.events.SharedGoalEvent.GoalKind;
import id.gotong.events.SharedGoalEvent.SharedGoalEndorsed;
import id.gotong.events.SharedGoalEvent.SharedGoalProposed;
import id.gotong.events.SharedGoalEvent.SharedGoalRevised;
import id.gotong.events.PersonalData;
import id.gotong.events.SmartCityDimension;
import id.gotong.events.TheoryElement;
import id.gotong.projection.Entry;
import id.gotong.projection.Projector;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Test fixture: one recorded event of every type a feed publishes (two of {@code MemberWithdrew}: leaving, and being
 * withdrawn), in the Toba case, with a private person's name written into every field the feeds withhold, and the
 * directory the mapping looks organisations and origins up in.
 */
final class EveryPublicAct {

    /** A private individual: the representative who attended, named in notes and reasons. */
    static final String PRIVATE_PERSON = "Budi Santoso";
    static final String COLLABORATION = "toba-smart-governance";
    static final String DISKOMINFO = "stk-diskominfo-toba";
    static final String IT_DEL = "stk-it-del";
    static final String RRI = "stk-rri-sibolga";
    static final String BAPPEDA = "stk-bappeda-toba";
    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final Instant RECORDED = Instant.parse("2024-07-01T03:00:00.123456Z");

    static final Map<String, Party> ORGANISATIONS = Map.of(
            DISKOMINFO, new Party(DISKOMINFO, "Diskominfo Kabupaten Toba", Sector.GOVERNMENT, true),
            IT_DEL, new Party(IT_DEL, "Institut Teknologi Del", Sector.ACADEMIA, true),
            RRI, new Party(RRI, "RRI Sibolga", Sector.MEDIA, true),
            BAPPEDA, new Party(BAPPEDA, "Bappeda Kabupaten Toba", Sector.GOVERNMENT, true),
            "system", new Party("system", Party.SYSTEM_NAME, null, false));

    private EveryPublicAct() {
    }

    static Provenance by(String actor, String occurredAt) {
        return new Provenance(actor, COLLABORATION, Instant.parse(occurredAt), RECORDED, null,
                Set.of(TheoryElement.AG_FACE_TO_FACE_DIALOGUE));
    }

    static Provenance byOnAuthority(String actor, String occurredAt, String authority) {
        return new Provenance(actor, COLLABORATION, Instant.parse(occurredAt), RECORDED, authority,
                Set.of(TheoryElement.AG_INSTITUTIONAL_DESIGN, TheoryElement.EN_CAPACITY_PROCEDURAL_ARRANGEMENTS));
    }

    static String mentioning(String text) {
        return text + " (disampaikan oleh " + PRIVATE_PERSON + ")";
    }

    static List<CollaborationAct> events() {
        String meeting = "mtg-forum-spbe";
        String goal = "goal-spbe";
        String agreement = "agr-mou-rri";
        String commitment = "cmt-assessment";
        String request = "req-sme-data";
        String outcome = "out-spbe-2023";
        return List.of(
                new CollaborationRegistered(COLLABORATION, byOnAuthority(DISKOMINFO, "2022-03-01T00:00:00Z",
                        "Keputusan Bupati Toba 724/2022"), "Toba Smart Governance", "Kabupaten Toba",
                        Set.of(SmartCityDimension.GOVERNANCE), List.of("Keputusan Bupati Toba 724/2022"), DISKOMINFO,
                        MeetingCadence.YEARLY),
                new MemberAdmitted(COLLABORATION, by(DISKOMINFO, "2022-03-02T00:00:00Z"), IT_DEL, Role.MEMBER),
                new MemberRoleChanged(COLLABORATION, by(DISKOMINFO, "2022-03-03T00:00:00Z"), IT_DEL, Role.MEMBER,
                        Role.WORKING_GROUP_COORDINATOR),
                new MemberWithdrew(COLLABORATION, by(RRI, "2022-03-04T00:00:00Z"), RRI, Role.MEMBER,
                        mentioning("Direktur baru")),
                new MemberWithdrew(COLLABORATION, by(BAPPEDA, "2022-03-05T00:00:00Z"), IT_DEL, Role.MEMBER,
                        mentioning("Tidak aktif")),
                new LeadershipChanged(COLLABORATION, by(DISKOMINFO, "2022-03-06T00:00:00Z"), DISKOMINFO,
                        Role.STEERING, BAPPEDA, mentioning("Mutasi pejabat")),
                new DriverRecorded(COLLABORATION, by(BAPPEDA, "2022-03-07T00:00:00Z"), DriverKind.RESOURCE_GAP,
                        mentioning("Anggaran belum tersedia")),
                new EventCalendarPublished(COLLABORATION, by(BAPPEDA, "2022-03-08T00:00:00Z"),
                        List.of(new PlannedEvent("Festival Danau Toba", LocalDate.parse("2022-08-17"),
                                mentioning("Panitia")))),
                new MeetingConvened(meeting, by(BAPPEDA, "2024-02-01T02:00:00Z"), "Forum SPBE",
                        List.of(mentioning("Paparan evaluasi SPBE")), Instant.parse("2024-02-15T02:00:00Z"),
                        Formality.FORMAL, Channel.IN_PERSON, Set.of(DISKOMINFO, IT_DEL, BAPPEDA)),
                new MeetingCancelled(meeting, by(BAPPEDA, "2024-02-02T00:00:00Z"), mentioning("Sakit")),
                new AttendanceRecorded(meeting, by(BAPPEDA, "2024-02-15T05:00:00Z"),
                        List.of(new Attendance(DISKOMINFO, AttendanceStatus.PRESENT, null),
                                new Attendance(IT_DEL, AttendanceStatus.REPRESENTED,
                                        PersonalData.of("ds-budi-santoso", PRIVATE_PERSON)),
                                new Attendance(RRI, AttendanceStatus.ABSENT, null))),
                new MinutesRecorded(meeting, by(BAPPEDA, "2024-02-15T06:00:00Z"), mentioning("Ringkasan"),
                        mentioning("Catatan musyawarah"), List.of(mentioning("Keputusan 1"), "Keputusan 2")),
                new MeetingClosed(meeting, by(BAPPEDA, "2024-02-15T07:00:00Z")),
                new SharedGoalProposed(goal, by(DISKOMINFO, "2024-03-01T00:00:00Z"), GoalKind.GOAL,
                        "Indeks SPBE di atas batas minimal nasional", 1),
                new SharedGoalEndorsed(goal, by(IT_DEL, "2024-03-02T00:00:00Z"), 1),
                new DissentRecorded(goal, by(RRI, "2024-03-03T00:00:00Z"), 1, mentioning("Tanpa anggaran")),
                new SharedGoalRevised(goal, by(DISKOMINFO, "2024-03-04T00:00:00Z"), 2,
                        "Indeks SPBE 3,39 pada 2026", mentioning("Masukan rapat")),
                new AgreementDrafted(agreement, byOnAuthority(DISKOMINFO, "2024-04-01T00:00:00Z", "Pasal 3"),
                        AgreementKind.MOU, "045/MOU/2024", "Nota Kesepahaman Penyiaran Informasi Publik",
                        Set.of(DISKOMINFO, RRI), mentioning("Ruang lingkup"), LocalDate.parse("2024-04-01"),
                        LocalDate.parse("2025-03-31")),
                new AgreementSigned(agreement, by(RRI, "2024-04-02T00:00:00Z"), 1),
                new AgreementCameIntoForce(agreement, by(DISKOMINFO, "2024-04-03T00:00:00Z"), 1),
                new AgreementAmended(agreement, by(DISKOMINFO, "2024-04-04T00:00:00Z"), 2,
                        mentioning("Ruang lingkup baru"), LocalDate.parse("2025-12-31"), mentioning("Perluasan")),
                new AgreementTerminated(agreement, by(RRI, "2024-04-05T00:00:00Z"), mentioning("Tidak berlanjut")),
                new AgreementExpired(agreement, by("system", "2026-01-01T00:00:00Z"), LocalDate.parse("2025-12-31")),
                new CommitmentPledged(commitment, by(IT_DEL, "2024-03-05T00:00:00Z"), "Asesmen pusat data",
                        LocalDate.parse("2024-04-30"), agreement, meeting, mentioning("Keputusan 1")),
                new CommitmentFulfilled(commitment, by(IT_DEL, "2024-04-20T00:00:00Z"),
                        mentioning("Laporan diserahkan"), true),
                new CommitmentBecameOverdue(commitment, by("system", "2024-05-01T00:00:00Z"),
                        LocalDate.parse("2024-04-30")),
                new CommitmentAbandoned(commitment, by(IT_DEL, "2024-05-02T00:00:00Z"), mentioning("Dana habis")),
                new InformationRequested(request, by(DISKOMINFO, "2024-06-01T00:00:00Z"), RRI, "Data UMKM",
                        LocalDate.parse("2024-06-30")),
                new InformationRequestAnswered(request, by(RRI, "2024-06-20T00:00:00Z"), mentioning("Jawaban"),
                        "https://example.org/" + PRIVATE_PERSON.replace(' ', '-'), true),
                new InformationRequestDeclined(request, by(RRI, "2024-06-21T00:00:00Z"), mentioning("Rahasia")),
                new InformationRequestLapsed(request, by("system", "2024-07-01T00:00:00Z"),
                        LocalDate.parse("2024-06-30")),
                new OutcomeReported(outcome, by(DISKOMINFO, "2024-07-01T00:00:00Z"), "Indeks SPBE", "2023", "2.16",
                        "indeks", "1.69", "3.39", "2.6", "https://example.org/" + PRIVATE_PERSON.replace(' ', '-')),
                new OutcomeConfirmed(outcome, by(IT_DEL, "2024-07-02T00:00:00Z")),
                new OutcomeDisputed(outcome, by(RRI, "2024-07-03T00:00:00Z"), mentioning("Data berbeda")),
                new RecordCorrected("cor-1", by(BAPPEDA, "2024-07-04T00:00:00Z"), UUID.nameUUIDFromBytes(
                        "meeting".getBytes()).toString(), Map.of("title", mentioning("Forum SPBE"),
                        PRIVATE_PERSON, "Diwakili"), mentioning("Salah ketik")));
    }

    /** The events as recorded at positions 100, 101, … */
    static List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        List<CollaborationAct> events = events();
        for (int i = 0; i < events.size(); i++) {
            entries.add(new Entry(100 + i, UUID.nameUUIDFromBytes(("event-" + i).getBytes()).toString(),
                    events.get(i)));
        }
        return entries;
    }

    /** Organisations by id; each origin is the first event of its type about its subject. */
    static PublicActs.Directory directory() {
        Map<String, CollaborationAct> origins = new HashMap<>();
        for (CollaborationAct event : events()) {
            origins.putIfAbsent(event.getClass().getSimpleName() + "/" + Projector.subjectOf(event), event);
        }
        return new PublicActs.Directory() {
            @Override
            public Party party(String stakeholderId) {
                return ORGANISATIONS.get(stakeholderId);
            }

            @Override
            public <T extends CollaborationAct> Optional<T> origin(Class<T> type, String subjectId) {
                return Optional.ofNullable(origins.get(type.getSimpleName() + "/" + subjectId)).map(type::cast);
            }
        };
    }

    static List<PublicAct> publicActs() {
        PublicActs acts = new PublicActs(JAKARTA);
        PublicActs.Directory directory = directory();
        return entries().stream().map(entry -> acts.of(entry, directory)).toList();
    }

    static PublicAct publicAct(Class<?> type) {
        return publicActs().stream().filter(act -> act.eventType().equals(type.getSimpleName())).findFirst()
                .orElseThrow();
    }
}
