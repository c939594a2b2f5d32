package id.gotong.transparencyfeed;

import id.gotong.events.AgreementEvent;
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
import id.gotong.events.CommitmentEvent;
import id.gotong.events.CommitmentEvent.CommitmentAbandoned;
import id.gotong.events.CommitmentEvent.CommitmentBecameOverdue;
import id.gotong.events.CommitmentEvent.CommitmentFulfilled;
import id.gotong.events.CommitmentEvent.CommitmentPledged;
import id.gotong.events.CorrectionEvent.RecordCorrected;
import id.gotong.events.InformationRequestEvent;
import id.gotong.events.InformationRequestEvent.InformationRequestAnswered;
import id.gotong.events.InformationRequestEvent.InformationRequestDeclined;
import id.gotong.events.InformationRequestEvent.InformationRequestLapsed;
import id.gotong.events.InformationRequestEvent.InformationRequested;
import id.gotong.events.MeetingEvent;
import id.gotong.events.MeetingEvent.AttendanceRecorded;
import id.gotong.events.MeetingEvent.AttendanceStatus;
import id.gotong.events.MeetingEvent.Channel;
import id.gotong.events.MeetingEvent.MeetingCancelled;
import id.gotong.events.MeetingEvent.MeetingClosed;
import id.gotong.events.MeetingEvent.MeetingConvened;
import id.gotong.events.MeetingEvent.MinutesRecorded;
import id.gotong.events.OutcomeEvent;
import id.gotong.events.OutcomeEvent.OutcomeConfirmed;
import id.gotong.events.OutcomeEvent.OutcomeDisputed;
import id.gotong.events.OutcomeEvent.OutcomeReported;
import id.gotong.events.Provenance;
import id.gotong.events.Role;
import id.gotong.events.SharedGoalEvent;
import id.gotong.events.SharedGoalEvent.DissentRecorded;
import id.gotong.events.SharedGoalEvent.GoalKind;
import id.gotong.events.SharedGoalEvent.SharedGoalEndorsed;
import id.gotong.events.SharedGoalEvent.SharedGoalProposed;
import id.gotong.events.SharedGoalEvent.SharedGoalRevised;
import id.gotong.events.StakeholderEvent.StakeholderRegistered;
import id.gotong.projection.Entry;
import id.gotong.projection.EventSwitch;
import id.gotong.transparencyfeed.PublicAct.Kind;
import id.gotong.transparencyfeed.PublicAct.Subject;
import id.gotong.transparencyfeed.PublicAct.Verb;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static id.gotong.transparencyfeed.PublicAct.Verb.ACCEPT;
import static id.gotong.transparencyfeed.PublicAct.Verb.ADD;
import static id.gotong.transparencyfeed.PublicAct.Verb.CREATE;
import static id.gotong.transparencyfeed.PublicAct.Verb.LEAVE;
import static id.gotong.transparencyfeed.PublicAct.Verb.REJECT;
import static id.gotong.transparencyfeed.PublicAct.Verb.REMOVE;
import static id.gotong.transparencyfeed.PublicAct.Verb.UPDATE;

/**
 * Turns a recorded event into its {@link PublicAct}: the Activity Streams verb and object, the published fields, and
 * a title and summary in Indonesian (the product's default language). The texts use only published fields, names of
 * organisations, and the published fields of the event that created the thing acted on (a signature names the
 * agreement's title from its draft). Plain code: no I/O, everything it may look up comes through a {@link Directory}.
 */
public final class PublicActs {

    /** What the mapping may look up besides the event itself. */
    public interface Directory {

        /** The registered organisation with this stakeholder id, or Gotong itself for {@code system}. */
        Party party(String stakeholderId);

        /** The event that created the thing with this id, if it is of the given type and recorded. */
        <T extends CollaborationAct> Optional<T> origin(Class<T> type, String subjectId);
    }

