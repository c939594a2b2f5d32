package id.gotong.dossier;

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
import id.gotong.events.Role;
import id.gotong.events.SharedGoalEvent.DissentRecorded;
import id.gotong.events.SharedGoalEvent.GoalKind;
import id.gotong.events.SharedGoalEvent.SharedGoalEndorsed;
import id.gotong.events.SharedGoalEvent.SharedGoalProposed;
import id.gotong.events.SharedGoalEvent.SharedGoalRevised;
import id.gotong.events.SmartCityDimension;
import id.gotong.events.StakeholderEvent.StakeholderRegistered;
import id.gotong.projection.Entry;
import id.gotong.projection.EventSwitch;
import id.gotong.dossier.Evidence.Kind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Everything the query side knows about one collaboration, folded from its events in ledger order. A plain object:
 * the live projection, a rebuild and an as-of read all fold the same events through {@link #apply} and get the same
 * dossier. Public fields and sorted maps, because the dossier is stored as JSON and must serialize identically on every
 * run.
 */
public final class Dossier {

    /** Actors that are not stakeholders: deadlines recorded by the system, acts of the operator. */
    public static final List<String> NOT_STAKEHOLDERS = List.of("system", "operator");

    /** One case per event type of the contract; the class does not load while a type has none. */
    private static final EventSwitch<Folding, Void> FOLD = EventSwitch.<Folding, Void>over("The dossier's fold",
                    CollaborationAct.class)
            .fold(CollaborationRegistered.class, Folding::on)
            .fold(MemberAdmitted.class, Folding::on)
            .fold(MemberRoleChanged.class, Folding::on)
            .fold(MemberWithdrew.class, Folding::on)
            .fold(LeadershipChanged.class, Folding::on)
            .fold(DriverRecorded.class, Folding::on)
            .fold(EventCalendarPublished.class, Folding::on)
            .fold(MeetingConvened.class, Folding::on)
            .fold(MeetingCancelled.class, Folding::on)
            .fold(AttendanceRecorded.class, Folding::on)
            .fold(MinutesRecorded.class, Folding::on)
            .fold(MeetingClosed.class, Folding::on)
            .fold(SharedGoalProposed.class, Folding::on)
            .fold(SharedGoalEndorsed.class, Folding::on)
            .fold(DissentRecorded.class, Folding::on)
            .fold(SharedGoalRevised.class, Folding::on)
            .fold(AgreementDrafted.class, Folding::on)
            .fold(AgreementSigned.class, Folding::on)
            .fold(AgreementCameIntoForce.class, Folding::on)
            .fold(AgreementAmended.class, Folding::on)
            .fold(AgreementTerminated.class, Folding::on)
            .fold(AgreementExpired.class, Folding::on)
            .fold(CommitmentPledged.class, Folding::on)
            .fold(CommitmentFulfilled.class, Folding::on)
            .fold(CommitmentBecameOverdue.class, Folding::on)
            .fold(CommitmentAbandoned.class, Folding::on)
            .fold(InformationRequested.class, Folding::on)
            .fold(InformationRequestAnswered.class, Folding::on)
            .fold(InformationRequestDeclined.class, Folding::on)
            .fold(InformationRequestLapsed.class, Folding::on)
            .fold(OutcomeReported.class, Folding::on)
            .fold(OutcomeConfirmed.class, Folding::on)
            .fold(OutcomeDisputed.class, Folding::on)
            .fold(RecordCorrected.class, Folding::on)
            .ignore(StakeholderRegistered.class, "a registration belongs to no collaboration: the projection keeps "
                    + "it in read_stakeholders and never hands it to a dossier")
            .build();

    public String collaborationId;
    public String name;
    public String region;
    public List<SmartCityDimension> dimensions = new ArrayList<>();
    public List<String> legalBasis = new ArrayList<>();
    public String lead;
    public MeetingCadence meetingCadence;
    public Instant registeredAt;
    public String registeredBy;
    /** The position of the last event folded in; {@code -1} before any. */
    public long position = -1;
    public int events;
    public TreeMap<String, Member> members = new TreeMap<>();
    public List<Driver> drivers = new ArrayList<>();
    public List<Planned> calendar = new ArrayList<>();
    public TreeMap<String, Meeting> meetings = new TreeMap<>();
    public TreeMap<String, Goal> goals = new TreeMap<>();
    public TreeMap<String, Agreement> agreements = new TreeMap<>();
    public TreeMap<String, Commitment> commitments = new TreeMap<>();
    public TreeMap<String, Request> requests = new TreeMap<>();
    public TreeMap<String, Outcome> outcomes = new TreeMap<>();
    public List<Correction> corrections = new ArrayList<>();

    public static final class Member {
        public Role role;
        public Instant admittedAt;
        public Instant leftAt;
        public boolean active;
        public List<String> eventIds = new ArrayList<>();
    }

    public static final class Driver {
        public DriverKind kind;
        public String description;
        public String recordedBy;
        public Instant occurredAt;
        public String eventId;
    }

    public static final class Planned {
        public String title;
        public LocalDate date;
        public String description;
        public String eventId;
    }

    public enum MeetingState { CONVENED, HELD, CANCELLED, CLOSED }

    public static final class Meeting {
        public String title;
        public Instant scheduledAt;
        public Formality formality;
        public Channel channel;
        public String convenedBy;
        public MeetingState state;
        /** Attendance or minutes were recorded: the meeting took place, whether or not it is closed since. */
        public boolean held;
        public TreeSet<String> invitees = new TreeSet<>();
        public TreeMap<String, AttendanceStatus> attendance = new TreeMap<>();
        public List<String> decisions = new ArrayList<>();
        public List<String> eventIds = new ArrayList<>();
    }

    public static final class Goal {
        public GoalKind kind;
        public String statement;
        public int version;
        public String proposedBy;
        /** Endorsers and dissenters of the current version, with the event of each. */
        public TreeMap<String, String> endorsedBy = new TreeMap<>();
        public TreeMap<String, String> dissentedBy = new TreeMap<>();
        public List<String> eventIds = new ArrayList<>();
    }

    public enum AgreementState { AWAITING_SIGNATURES, IN_FORCE, TERMINATED, EXPIRED }

    public static final class Agreement {
        public AgreementKind kind;
        public String number;
        public String title;
        public TreeSet<String> parties = new TreeSet<>();
        public int version;
        public TreeMap<String, String> signedBy = new TreeMap<>();
        public AgreementState state;
        public LocalDate validFrom;
        public LocalDate validUntil;
        public List<String> eventIds = new ArrayList<>();
    }

    public enum CommitmentState { OPEN, OVERDUE, FULFILLED, ABANDONED }

    public static final class Commitment {
        public String pledgedBy;
        public String deliverable;
        public LocalDate dueOn;
        public String agreementId;
        public String meetingId;
        public CommitmentState state;
        public Boolean onTime;
        public List<String> eventIds = new ArrayList<>();
    }

    public enum RequestState { OPEN, ANSWERED, DECLINED, LAPSED }

    public static final class Request {
        public String requestedBy;
        public String requestedFrom;
        public String subject;
        public LocalDate dueOn;
        public RequestState state;
        /** A request may be answered after it lapsed; it then stays lapsed with {@code answeredLate}. */
        public boolean answeredLate;
        public List<String> eventIds = new ArrayList<>();
    }

    public static final class Outcome {
        public String indicator;
        public String period;
        public String value;
        public String unit;
        public String baseline;
        public String target;
        public String minimum;
        public String reportedBy;
        public Instant occurredAt;
        public TreeMap<String, String> confirmedBy = new TreeMap<>();
        public TreeMap<String, String> disputedBy = new TreeMap<>();
        public List<String> eventIds = new ArrayList<>();
    }

    public static final class Correction {
        public String correctionId;
        public String correctedEventId;
        public String correctedActor;
        public Map<String, String> correctedFields = new TreeMap<>();
        public String reason;
        public String correctedBy;
        public String eventId;
    }

    public static boolean isStakeholder(String actor) {
        return actor != null && !NOT_STAKEHOLDERS.contains(actor);
    }

    /**
     * Folds one event of this collaboration in and returns the evidence it gives about stakeholders. An event at or
     * before {@link #position} was folded in already and changes nothing.
     *
     * @param actorOfEvent the actor of an earlier event by its id, for corrections of one's own records
     */
    public List<Evidence> apply(Entry entry, Function<String, Optional<String>> actorOfEvent) {
        if (entry.position() <= position) {
            return List.of();
        }
        Folding folding = new Folding(entry, actorOfEvent);
        FOLD.apply(folding, entry.event());
        position = entry.position();
        events++;
        return folding.done();
    }

    /** The event types the fold takes in; every other type of the contract is {@link #ignored() ignored}. */
    public static Set<Class<?>> folded() {
        return FOLD.handled();
    }

    /** The event types no dossier ever receives, and why. */
    public static Map<Class<?>, String> ignored() {
        return FOLD.ignored();
    }

    private static void end(Agreement agreement, AgreementState state, String agreementId, String eventId,
                            Folding facts) {
        if (agreement.state == AgreementState.IN_FORCE) {
            agreement.parties.forEach(party -> facts.add(party, Kind.AGREEMENT_ENDED, agreementId));
        }
        agreement.state = state;
        agreement.eventIds.add(eventId);
    }

    private Optional<Member> member(String stakeholderId) {
        return Optional.ofNullable(members.get(stakeholderId));
    }

    private Optional<Meeting> meeting(String meetingId) {
        return Optional.ofNullable(meetings.get(meetingId));
    }

    private Optional<Goal> goal(String goalId) {
        return Optional.ofNullable(goals.get(goalId));
    }

    private Optional<Agreement> agreement(String agreementId) {
        return Optional.ofNullable(agreements.get(agreementId));
    }

    private Optional<Commitment> commitment(String commitmentId) {
        return Optional.ofNullable(commitments.get(commitmentId));
    }

    private Optional<Request> request(String requestId) {
        return Optional.ofNullable(requests.get(requestId));
    }

    private Optional<Outcome> outcome(String outcomeId) {
        return Optional.ofNullable(outcomes.get(outcomeId));
    }

    /** One event being folded in: its case of {@link #FOLD}, and the evidence it gives, in the order found. */
    private final class Folding {
        private final Entry entry;
        private final Function<String, Optional<String>> actorOfEvent;
        private final String actor;
        private final Instant at;
        private final String id;
        private final List<Evidence> found = new ArrayList<>();

        Folding(Entry entry, Function<String, Optional<String>> actorOfEvent) {
            this.entry = entry;
            this.actorOfEvent = actorOfEvent;
            this.actor = entry.provenance().actor();
            this.at = entry.provenance().occurredAt();
            this.id = entry.eventId();
        }

        void on(CollaborationRegistered e) {
            collaborationId = e.collaborationId();
            name = e.name();
            region = e.region();
            dimensions = new ArrayList<>(e.dimensions());
            legalBasis = new ArrayList<>(e.legalBasis());
            lead = e.leadStakeholderId();
            meetingCadence = e.meetingCadence();
            registeredAt = at;
            registeredBy = actor;
        }

        void on(MemberAdmitted e) {
            Member member = members.computeIfAbsent(e.stakeholderId(), k -> new Member());
            member.role = e.role();
            member.admittedAt = at;
            member.leftAt = null;
            member.active = true;
            member.eventIds.add(id);
        }

        void on(MemberRoleChanged e) {
            member(e.stakeholderId()).ifPresent(m -> {
                m.role = e.role();
                m.eventIds.add(id);
            });
        }

        void on(MemberWithdrew e) {
            member(e.stakeholderId()).ifPresent(m -> {
                m.active = false;
                m.leftAt = at;
                m.eventIds.add(id);
            });
        }

        void on(LeadershipChanged e) {
            lead = e.newLeadStakeholderId();
            member(e.previousLeadStakeholderId()).ifPresent(m -> {
                m.role = e.previousLeadStaysAs();
                m.eventIds.add(id);
            });
            member(e.newLeadStakeholderId()).ifPresent(m -> {
                m.role = Role.PERSON_IN_CHARGE;
                m.eventIds.add(id);
            });
        }

        void on(DriverRecorded e) {
            Driver driver = new Driver();
            driver.kind = e.kind();
            driver.description = e.description();
            driver.recordedBy = actor;
            driver.occurredAt = at;
            driver.eventId = id;
            drivers.add(driver);
        }

        void on(EventCalendarPublished e) {
            for (PlannedEvent planned : e.entries()) {
                Planned entryOf = new Planned();
                entryOf.title = planned.title();
                entryOf.date = planned.date();
                entryOf.description = planned.description();
                entryOf.eventId = id;
                calendar.add(entryOf);
            }
        }

        void on(MeetingConvened e) {
            Meeting meeting = new Meeting();
            meeting.title = e.title();
            meeting.scheduledAt = e.scheduledAt();
            meeting.formality = e.formality();
            meeting.channel = e.channel();
            meeting.convenedBy = actor;
            meeting.state = MeetingState.CONVENED;
            meeting.invitees.addAll(e.invitees());
            meeting.eventIds.add(id);
            meetings.put(e.meetingId(), meeting);
            add(actor, Kind.CONVENED, e.meetingId());
            e.invitees().forEach(invitee -> add(invitee, Kind.INVITED, e.meetingId()));
        }

        void on(MeetingCancelled e) {
            meeting(e.meetingId()).ifPresent(m -> {
                m.state = MeetingState.CANCELLED;
                m.eventIds.add(id);
            });
        }

        void on(AttendanceRecorded e) {
            meeting(e.meetingId()).ifPresent(m -> {
                m.state = m.state == MeetingState.CLOSED ? MeetingState.CLOSED : MeetingState.HELD;
                m.held = true;
                m.eventIds.add(id);
                for (Attendance attendance : e.entries()) {
                    m.attendance.put(attendance.stakeholderId(), attendance.status());
                    add(attendance.stakeholderId(), switch (attendance.status()) {
                        case PRESENT -> Kind.ATTENDED;
                        case REPRESENTED -> Kind.REPRESENTED;
                        case ABSENT -> Kind.ABSENT;
                    }, e.meetingId());
                }
            });
        }

        void on(MinutesRecorded e) {
            meeting(e.meetingId()).ifPresent(m -> {
                m.state = m.state == MeetingState.CLOSED ? MeetingState.CLOSED : MeetingState.HELD;
                m.held = true;
                m.decisions = new ArrayList<>(e.decisions());
                m.eventIds.add(id);
            });
        }

        void on(MeetingClosed e) {
            meeting(e.meetingId()).ifPresent(m -> {
                m.state = MeetingState.CLOSED;
                m.eventIds.add(id);
            });
        }

        void on(SharedGoalProposed e) {
            Goal goal = new Goal();
            goal.kind = e.kind();
            goal.statement = e.statement();
            goal.version = e.version();
            goal.proposedBy = actor;
            goal.eventIds.add(id);
            goals.put(e.goalId(), goal);
        }

        void on(SharedGoalEndorsed e) {
            goal(e.goalId()).filter(g -> g.version == e.version()).ifPresent(g -> {
                g.dissentedBy.remove(actor);
                g.endorsedBy.put(actor, id);
                g.eventIds.add(id);
                add(actor, Kind.ENDORSED, e.goalId(), Integer.toString(e.version()));
            });
        }

        void on(DissentRecorded e) {
            goal(e.goalId()).filter(g -> g.version == e.version()).ifPresent(g -> {
                g.endorsedBy.remove(actor);
                g.dissentedBy.put(actor, id);
                g.eventIds.add(id);
                add(actor, Kind.DISSENTED, e.goalId(), Integer.toString(e.version()));
            });
        }

        void on(SharedGoalRevised e) {
            goal(e.goalId()).ifPresent(g -> {
                // Dissenters too: their dissent, like an endorsement, was of a version that is no longer current.
                g.endorsedBy.keySet().forEach(endorser ->
                        add(endorser, Kind.GOAL_REVISED, e.goalId(), Integer.toString(e.version())));
                g.dissentedBy.keySet().forEach(dissenter ->
                        add(dissenter, Kind.GOAL_REVISED, e.goalId(), Integer.toString(e.version())));
                g.version = e.version();
                g.statement = e.statement();
                g.endorsedBy.clear();
                g.dissentedBy.clear();
                g.eventIds.add(id);
            });
        }

        void on(AgreementDrafted e) {
            Agreement agreement = new Agreement();
            agreement.kind = e.kind();
            agreement.number = e.number();
            agreement.title = e.title();
            agreement.parties.addAll(e.parties());
            agreement.version = 1;
            agreement.state = AgreementState.AWAITING_SIGNATURES;
            agreement.validFrom = e.validFrom();
            agreement.validUntil = e.validUntil();
            agreement.eventIds.add(id);
            agreements.put(e.agreementId(), agreement);
        }

        void on(AgreementSigned e) {
            agreement(e.agreementId()).ifPresent(a -> {
                a.signedBy.put(actor, id);
                a.eventIds.add(id);
                add(actor, Kind.SIGNED, e.agreementId());
            });
        }

        void on(AgreementCameIntoForce e) {
            agreement(e.agreementId()).ifPresent(a -> {
                a.state = AgreementState.IN_FORCE;
                a.eventIds.add(id);
                a.parties.forEach(party -> add(party, Kind.AGREEMENT_IN_FORCE, e.agreementId()));
            });
        }

        void on(AgreementAmended e) {
            agreement(e.agreementId()).ifPresent(a -> {
                if (a.state == AgreementState.IN_FORCE) {
                    a.parties.forEach(party -> add(party, Kind.AGREEMENT_SUSPENDED, e.agreementId()));
                }
                a.version = e.version();
                a.validUntil = e.validUntil();
                a.signedBy.clear();
                a.state = AgreementState.AWAITING_SIGNATURES;
                a.eventIds.add(id);
            });
        }

        void on(AgreementTerminated e) {
            agreement(e.agreementId()).ifPresent(a -> end(a, AgreementState.TERMINATED, e.agreementId(), id, this));
        }

        void on(AgreementExpired e) {
            agreement(e.agreementId()).ifPresent(a -> end(a, AgreementState.EXPIRED, e.agreementId(), id, this));
        }

        void on(CommitmentPledged e) {
            Commitment commitment = new Commitment();
            commitment.pledgedBy = actor;
            commitment.deliverable = e.deliverable();
            commitment.dueOn = e.dueOn();
            commitment.agreementId = e.agreementId();
            commitment.meetingId = e.meetingId();
            commitment.state = CommitmentState.OPEN;
            commitment.eventIds.add(id);
            commitments.put(e.commitmentId(), commitment);
            add(actor, Kind.PLEDGED, e.commitmentId());
        }

        void on(CommitmentFulfilled e) {
            commitment(e.commitmentId()).ifPresent(c -> {
                c.state = CommitmentState.FULFILLED;
                c.onTime = e.onTime();
                c.eventIds.add(id);
                add(c.pledgedBy, e.onTime() ? Kind.FULFILLED_ON_TIME : Kind.FULFILLED_LATE, e.commitmentId());
            });
        }

        void on(CommitmentBecameOverdue e) {
            commitment(e.commitmentId()).ifPresent(c -> {
                c.state = CommitmentState.OVERDUE;
                c.eventIds.add(id);
                add(c.pledgedBy, Kind.OVERDUE, e.commitmentId());
            });
        }

        void on(CommitmentAbandoned e) {
            commitment(e.commitmentId()).ifPresent(c -> {
                c.state = CommitmentState.ABANDONED;
                c.eventIds.add(id);
                add(c.pledgedBy, Kind.ABANDONED, e.commitmentId());
            });
        }

        void on(InformationRequested e) {
            Request request = new Request();
            request.requestedBy = actor;
            request.requestedFrom = e.requestedFrom();
            request.subject = e.subject();
            request.dueOn = e.dueOn();
            request.state = RequestState.OPEN;
            request.eventIds.add(id);
            requests.put(e.requestId(), request);
        }

        void on(InformationRequestAnswered e) {
            request(e.requestId()).ifPresent(r -> {
                if (r.state == RequestState.LAPSED) {
                    r.answeredLate = true;
                } else {
                    r.state = RequestState.ANSWERED;
                }
                r.eventIds.add(id);
                add(r.requestedFrom, e.onTime() ? Kind.ANSWERED_ON_TIME : Kind.ANSWERED_LATE, e.requestId());
            });
        }

        void on(InformationRequestDeclined e) {
            request(e.requestId()).ifPresent(r -> {
                r.state = RequestState.DECLINED;
                r.eventIds.add(id);
                add(r.requestedFrom, Kind.DECLINED, e.requestId());
            });
        }

        void on(InformationRequestLapsed e) {
            request(e.requestId()).ifPresent(r -> {
                r.state = RequestState.LAPSED;
                r.eventIds.add(id);
                add(r.requestedFrom, Kind.LAPSED, e.requestId());
            });
        }

        void on(OutcomeReported e) {
            Outcome outcome = new Outcome();
            outcome.indicator = e.indicator();
            outcome.period = e.period();
            outcome.value = e.value();
            outcome.unit = e.unit();
            outcome.baseline = e.baseline();
            outcome.target = e.target();
            outcome.minimum = e.minimum();
            outcome.reportedBy = actor;
            outcome.occurredAt = at;
            outcome.eventIds.add(id);
            outcomes.put(e.outcomeId(), outcome);
            add(actor, Kind.OUTCOME_REPORTED, e.outcomeId());
        }

        void on(OutcomeConfirmed e) {
            outcome(e.outcomeId()).ifPresent(o -> {
                o.disputedBy.remove(actor);
                o.confirmedBy.put(actor, id);
                o.eventIds.add(id);
                add(o.reportedBy, Kind.OUTCOME_CONFIRMED, e.outcomeId());
            });
        }

        void on(OutcomeDisputed e) {
            outcome(e.outcomeId()).ifPresent(o -> {
                o.confirmedBy.remove(actor);
                o.disputedBy.put(actor, id);
                o.eventIds.add(id);
                add(o.reportedBy, Kind.OUTCOME_DISPUTED, e.outcomeId());
            });
        }

        void on(RecordCorrected e) {
            Correction correction = new Correction();
            correction.correctionId = e.correctionId();
            correction.correctedEventId = e.correctedEventId();
            correction.correctedActor = actorOfEvent.apply(e.correctedEventId()).orElse(null);
            correction.correctedFields = new TreeMap<>(e.correctedFields());
            correction.reason = e.reason();
            correction.correctedBy = actor;
            correction.eventId = id;
            corrections.add(correction);
            if (correction.correctedActor != null) {
                add(correction.correctedActor, Kind.RECORD_CORRECTED, e.correctedEventId());
            }
        }

        void add(String stakeholderId, Kind kind, String subjectId) {
            add(stakeholderId, kind, subjectId, null);
        }

        void add(String stakeholderId, Kind kind, String subjectId, String detail) {
            if (!isStakeholder(stakeholderId)) {
                return;
            }
            found.add(new Evidence(stakeholderId, entry.provenance().collaborationId(), entry.position(),
                    entry.eventId(), at, kind, subjectId, detail, stakeholderId.equals(actor)));
        }

        /** An act of a stakeholder that gave no evidence about itself still counts as {@link Kind#ACTED}. */
        List<Evidence> done() {
            if (isStakeholder(actor) && found.stream().noneMatch(Evidence::ownAct)) {
                add(actor, Kind.ACTED, null);
            }
            return List.copyOf(found);
        }
    }
}
