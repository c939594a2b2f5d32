package id.gotong.projection;

import id.gotong.events.TheoryElement;

import id.gotong.events.Evidences;

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
import id.gotong.events.PersonalData;
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
import id.gotong.events.SmartCityDimension;
import id.gotong.events.StakeholderEvent.StakeholderRegistered;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A random but valid ledger: the events the command side could have recorded for many collaborations over a few
 * years, following its rules (who may act, one position per goal version, signatures per agreement version, deadlines
 * recorded by the system the day after they pass, corrections by the recorder or a secretary). Deterministic for a
 * seed; used by the determinism tests and the projection benchmark. Attendance and minutes are recorded after the meeting with the meeting's time as {@code occurredAt}, so acts
 * are not always recorded in the order they happened.
 */
public final class RandomLedger {

    static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");
    static final String SYSTEM = "system";
    static final String OPERATOR = "operator";
    static final Instant START = Instant.parse("2021-01-04T01:00:00Z");

    private static final Role[] ROLES = {Role.PATRON, Role.STEERING, Role.CHAIR, Role.VICE_CHAIR, Role.SECRETARY,
            Role.WORKING_GROUP_COORDINATOR, Role.MEMBER, Role.MEMBER, Role.MEMBER, Role.MEMBER};
    private static final Set<Role> MANAGING = EnumSet.of(Role.PERSON_IN_CHARGE, Role.CHAIR, Role.SECRETARY);
    private static final List<String> INDICATORS = List.of("SPBE index", "Tourist visits", "Open datasets",
            "Digital SMEs", "Broadband villages");

    private final Random random;
    private final int stakeholderCount;
    private final List<Entry> entries = new ArrayList<>();
    private final List<Collaboration> collaborations = new ArrayList<>();
    private final PriorityQueue<Deadline> deadlines = new PriorityQueue<>();
    private final List<String> stakeholders = new ArrayList<>();
    private Instant now = START;
    private int ids;
    private long scheduled;

    private RandomLedger(long seed, int stakeholderCount) {
        this.random = new Random(seed);
        this.stakeholderCount = stakeholderCount;
    }

    /** At least {@code events} events over {@code collaborations} collaborations and {@code stakeholders} stakeholders. */
    public static List<Entry> generate(long seed, int collaborations, int stakeholders, int events) {
        RandomLedger ledger = new RandomLedger(seed, stakeholders);
        ledger.run(collaborations, events);
        return List.copyOf(ledger.entries);
    }

    private void run(int collaborationCount, int eventCount) {
        for (int i = 0; i < stakeholderCount; i++) {
            String id = String.format("s-%03d", i);
            stakeholders.add(id);
            Sector sector = Sector.values()[random.nextInt(Sector.values().length)];
            record(OPERATOR, null, now, p -> new StakeholderRegistered(id, p, "Stakeholder " + id, sector,
                    random.nextBoolean() ? "Kota Surakarta" : null, null));
        }
        while (entries.size() < eventCount) {
            now = now.plus(Duration.ofMinutes(1 + random.nextInt(40)));
            fireDeadlines();
            if (collaborations.size() < collaborationCount
                    && (collaborations.size() < 5 || random.nextInt(400) == 0)) {
                register();
                continue;
            }
            Collaboration c = collaborations.get(random.nextInt(collaborations.size()));
            for (int attempt = 0; attempt < 5 && !act(c); attempt++) {
                // another kind of act when this one was not possible
            }
        }
    }

    // --- the world each collaboration keeps, mirroring its aggregates

    /** Open items are kept in lists (picking one at random is the hot path); settled ones are removed. */
    private static final class Collaboration {
        String id;
        String lead;
        final TreeMap<String, Role> members = new TreeMap<>();
        final List<String> memberIds = new ArrayList<>();
        final List<Meeting> meetings = new ArrayList<>();
        final List<Goal> goals = new ArrayList<>();
        final List<Agreement> agreements = new ArrayList<>();
        final List<Commitment> commitments = new ArrayList<>();
        final List<Request> requests = new ArrayList<>();
        final List<Outcome> outcomes = new ArrayList<>();
        /** Event id and actor of each event recorded, for corrections. */
        final List<String[]> recorded = new ArrayList<>();

        void join(String stakeholderId, Role role) {
            if (members.put(stakeholderId, role) == null) {
                memberIds.add(stakeholderId);
            }
        }