    /** The event types whose event creates the thing that later acts refer to, by the id of that thing. */
    public static final List<Class<? extends CollaborationAct>> ORIGINS = List.of(CollaborationRegistered.class,
            MeetingConvened.class, SharedGoalProposed.class, AgreementDrafted.class, CommitmentPledged.class,
            InformationRequested.class, OutcomeReported.class);

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);
    private final DateTimeFormatter moment;

    /** @param zone where a reader of the summaries lives: dates and times are written in it */
    public PublicActs(ZoneId zone) {
        this.moment = DateTimeFormatter.ofPattern("d MMMM yyyy 'pukul' HH.mm z", INDONESIAN).withZone(zone);
    }

    private record Text(Verb verb, Subject object, Subject target, String title, String summary) {

        Text(Verb verb, Subject object, String title, String summary) {
            this(verb, object, null, title, summary);
        }
    }

    /** One public form per event type of the contract; this class does not load while a type has none. */
    private static final EventSwitch<Form, Text> FORMS = EventSwitch.<Form, Text>over("The feeds' public forms",
                    CollaborationAct.class)
            .on(CollaborationRegistered.class, Form::of)
            .on(MemberAdmitted.class, Form::of)
            .on(MemberRoleChanged.class, Form::of)
            .on(MemberWithdrew.class, Form::of)
            .on(LeadershipChanged.class, Form::of)
            .on(DriverRecorded.class, Form::of)
            .on(EventCalendarPublished.class, Form::of)
            .on(MeetingConvened.class, Form::of)
            .on(MeetingCancelled.class, Form::of)
            .on(AttendanceRecorded.class, Form::of)
            .on(MinutesRecorded.class, Form::of)
            .on(MeetingClosed.class, Form::of)
            .on(SharedGoalProposed.class, Form::of)
            .on(SharedGoalEndorsed.class, Form::of)
            .on(DissentRecorded.class, Form::of)
            .on(SharedGoalRevised.class, Form::of)
            .on(AgreementDrafted.class, Form::of)
            .on(AgreementSigned.class, Form::of)
            .on(AgreementCameIntoForce.class, Form::of)
            .on(AgreementAmended.class, Form::of)
            .on(AgreementTerminated.class, Form::of)
            .on(AgreementExpired.class, Form::of)
            .on(CommitmentPledged.class, Form::of)
            .on(CommitmentFulfilled.class, Form::of)
            .on(CommitmentBecameOverdue.class, Form::of)
            .on(CommitmentAbandoned.class, Form::of)
            .on(InformationRequested.class, Form::of)
            .on(InformationRequestAnswered.class, Form::of)
            .on(InformationRequestDeclined.class, Form::of)
            .on(InformationRequestLapsed.class, Form::of)
            .on(OutcomeReported.class, Form::of)
            .on(OutcomeConfirmed.class, Form::of)
            .on(OutcomeDisputed.class, Form::of)
            .on(RecordCorrected.class, Form::of)
            .ignore(StakeholderRegistered.class, "a registration is not a collaboration act; Publication "
                    + "publishes none, so the feeds never load one")
            .build();

    /** The event types with a public form; the others of the contract are never published. */
    public static Set<Class<?>> formed() {
        return FORMS.handled();
    }

    public PublicAct of(Entry entry, Directory directory) {
        CollaborationAct event = entry.event();
        Provenance provenance = event.provenance();
        Party actor = directory.party(provenance.actor());
        String collaborationId = provenance.collaborationId();
        String collaborationName = event instanceof CollaborationRegistered registered ? registered.name()
                : directory.origin(CollaborationRegistered.class, collaborationId)
                .map(CollaborationRegistered::name).orElse(collaborationId);
        Subject collaboration = Subject.of(Kind.COLLABORATION, collaborationId, collaborationName);
        Map<String, Object> details = Publication.details(event, directory::party);
        Text text = FORMS.apply(new Form(actor, collaboration, directory), event);
        return new PublicAct(entry.position(), entry.eventId(), entry.type(), text.verb(), actor, text.object(),
                text.target(), collaboration, provenance.occurredAt(), provenance.recordedAt(),
                provenance.authority(), List.copyOf(provenance.evidences()), details, text.title(), text.summary());
    }

    /** What a follow-up act is about, named from the event that created it when that is recorded. */
    private record About(String name, Subject subject) {
    }

    /** The public form of one event: who acted, in which collaboration, and what may be looked up. */
    private final class Form {
        private final Party actor;
        private final Subject collaboration;
        private final Directory directory;

        Form(Party actor, Subject collaboration, Directory directory) {
            this.actor = actor;
            this.collaboration = collaboration;
            this.directory = directory;
        }

        private String in() {
            return " dalam " + quote(collaboration.name());
        }

        Text of(CollaborationRegistered e) {
            return new Text(CREATE, collaboration, "Kolaborasi didaftarkan: " + e.name(), actor.name()
                    + " mendaftarkan kolaborasi " + quote(e.name()) + (e.region() == null ? "" : " di " + e.region())
                    + ".");
        }

        Text of(MemberAdmitted e) {
            Party member = directory.party(e.stakeholderId());
            String admitted = member.id().equals(actor.id()) ? member.name() + " menjadi " + role(e.role())
                    : actor.name() + " menerima " + member.name() + " sebagai " + role(e.role());
            return new Text(ADD, organisation(member), collaboration, "Anggota baru: " + member.name(),
                    admitted + in() + ".");
        }

        Text of(MemberRoleChanged e) {
            Party member = directory.party(e.stakeholderId());
            return new Text(UPDATE, organisation(member), "Peran berubah: " + member.name(), actor.name()
                    + " mengubah peran " + member.name() + " dari " + role(e.previousRole()) + " menjadi "
                    + role(e.role()) + in() + ".");
        }

        Text of(MemberWithdrew e) {
            Party member = directory.party(e.stakeholderId());
            if (member.id().equals(actor.id())) {
                return new Text(LEAVE, collaboration, "Anggota keluar: " + member.name(),
                        member.name() + " keluar dari " + quote(collaboration.name()) + ".");
            }
            return new Text(REMOVE, organisation(member), collaboration, "Anggota dikeluarkan: " + member.name(),
                    actor.name() + " mengeluarkan " + member.name() + " dari " + quote(collaboration.name()) + ".");
        }

        Text of(LeadershipChanged e) {
            Party previous = directory.party(e.previousLeadStakeholderId());
            Party next = directory.party(e.newLeadStakeholderId());
            return new Text(UPDATE, collaboration, "Kepemimpinan beralih ke " + next.name(), actor.name()
                    + " mengalihkan kepemimpinan" + in() + " dari " + previous.name() + " kepada " + next.name()
                    + "; " + previous.name() + " tetap sebagai " + role(e.previousLeadStaysAs()) + ".");
        }

        Text of(DriverRecorded e) {
            return new Text(CREATE, Subject.of(Kind.DRIVER, null, driver(e.kind())),
                    "Faktor pendorong dicatat: " + driver(e.kind()),
                    actor.name() + " mencatat faktor pendorong berupa " + driver(e.kind()) + in() + ".");
        }

        Text of(EventCalendarPublished e) {
            return new Text(CREATE, Subject.of(Kind.CALENDAR, null, "Kalender kegiatan"), "Kalender kegiatan terbit",
                    actor.name() + " menerbitkan kalender kegiatan berisi " + e.entries().size() + " kegiatan"
                            + in() + ".");
        }

        private About meeting(MeetingEvent event) {
            Optional<MeetingConvened> convened = event instanceof MeetingConvened c ? Optional.of(c)
                    : directory.origin(MeetingConvened.class, event.meetingId());
            String title = convened.map(MeetingConvened::title).orElse(event.meetingId());
            return new About(title, new Subject(Kind.MEETING, event.meetingId(), title,
                    convened.map(MeetingConvened::scheduledAt).orElse(null)));
        }

        Text of(MeetingConvened e) {
            About meeting = meeting(e);
            String title = meeting.name();
            return new Text(CREATE, meeting.subject(), "Undangan rapat: " + title, actor.name() + " mengundang "
                    + e.invitees().size() + " pihak ke rapat " + formality(e) + " " + quote(title) + " "
                    + channel(e.channel()) + " pada " + moment.format(e.scheduledAt()) + ".");
        }

        Text of(MeetingCancelled e) {
            About meeting = meeting(e);
            return new Text(UPDATE, meeting.subject(), "Rapat dibatalkan: " + meeting.name(),
                    actor.name() + " membatalkan rapat " + quote(meeting.name()) + ".");
        }

        Text of(AttendanceRecorded e) {
            About meeting = meeting(e);
            long present = e.entries().stream().filter(a -> a.status() == AttendanceStatus.PRESENT).count();
            long represented = e.entries().stream().filter(a -> a.status() == AttendanceStatus.REPRESENTED).count();
            long absent = e.entries().stream().filter(a -> a.status() == AttendanceStatus.ABSENT).count();
            return new Text(UPDATE, meeting.subject(), "Kehadiran rapat dicatat: " + meeting.name(), actor.name()
                    + " mencatat kehadiran rapat " + quote(meeting.name()) + ": " + present + " pihak hadir, "
                    + represented + " diwakili, " + absent + " tidak hadir.");
        }

        Text of(MinutesRecorded e) {
            String title = meeting(e).name();
            return new Text(CREATE, Subject.of(Kind.MINUTES, null, "Notulensi " + title),
                    "Notulensi rapat dicatat: " + title, actor.name() + " mencatat notulensi rapat " + quote(title)
                    + " dengan " + e.decisions().size() + " keputusan.");
        }

        Text of(MeetingClosed e) {
            About meeting = meeting(e);
            return new Text(UPDATE, meeting.subject(), "Rapat ditutup: " + meeting.name(),
                    actor.name() + " menutup rapat " + quote(meeting.name()) + ".");
        }

        private Optional<SharedGoalProposed> proposed(SharedGoalEvent event) {
            return event instanceof SharedGoalProposed p ? Optional.of(p)
                    : directory.origin(SharedGoalProposed.class, event.goalId());
        }

        /** The kind of goal ("tujuan bersama") as its proposal named it. */
        private String goalKindOf(Optional<SharedGoalProposed> proposed) {
            return proposed.map(p -> goalKind(p.kind())).orElse("tujuan bersama");
        }

        private Subject goal(SharedGoalEvent event, Optional<SharedGoalProposed> proposed) {
            return Subject.of(Kind.GOAL, event.goalId(), proposed.map(SharedGoalProposed::statement).orElse(null));
        }

        Text of(SharedGoalProposed e) {
            Optional<SharedGoalProposed> proposed = proposed(e);
            String kind = goalKindOf(proposed);
            return new Text(CREATE, goal(e, proposed), capitalised(kind) + " diusulkan",
                    actor.name() + " mengusulkan " + kind + ": " + quote(e.statement()) + ".");
        }

        Text of(SharedGoalEndorsed e) {
            Optional<SharedGoalProposed> proposed = proposed(e);
            String kind = goalKindOf(proposed);
            return new Text(ACCEPT, goal(e, proposed), capitalised(kind) + " didukung",
                    actor.name() + " mendukung " + kind + versionOf(e.version(), proposed) + ".");
        }

        Text of(DissentRecorded e) {
            Optional<SharedGoalProposed> proposed = proposed(e);
            String kind = goalKindOf(proposed);
            return new Text(REJECT, goal(e, proposed), "Keberatan atas " + kind,
                    actor.name() + " menyatakan keberatan atas " + kind + versionOf(e.version(), proposed) + ".");
        }

        Text of(SharedGoalRevised e) {
            String kind = goalKindOf(proposed(e));
            return new Text(UPDATE, Subject.of(Kind.GOAL, e.goalId(), e.statement()), capitalised(kind) + " direvisi",
                    actor.name() + " merevisi " + kind + " menjadi versi " + e.version() + ": " + quote(e.statement())
                            + ".");
        }

        /** The agreement's title ({@code name}) and its kind and title for sentences ({@code subject.name}). */
        private record Agreement(String title, String named, Subject subject) {
        }

        private Agreement agreement(AgreementEvent event) {
            Optional<AgreementDrafted> drafted = event instanceof AgreementDrafted d ? Optional.of(d)
                    : directory.origin(AgreementDrafted.class, event.agreementId());
            String title = drafted.map(AgreementDrafted::title).orElse(event.agreementId());
            String kind = drafted.map(d -> agreementKind(d.kind())).orElse("perjanjian");
            return new Agreement(title, kind + " " + quote(title), Subject.of(Kind.AGREEMENT, event.agreementId(),
                    title));
        }

        Text of(AgreementDrafted e) {
            Agreement agreement = agreement(e);
            return new Text(CREATE, agreement.subject(), "Perjanjian disusun: " + agreement.title(), actor.name()
                    + " menyusun " + agreement.named() + (e.number() == null ? "" : " nomor " + e.number())
                    + " dengan " + e.parties().size() + " pihak.");
        }

        Text of(AgreementSigned e) {
            Agreement agreement = agreement(e);
            return new Text(ACCEPT, agreement.subject(), "Perjanjian ditandatangani: " + agreement.title(),
                    actor.name() + " menandatangani " + agreement.named() + " versi " + e.version() + ".");
        }

        Text of(AgreementCameIntoForce e) {
            Agreement agreement = agreement(e);
            return new Text(UPDATE, agreement.subject(), "Perjanjian berlaku: " + agreement.title(),
                    capitalised(agreement.named()) + " versi " + e.version()
                            + " berlaku setelah ditandatangani semua pihak.");
        }

        Text of(AgreementAmended e) {
            Agreement agreement = agreement(e);
            return new Text(UPDATE, agreement.subject(), "Perjanjian diubah: " + agreement.title(), actor.name()
                    + " mengubah " + agreement.named() + " menjadi versi " + e.version()
                    + "; penandatanganan dimulai lagi.");
        }

        Text of(AgreementTerminated e) {
            Agreement agreement = agreement(e);
            return new Text(UPDATE, agreement.subject(), "Perjanjian diakhiri: " + agreement.title(),
                    actor.name() + " mengakhiri " + agreement.named() + ".");
        }

        Text of(AgreementExpired e) {
            Agreement agreement = agreement(e);
            return new Text(UPDATE, agreement.subject(), "Perjanjian habis masa berlakunya: " + agreement.title(),
                    "Masa berlaku " + agreement.named() + " berakhir pada " + day.format(e.validUntil()) + ".");
        }

        /** The deliverable ({@code name}) and who pledged it, by name. */
        private record Commitment(String deliverable, String pledger, Subject subject) {
        }

        private Commitment commitment(CommitmentEvent event) {
            Optional<CommitmentPledged> pledged = event instanceof CommitmentPledged p ? Optional.of(p)
                    : directory.origin(CommitmentPledged.class, event.commitmentId());
            String deliverable = pledged.map(CommitmentPledged::deliverable).orElse(event.commitmentId());
            String pledger = pledged.map(p -> directory.party(p.provenance().actor()).name()).orElse(actor.name());
            return new Commitment(deliverable, pledger, Subject.of(Kind.COMMITMENT, event.commitmentId(),
                    deliverable));
        }

        Text of(CommitmentPledged e) {
            Commitment commitment = commitment(e);
            return new Text(CREATE, commitment.subject(), "Komitmen: " + commitment.deliverable(), actor.name()
                    + " berkomitmen menyelesaikan " + quote(commitment.deliverable()) + " paling lambat "
                    + day.format(e.dueOn()) + ".");
        }

        Text of(CommitmentFulfilled e) {
            Commitment commitment = commitment(e);
            return new Text(UPDATE, commitment.subject(), "Komitmen dipenuhi: " + commitment.deliverable(),
                    actor.name() + " memenuhi komitmen " + quote(commitment.deliverable())
                            + (e.onTime() ? " tepat waktu." : " dengan terlambat."));
        }

        Text of(CommitmentBecameOverdue e) {
            Commitment commitment = commitment(e);
            return new Text(UPDATE, commitment.subject(), "Komitmen melewati tenggat: " + commitment.deliverable(),
                    "Komitmen " + quote(commitment.deliverable()) + " dari " + commitment.pledger()
                            + " melewati tenggat " + day.format(e.dueOn()) + ".");
        }

        Text of(CommitmentAbandoned e) {
            Commitment commitment = commitment(e);
            return new Text(UPDATE, commitment.subject(), "Komitmen ditinggalkan: " + commitment.deliverable(),
                    actor.name() + " meninggalkan komitmen " + quote(commitment.deliverable()) + ".");
        }

        /** What is asked ({@code subject}) and, by name, of whom; null when the request is not recorded. */
        private record Request(String subject, String askedOf, Subject about) {
        }

        private Request request(InformationRequestEvent event) {
            Optional<InformationRequested> requested = event instanceof InformationRequested r ? Optional.of(r)
                    : directory.origin(InformationRequested.class, event.requestId());
            String subject = requested.map(InformationRequested::subject).orElse(event.requestId());
            String askedOf = requested.map(r -> directory.party(r.requestedFrom()).name()).orElse(null);
            return new Request(subject, askedOf, Subject.of(Kind.INFORMATION_REQUEST, event.requestId(), subject));
        }

        Text of(InformationRequested e) {
            Request request = request(e);
            return new Text(CREATE, request.about(), "Permintaan informasi: " + request.subject(), actor.name()
                    + " meminta informasi " + quote(request.subject()) + " dari " + request.askedOf()
                    + " paling lambat " + day.format(e.dueOn()) + ".");
        }

        Text of(InformationRequestAnswered e) {
            Request request = request(e);
            return new Text(UPDATE, request.about(), "Permintaan informasi dijawab: " + request.subject(),
                    actor.name() + " menjawab permintaan informasi " + quote(request.subject())
                            + (e.onTime() ? " tepat waktu." : " dengan terlambat."));
        }

        Text of(InformationRequestDeclined e) {
            Request request = request(e);
            return new Text(REJECT, request.about(), "Permintaan informasi ditolak: " + request.subject(),
                    actor.name() + " menolak permintaan informasi " + quote(request.subject()) + ".");
        }

        Text of(InformationRequestLapsed e) {
            Request request = request(e);
            return new Text(UPDATE, request.about(), "Permintaan informasi tak berjawab: " + request.subject(),
                    "Permintaan informasi " + quote(request.subject())
                            + (request.askedOf() == null ? "" : " kepada " + request.askedOf())
                            + " tidak dijawab hingga " + day.format(e.dueOn()) + ".");
        }

        /** The indicator and period ({@code measured}) and, with its leading words, who reported it. */
        private record Outcome(String measured, String by, Subject subject) {
        }

        private Outcome outcome(OutcomeEvent event) {
            Optional<OutcomeReported> reported = event instanceof OutcomeReported r ? Optional.of(r)
                    : directory.origin(OutcomeReported.class, event.outcomeId());
            String measured = reported.map(r -> r.indicator() + " " + r.period()).orElse(event.outcomeId());
            String reporter = reported.map(r -> directory.party(r.provenance().actor()).name()).orElse(null);
            return new Outcome(measured, reporter == null ? "" : " yang dilaporkan " + reporter,
                    Subject.of(Kind.OUTCOME, event.outcomeId(), measured));
        }

        Text of(OutcomeReported e) {
            Outcome outcome = outcome(e);
            return new Text(CREATE, outcome.subject(), "Capaian dilaporkan: " + outcome.measured(), actor.name()
                    + " melaporkan " + outcome.measured() + ": " + e.value() + (e.unit() == null ? "" : " " + e.unit())
                    + (e.target() == null ? "" : " (target " + e.target() + ")") + ".");
        }

        Text of(OutcomeConfirmed e) {
            Outcome outcome = outcome(e);
            return new Text(ACCEPT, outcome.subject(), "Capaian dikonfirmasi: " + outcome.measured(),
                    actor.name() + " mengonfirmasi capaian " + outcome.measured() + outcome.by() + ".");
        }

        Text of(OutcomeDisputed e) {
            Outcome outcome = outcome(e);
            return new Text(REJECT, outcome.subject(), "Capaian dipersoalkan: " + outcome.measured(),
                    actor.name() + " mempersoalkan capaian " + outcome.measured() + outcome.by() + ".");
        }

        Text of(RecordCorrected e) {
            int fields = e.correctedFields().size();
            return new Text(UPDATE, Subject.of(Kind.ACT, e.correctedEventId(), null), "Catatan dikoreksi",
                    actor.name() + " mengoreksi " + fields + " kolom dari sebuah catatan sebelumnya.");
        }
    }

    /** The statement is named only for the version it was proposed with: a revision has its own item. */
    private static String versionOf(int version, Optional<SharedGoalProposed> proposed) {
        return proposed.filter(p -> p.version() == version).map(p -> " " + quote(p.statement()))
                .orElse(" versi " + version);
    }

    private static Subject organisation(Party party) {
        return Subject.of(Kind.ORGANISATION, party.id(), party.name());
    }

    private static String quote(String text) {
        return "“" + text + "”";
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String role(Role role) {
        return switch (role) {
            case PATRON -> "pelindung";
            case PERSON_IN_CHARGE -> "penanggung jawab";
            case STEERING -> "pengarah";
            case CHAIR -> "ketua";
            case VICE_CHAIR -> "wakil ketua";
            case SECRETARY -> "sekretaris";
            case WORKING_GROUP_COORDINATOR -> "koordinator kelompok kerja";
            case MEMBER -> "anggota";
        };
    }

    static String driver(DriverKind kind) {
        return switch (kind) {
            case CONSEQUENTIAL_INCENTIVE -> "insentif atau tekanan";
            case INTERDEPENDENCE -> "saling ketergantungan";
            case UNCERTAINTY -> "ketidakpastian";
            case RESOURCE_GAP -> "kekurangan sumber daya";
        };
    }

    static String agreementKind(AgreementKind kind) {
        return switch (kind) {
            case MOU -> "nota kesepahaman";
            case COOPERATION_AGREEMENT -> "perjanjian kerja sama";
            case DECREE -> "keputusan";
            case ACTION_PLAN -> "rencana aksi";
        };
    }

    static String goalKind(GoalKind kind) {
        return switch (kind) {
            case GOAL -> "tujuan bersama";
            case PROBLEM_DEFINITION -> "definisi masalah bersama";
        };
    }

    private static String formality(MeetingConvened meeting) {
        return switch (meeting.formality()) {
            case FORMAL -> "resmi";
            case INFORMAL -> "tidak resmi";
        };
    }

    private static String channel(Channel channel) {
        return switch (channel) {
            case IN_PERSON -> "secara tatap muka";
            case ONLINE -> "secara daring";
            case BY_MESSAGE -> "melalui grup pesan";
        };
    }
}