        void leave(String stakeholderId) {
            members.remove(stakeholderId);
            memberIds.remove(stakeholderId);
        }
    }

    private static final class Meeting {
        String id;
        Instant scheduledAt;
        final TreeSet<String> invitees = new TreeSet<>();
        final TreeSet<String> attendanceRecorded = new TreeSet<>();
        boolean minutes;
    }

    private static final class Goal {
        String id;
        int version = 1;
        final Map<String, Boolean> positions = new TreeMap<>();
    }

    private static final class Agreement {
        String id;
        TreeSet<String> parties;
        int version = 1;
        final Map<String, Instant> signatures = new TreeMap<>();
        LocalDate validFrom;
        LocalDate validUntil;
        boolean cameIntoForce;
        String terms = "Terms 1";
    }

    private static final class Commitment {
        String id;
        String pledger;
        LocalDate dueOn;
        boolean overdue;
    }

    private static final class Request {
        String id;
        String from;
        LocalDate dueOn;
        boolean lapsed;
    }

    private static final class Outcome {
        String id;
        String reporter;
        final Set<String> judges = new TreeSet<>();
    }

    private record Deadline(Instant at, long order, Runnable fire) implements Comparable<Deadline> {
        @Override
        public int compareTo(Deadline other) {
            int byTime = at.compareTo(other.at);
            return byTime != 0 ? byTime : Long.compare(order, other.order);
        }
    }

    // --- acts

    private void register() {
        Collaboration c = new Collaboration();
        c.id = String.format("c-%02d", collaborations.size());
        c.lead = any(stakeholders);
        String actor = random.nextInt(5) == 0 ? OPERATOR : c.lead;
        MeetingCadence cadence = MeetingCadence.values()[random.nextInt(MeetingCadence.values().length)];
        Set<SmartCityDimension> dimensions = EnumSet.of(any(List.of(SmartCityDimension.values())),
                any(List.of(SmartCityDimension.values())));
        record(actor, c, now, p -> new CollaborationRegistered(c.id, p, "Collaboration " + c.id, "Region " + c.id,
                dimensions, List.of("Perwali " + c.id), c.lead, cadence));
        record(actor, c, now, p -> new MemberAdmitted(c.id, p, c.lead, Role.PERSON_IN_CHARGE));
        c.join(c.lead, Role.PERSON_IN_CHARGE);
        collaborations.add(c);
    }

    /** One random act in the collaboration, or {@code false} when the act drawn is not possible now. */
    private boolean act(Collaboration c) {
        int draw = random.nextInt(100);
        if (draw < 6) {
            return admit(c);
        } else if (draw < 7) {
            return changeRole(c);
        } else if (draw < 8) {
            return withdraw(c);
        } else if (draw < 9) {
            return random.nextInt(3) == 0 && changeLead(c);
        } else if (draw < 10) {
            return recordDriverOrCalendar(c);
        } else if (draw < 16) {
            return convene(c);
        } else if (draw < 34) {
            return meetingStep(c);
        } else if (draw < 37) {
            return propose(c);
        } else if (draw < 47) {
            return takePosition(c);
        } else if (draw < 49) {
            return revise(c);
        } else if (draw < 51) {
            return draft(c);
        } else if (draw < 58) {
            return agreementStep(c);
        } else if (draw < 66) {
            return pledge(c);
        } else if (draw < 74) {
            return settleCommitment(c);
        } else if (draw < 80) {
            return request(c);
        } else if (draw < 86) {
            return settleRequest(c);
        } else if (draw < 90) {
            return report(c);
        } else if (draw < 99) {
            return judge(c);
        }
        return correct(c);
    }

    private boolean admit(Collaboration c) {
        if (c.members.size() >= 25) {
            return false;
        }
        String admitter = managing(c);
        String newcomer = any(stakeholders);
        if (admitter == null || c.members.containsKey(newcomer)) {
            return false;
        }
        Role role = ROLES[random.nextInt(ROLES.length)];
        record(admitter, c, now, p -> new MemberAdmitted(c.id, p, newcomer, role));
        c.join(newcomer, role);
        return true;
    }

    private boolean changeRole(Collaboration c) {
        String manager = managing(c);
        String member = anyMemberBut(c, c.lead);
        Role role = ROLES[random.nextInt(ROLES.length)];
        if (manager == null || member == null || c.members.get(member) == role) {
            return false;
        }
        Role previous = c.members.get(member);
        record(manager, c, now, p -> new MemberRoleChanged(c.id, p, member, previous, role));
        c.members.put(member, role);
        return true;
    }

    private boolean withdraw(Collaboration c) {
        String member = anyMemberBut(c, c.lead);
        if (member == null || c.members.size() < 5) {
            return false;
        }
        String actor = random.nextBoolean() ? member
                : c.members.entrySet().stream()
                .filter(m -> m.getValue() == Role.PERSON_IN_CHARGE || m.getValue() == Role.SECRETARY)
                .map(Map.Entry::getKey).findFirst().orElse(member);
        Role role = c.members.get(member);
        record(actor, c, now, p -> new MemberWithdrew(c.id, p, member, role, "Leaves"));
        c.leave(member);
        return true;
    }

    private boolean changeLead(Collaboration c) {
        String manager = managing(c);
        String next = anyMemberBut(c, c.lead);
        if (manager == null || next == null) {
            return false;
        }
        String previous = c.lead;
        record(manager, c, now, p -> new LeadershipChanged(c.id, p, previous, Role.MEMBER, next, "Rotation"));
        c.members.put(previous, Role.MEMBER);
        c.members.put(next, Role.PERSON_IN_CHARGE);
        c.lead = next;
        return true;
    }

    private boolean recordDriverOrCalendar(Collaboration c) {
        String member = anyMember(c);
        if (random.nextBoolean()) {
            DriverKind kind = any(List.of(DriverKind.values()));
            record(member, c, now, p -> new DriverRecorded(c.id, p, kind, "Driver " + kind));
        } else {
            LocalDate day = day(now).plusDays(30 + random.nextInt(300));
            record(member, c, now, p -> new EventCalendarPublished(c.id, p, List.of(
                    new PlannedEvent("Festival", day, null), new PlannedEvent("Expo", day.plusDays(40), "Yearly"))));
        }
        return true;
    }

    private boolean convene(Collaboration c) {
        String convener = anyMember(c);
        String meetingId = c.id + "-m" + (++ids);
        Set<String> invitees = new TreeSet<>();
        int count = 1 + random.nextInt(Math.min(8, c.members.size()));
        for (int i = 0; i < count; i++) {
            invitees.add(anyMember(c));
        }
        if (random.nextInt(4) == 0) {
            invitees.add(any(stakeholders));
        }
        Instant scheduledAt = now.plus(Duration.ofHours(2 + random.nextInt(24 * 20)));
        record(convener, c, now, p -> new MeetingConvened(meetingId, p, "Forum " + meetingId, List.of("Agenda"),
                scheduledAt, any(List.of(Formality.values())), any(List.of(Channel.values())), invitees));
        Meeting meeting = new Meeting();
        meeting.id = meetingId;
        meeting.scheduledAt = scheduledAt;
        meeting.invitees.addAll(invitees);
        c.meetings.add(meeting);
        return true;
    }

    private boolean meetingStep(Collaboration c) {
        if (c.meetings.isEmpty()) {
            return false;
        }
        Meeting meeting = any(c.meetings);
        String meetingId = meeting.id;
        String actor = anyMember(c);
        boolean held = !meeting.attendanceRecorded.isEmpty() || meeting.minutes;
        if (now.isBefore(meeting.scheduledAt)) {
            if (held || random.nextInt(6) != 0) {
                return false;
            }
            record(actor, c, now, p -> new MeetingCancelled(meetingId, p, "Postponed"));
            c.meetings.remove(meeting);
            return true;
        }
        // Recorded after the meeting, as having happened during it (when that is not in the future).
        Instant during = earlier(meeting.scheduledAt.plus(Duration.ofHours(2)), now);
        int draw = random.nextInt(10);
        if (draw < 5) {
            Set<String> candidates = new TreeSet<>(meeting.invitees);
            candidates.addAll(c.members.keySet());
            candidates.removeAll(meeting.attendanceRecorded);
            if (candidates.isEmpty()) {
                return false;
            }
            List<String> pool = new ArrayList<>(candidates);
            List<Attendance> entries = new ArrayList<>();
            int count = 1 + random.nextInt(Math.min(6, pool.size()));
            for (int i = 0; i < count; i++) {
                String who = pool.remove(random.nextInt(pool.size()));
                int status = random.nextInt(10);
                entries.add(status < 6 ? new Attendance(who, AttendanceStatus.PRESENT, null)
                        : status < 8 ? new Attendance(who, AttendanceStatus.ABSENT, null)
                        : new Attendance(who, AttendanceStatus.REPRESENTED,
                                PersonalData.of("ds-deputy-" + who, "Deputy of " + who)));
                meeting.attendanceRecorded.add(who);
            }
            record(actor, c, during, p -> new AttendanceRecorded(meetingId, p, entries));
            return true;
        } else if (draw < 7) {
            if (meeting.minutes) {
                return false;
            }
            meeting.minutes = true;
            List<String> decisions = random.nextBoolean() ? List.of() : List.of("Decision " + (++ids));
            record(actor, c, during, p -> new MinutesRecorded(meetingId, p, "Summary", "Notes", decisions));
            return true;
        } else {
            if (!held && random.nextInt(4) != 0) {
                return false;
            }
            record(actor, c, now, p -> new MeetingClosed(meetingId, p));
            c.meetings.remove(meeting);
            return true;
        }
    }

    private boolean propose(Collaboration c) {
        String goalId = c.id + "-g" + (++ids);
        record(anyMember(c), c, now, p -> new SharedGoalProposed(goalId, p, any(List.of(GoalKind.values())),
                "Statement 1", 1));
        Goal goal = new Goal();
        goal.id = goalId;
        c.goals.add(goal);
        return true;
    }

    private boolean takePosition(Collaboration c) {
        if (c.goals.isEmpty()) {
            return false;
        }
        Goal goal = any(c.goals);
        String goalId = goal.id;
        String member = anyMember(c);
        Boolean position = goal.positions.get(member);
        int version = goal.version;
        if (position == null && random.nextInt(4) == 0) {
            record(member, c, now, p -> new DissentRecorded(goalId, p, version, "Disagrees"));
            goal.positions.put(member, false);
        } else if (position == null || !position) {
            record(member, c, now, p -> new SharedGoalEndorsed(goalId, p, version));
            goal.positions.put(member, true);
        } else {
            return false;
        }
        return true;
    }

    private boolean revise(Collaboration c) {
        if (c.goals.isEmpty()) {
            return false;
        }
        Goal goal = any(c.goals);
        String goalId = goal.id;
        int version = goal.version + 1;
        record(anyMember(c), c, now, p -> new SharedGoalRevised(goalId, p, version, "Statement " + version,
                "Deliberation"));
        goal.version = version;
        goal.positions.clear();
        return true;
    }

    private boolean draft(Collaboration c) {
        String agreementId = c.id + "-a" + (++ids);
        TreeSet<String> parties = new TreeSet<>();
        int count = 1 + random.nextInt(Math.min(4, c.members.size()));
        for (int i = 0; i < count; i++) {
            parties.add(anyMember(c));
        }
        Agreement agreement = new Agreement();
        agreement.id = agreementId;
        agreement.parties = parties;
        agreement.validFrom = day(now);
        agreement.validUntil = random.nextInt(3) == 0 ? day(now).plusDays(60 + random.nextInt(400)) : null;
        record(anyMember(c), c, now, p -> new AgreementDrafted(agreementId, p, any(List.of(AgreementKind.values())),
                "No. " + agreementId, "Agreement " + agreementId, parties, agreement.terms, agreement.validFrom,
                agreement.validUntil));
        c.agreements.add(agreement);
        return true;
    }

    private boolean agreementStep(Collaboration c) {
        if (c.agreements.isEmpty()) {
            return false;
        }
        Agreement agreement = any(c.agreements);
        String agreementId = agreement.id;
        int draw = random.nextInt(10);
        if (draw < 7) {
            List<String> unsigned = agreement.parties.stream()
                    .filter(party -> !agreement.signatures.containsKey(party)).toList();
            if (unsigned.isEmpty()) {
                return false;
            }
            String signer = any(unsigned);
            int version = agreement.version;
            record(signer, c, now, p -> new AgreementSigned(agreementId, p, version));
            agreement.signatures.put(signer, now);
            if (agreement.signatures.keySet().containsAll(agreement.parties)) {
                Instant last = agreement.signatures.values().stream().max(Instant::compareTo).orElseThrow();
                record(signer, c, last, p -> new AgreementCameIntoForce(agreementId, p, version));
                if (!agreement.cameIntoForce && agreement.validUntil != null) {
                    scheduleExpiry(c, agreementId, agreement);
                }
                agreement.cameIntoForce = true;
            }
            return true;
        }
        String party = any(new ArrayList<>(agreement.parties));
        if (draw < 9) {
            int version = agreement.version + 1;
            agreement.terms = "Terms " + version;
            String terms = agreement.terms;
            record(party, c, now, p -> new AgreementAmended(agreementId, p, version, terms, agreement.validUntil,
                    "Renegotiated"));
            agreement.version = version;
            agreement.signatures.clear();
            return true;
        }
        record(party, c, now, p -> new AgreementTerminated(agreementId, p, "Ended by party"));
        c.agreements.remove(agreement);
        return true;
    }

    private void scheduleExpiry(Collaboration c, String agreementId, Agreement agreement) {
        Instant end = agreement.validUntil.plusDays(1).atStartOfDay(ZONE).toInstant();
        schedule(end, () -> {
            if (c.agreements.contains(agreement)) {
                record(SYSTEM, c, end, p -> new AgreementExpired(agreementId, p, agreement.validUntil));
                c.agreements.remove(agreement);
            }
        });
    }

    private boolean pledge(Collaboration c) {
        String commitmentId = c.id + "-k" + (++ids);
        String pledger = anyMember(c);
        LocalDate dueOn = day(now).plusDays(random.nextInt(45));
        String agreementId = !c.agreements.isEmpty() && random.nextBoolean() ? any(c.agreements).id : null;
        record(pledger, c, now, p -> new CommitmentPledged(commitmentId, p, "Deliverable " + commitmentId, dueOn,
                agreementId, null, null));
        Commitment commitment = new Commitment();
        commitment.id = commitmentId;
        commitment.pledger = pledger;
        commitment.dueOn = dueOn;
        c.commitments.add(commitment);
        Instant dueEnded = dueOn.plusDays(1).atStartOfDay(ZONE).toInstant();
        schedule(dueEnded, () -> {
            if (c.commitments.contains(commitment) && !commitment.overdue) {
                record(SYSTEM, c, dueEnded, p -> new CommitmentBecameOverdue(commitmentId, p, dueOn));
                commitment.overdue = true;
            }
        });
        return true;
    }

    private boolean settleCommitment(Collaboration c) {
        if (c.commitments.isEmpty()) {
            return false;
        }
        Commitment commitment = any(c.commitments);
        String commitmentId = commitment.id;
        if (random.nextInt(8) == 0) {
            record(commitment.pledger, c, now, p -> new CommitmentAbandoned(commitmentId, p, "No budget"));
        } else {
            boolean onTime = !day(now).isAfter(commitment.dueOn);
            record(commitment.pledger, c, now, p -> new CommitmentFulfilled(commitmentId, p, "Delivered", onTime));
        }
        c.commitments.remove(commitment);
        return true;
    }

    private boolean request(Collaboration c) {
        String requester = anyMember(c);
        String from = anyMemberBut(c, requester);
        if (from == null) {
            return false;
        }
        String requestId = c.id + "-r" + (++ids);
        LocalDate dueOn = day(now).plusDays(2 + random.nextInt(30));
        record(requester, c, now, p -> new InformationRequested(requestId, p, from, "Data " + requestId, dueOn));
        Request request = new Request();
        request.id = requestId;
        request.from = from;
        request.dueOn = dueOn;
        c.requests.add(request);
        Instant dueEnded = dueOn.plusDays(1).atStartOfDay(ZONE).toInstant();
        schedule(dueEnded, () -> {
            if (c.requests.contains(request) && !request.lapsed) {
                record(SYSTEM, c, dueEnded, p -> new InformationRequestLapsed(requestId, p, dueOn));
                request.lapsed = true;
            }
        });
        return true;
    }

    private boolean settleRequest(Collaboration c) {
        if (c.requests.isEmpty()) {
            return false;
        }
        Request request = any(c.requests);
        String requestId = request.id;
        if (random.nextInt(5) == 0) {
            record(request.from, c, now, p -> new InformationRequestDeclined(requestId, p, "Confidential"));
        } else {
            boolean onTime = !day(now).isAfter(request.dueOn);
            record(request.from, c, now, p -> new InformationRequestAnswered(requestId, p, "Answer", null, onTime));
        }
        c.requests.remove(request);
        return true;
    }

    private boolean report(Collaboration c) {
        String outcomeId = c.id + "-o" + (++ids);
        String reporter = anyMember(c);
        BigDecimal baseline = BigDecimal.valueOf(random.nextInt(1000), 2);
        BigDecimal target = baseline.add(BigDecimal.valueOf(1 + random.nextInt(1000), 2));
        BigDecimal value = baseline.add(BigDecimal.valueOf(random.nextInt(1200) - 100, 2));
        boolean targeted = random.nextInt(4) != 0;
        String indicator = any(INDICATORS);
        String period = Integer.toString(day(now).getYear());
        record(reporter, c, now, p -> new OutcomeReported(outcomeId, p, indicator, period, value.toPlainString(),
                "points", targeted ? baseline.toPlainString() : null, targeted ? target.toPlainString() : null,
                targeted && random.nextBoolean() ? baseline.toPlainString() : null, null));
        Outcome outcome = new Outcome();
        outcome.id = outcomeId;
        outcome.reporter = reporter;
        c.outcomes.add(outcome);
        return true;
    }

    private boolean judge(Collaboration c) {
        if (c.outcomes.isEmpty()) {
            return false;
        }
        Outcome outcome = any(c.outcomes);
        String outcomeId = outcome.id;
        String judge = anyMemberBut(c, outcome.reporter);
        if (judge == null || outcome.judges.contains(judge)) {
            return false;
        }
        if (random.nextInt(4) == 0) {
            record(judge, c, now, p -> new OutcomeDisputed(outcomeId, p, "Different source"));
        } else {
            record(judge, c, now, p -> new OutcomeConfirmed(outcomeId, p));
        }
        outcome.judges.add(judge);
        return true;
    }

    private boolean correct(Collaboration c) {
        String[] corrected = any(c.recorded);
        String recorder = corrected[1];
        String secretary = c.members.entrySet().stream().filter(m -> m.getValue() == Role.SECRETARY)
                .map(Map.Entry::getKey).findFirst().orElse(null);
        String actor = c.members.containsKey(recorder) && random.nextBoolean() ? recorder : secretary;
        if (actor == null) {
            return false;
        }
        String correctionId = c.id + "-x" + (++ids);
        record(actor, c, now, p -> new RecordCorrected(correctionId, p, corrected[0], Map.of("title", "Corrected"),
                "Typing error"));
        return true;
    }

    // --- recording

    private void record(String actor, Collaboration c, Instant occurredAt,
                        Function<Provenance, ? extends CollaborationAct> event) {
        long position = entries.size();
        String eventId = "evt-" + position;
        String collaborationId = c == null ? null : c.id;
        entries.add(new Entry(position, eventId, stamped(actor, collaborationId, occurredAt, now, event)));
        if (c != null) {
            c.recorded.add(new String[]{eventId, actor});
        }
    }

    private void schedule(Instant at, Runnable fire) {
        deadlines.add(new Deadline(at, scheduled++, fire));
    }

    private void fireDeadlines() {
        while (!deadlines.isEmpty() && !deadlines.peek().at().isAfter(now)) {
            deadlines.poll().fire().run();
        }
    }

    // --- choices

    private String managing(Collaboration c) {
        List<String> managers = c.members.entrySet().stream().filter(m -> MANAGING.contains(m.getValue()))
                .map(Map.Entry::getKey).toList();
        return managers.isEmpty() ? null : any(managers);
    }

    private String anyMember(Collaboration c) {
        return any(c.memberIds);
    }

    private String anyMemberBut(Collaboration c, String excluded) {
        if (c.memberIds.size() < 2) {
            return null;
        }
        String member = any(c.memberIds);
        while (member.equals(excluded)) {
            member = any(c.memberIds);
        }
        return member;
    }

    private <T> T any(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** The event with its provenance, stamped with its type's default theory elements as the command side does. */
    public static CollaborationAct stamped(String actor, String collaborationId, Instant occurredAt, Instant recordedAt,
                                          Function<Provenance, ? extends CollaborationAct> event) {
        // The type is known only once the record is built, so build it twice: first to learn the type.
        Class<?> type = event.apply(new Provenance(actor, collaborationId, occurredAt, recordedAt, null, Set.of()))
                .getClass();
        return event.apply(new Provenance(actor, collaborationId, occurredAt, recordedAt, null, evidencesOf(type)));
    }

    public static Set<TheoryElement> evidencesOf(Class<?> type) {
        return EVIDENCES.get(type);
    }

    private static final ClassValue<Set<TheoryElement>> EVIDENCES = new ClassValue<>() {
        @Override
        protected Set<TheoryElement> computeValue(Class<?> type) {
            return Set.of(type.getAnnotation(Evidences.class).value());
        }
    };
}
