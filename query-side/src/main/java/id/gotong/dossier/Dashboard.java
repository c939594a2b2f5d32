package id.gotong.dossier;

import id.gotong.dossier.Dossier.AgreementState;
import id.gotong.dossier.Dossier.CommitmentState;
import id.gotong.dossier.Dossier.MeetingState;
import id.gotong.dossier.Dossier.RequestState;
import id.gotong.events.AgreementKind;
import id.gotong.events.CollaborationEvent.DriverKind;
import id.gotong.events.MeetingCadence;
import id.gotong.events.MeetingEvent.AttendanceStatus;
import id.gotong.events.MeetingEvent.Channel;
import id.gotong.events.MeetingEvent.Formality;
import id.gotong.events.Role;
import id.gotong.events.Sector;
import id.gotong.events.SharedGoalEvent.GoalKind;
import id.gotong.events.SmartCityDimension;
import id.gotong.events.TheoryElement;
import id.gotong.projection.Act;
import id.gotong.projection.Stakeholder;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A collaboration at a glance: members, meetings, shared goals, agreements, commitments, information requests,
 * outcomes and process health. A pure function of a {@link Dossier}, the stakeholder directory and the collaboration's
 * acts; the formulas are in {@code docs/indicators.md} under {@link #FORMULA_VERSION}.
 */
public record Dashboard(String formulaVersion, Summary collaboration, Members members, Meetings meetings,
                        SharedUnderstanding sharedUnderstanding, List<AgreementView> agreements,
                        Commitments commitments, Requests informationRequests, List<OutcomeSeries> outcomes,
                        Health health, List<DriverView> drivers, List<Dossier.Planned> calendar,
                        List<Dossier.Correction> corrections) {

    public static final String FORMULA_VERSION = "1";

    /** The five stages of Ansell &amp; Gash's collaborative process. */
    public static final List<TheoryElement> PROCESS_STAGES = List.of(TheoryElement.AG_FACE_TO_FACE_DIALOGUE,
            TheoryElement.AG_TRUST_BUILDING, TheoryElement.AG_COMMITMENT_TO_PROCESS,
            TheoryElement.AG_SHARED_UNDERSTANDING, TheoryElement.AG_INTERMEDIATE_OUTCOMES);

    public record Summary(String collaborationId, String name, String region, List<SmartCityDimension> dimensions,
                          List<String> legalBasis, String lead, MeetingCadence meetingCadence, Instant registeredAt,
                          int events) {
    }

    public record Members(int total, Map<Sector, List<MemberView>> bySector, Map<Role, Integer> byRole,
                          List<MemberView> former) {
    }

    public record MemberView(String stakeholderId, String name, Sector sector, Role role, Instant since,
                             Instant leftAt, List<String> eventIds) {
    }

    public record Meetings(int convened, int held, int cancelled, Double attendanceRate, Cadence cadence,
                           List<MeetingView> list) {
    }

    /**
     * Meetings against the declared cadence: calendar periods from registration to the moment read, and how many of
     * them saw a meeting held. {@code null} figures for an ad-hoc cadence.
     */
    public record Cadence(MeetingCadence declared, Integer periods, Integer periodsWithMeeting, Double compliance) {
    }

    public record MeetingView(String meetingId, String title, Instant scheduledAt, Formality formality,
                              Channel channel, MeetingState state, int invited, int present, int represented,
                              int absent, List<String> decisions, List<String> eventIds) {
    }

    public record SharedUnderstanding(Double consensus, int endorsements, int dissents, List<GoalView> goals) {
    }

    /** {@code consensus}: the share of current members that endorse the current version. */
    public record GoalView(String goalId, GoalKind kind, String statement, int version, Set<String> endorsedBy,
                           Set<String> dissentedBy, int members, Double consensus, List<String> eventIds) {
    }

    public record AgreementView(String agreementId, AgreementKind kind, String number, String title,
                                Set<String> parties, Set<String> signedBy, Set<String> awaiting,
                                AgreementState state, int version, LocalDate validFrom, LocalDate validUntil,
                                List<String> eventIds) {
    }

    public record Commitments(Map<CommitmentState, Integer> byState, Double fulfilmentRate, Double onTimeRate,
                              List<CommitmentView> list) {
    }

    public record CommitmentView(String commitmentId, String pledgedBy, String deliverable, LocalDate dueOn,
                                 CommitmentState state, Boolean onTime, String agreementId, String meetingId,
                                 List<String> eventIds) {
    }

    public record Requests(Map<RequestState, Integer> byState, List<RequestView> list) {
    }

    public record RequestView(String requestId, String requestedBy, String requestedFrom, String subject,
                              LocalDate dueOn, RequestState state, boolean answeredLate, List<String> eventIds) {
    }

    public enum OutcomeStatus { REPORTED, CONFIRMED, DISPUTED, CONTESTED }

    /** {@code minimum}: the least value a standard requires (e.g. the national SPBE minimum), or {@code null}. */
    public record OutcomeSeries(String indicator, String unit, String baseline, String target, String minimum,
                                List<OutcomePoint> points) {
    }

    /**
     * @param gapToTarget {@code target − value}, or {@code null} without a target
     * @param progress    {@code (value − baseline) / (target − baseline)}, or {@code null} without both
     * @param meetsMinimum whether {@code value ≥ minimum}, or {@code null} without a minimum
     */
    public record OutcomePoint(String outcomeId, String period, String value, OutcomeStatus status,
                               Set<String> confirmedBy, Set<String> disputedBy, String gapToTarget,
                               String progress, Boolean meetsMinimum, String reportedBy, Instant occurredAt,
                               List<String> eventIds) {
    }

    public record Health(Instant from, Instant to, int stagesWithEvidence, List<Stage> stages,
                         List<Element> emersonNabatchi, List<SectorParticipation> participation) {
    }

    public record Stage(TheoryElement stage, int acts, List<String> eventIds) {
    }

    /** @param component the Emerson &amp; Nabatchi component: drivers, principled engagement, ... */
    public record Element(String component, TheoryElement element, int acts, List<String> eventIds) {
    }

    /** Members of a sector that acted or attended a meeting in the window. */
    public record SectorParticipation(Sector sector, int members, int active, Double share,
                                      List<String> activeMembers) {
    }

    public record DriverView(DriverKind kind, String description, String recordedBy, Instant occurredAt,
                             String eventId) {
    }

    /**
     * @param acts     the collaboration's acts that the dossier folded in (any order)
     * @param readAt   the moment the dashboard describes: now, or the as-of instant
     * @param from, to the health window
     */
    public static Dashboard of(Dossier dossier, Function<String, Stakeholder> directory, List<Act> acts,
                               Instant readAt, Instant from, Instant to, ZoneId zone) {
        Summary summary = new Summary(dossier.collaborationId, dossier.name, dossier.region,
                List.copyOf(dossier.dimensions), List.copyOf(dossier.legalBasis), dossier.lead,
                dossier.meetingCadence, dossier.registeredAt, dossier.events);
        return new Dashboard(FORMULA_VERSION, summary, members(dossier, directory), meetings(dossier, readAt, zone),
                understanding(dossier), agreements(dossier), commitments(dossier), requests(dossier),
                outcomes(dossier), health(dossier, directory, acts, from, to),
                dossier.drivers.stream().map(d -> new DriverView(d.kind, d.description, d.recordedBy,
                        d.occurredAt, d.eventId)).toList(),
                List.copyOf(dossier.calendar), List.copyOf(dossier.corrections));
    }

    private static Sector sectorOf(Function<String, Stakeholder> directory, String stakeholderId) {
        Stakeholder stakeholder = directory.apply(stakeholderId);
        return stakeholder == null ? null : stakeholder.sector();
    }

    private static Members members(Dossier dossier, Function<String, Stakeholder> directory) {
        Map<Sector, List<MemberView>> bySector = new EnumMap<>(Sector.class);
        Map<Role, Integer> byRole = new EnumMap<>(Role.class);
        List<MemberView> former = new ArrayList<>();
        int total = 0;
        for (Map.Entry<String, Dossier.Member> entry : dossier.members.entrySet()) {
            Dossier.Member member = entry.getValue();
            Stakeholder stakeholder = directory.apply(entry.getKey());
            MemberView view = new MemberView(entry.getKey(), stakeholder == null ? null : stakeholder.name(),
                    stakeholder == null ? null : stakeholder.sector(), member.role, member.admittedAt,
                    member.leftAt, List.copyOf(member.eventIds));
            if (!member.active) {
                former.add(view);
                continue;
            }
            total++;
            if (view.sector() != null) {
                bySector.computeIfAbsent(view.sector(), s -> new ArrayList<>()).add(view);
            }
            byRole.merge(member.role, 1, Integer::sum);
        }
        return new Members(total, bySector, byRole, former);
    }

    private static Meetings meetings(Dossier dossier, Instant readAt, ZoneId zone) {
        int held = 0;
        int cancelled = 0;
        int attendedOrRepresented = 0;
        int recorded = 0;
        List<MeetingView> list = new ArrayList<>();
        for (Map.Entry<String, Dossier.Meeting> entry : dossier.meetings.entrySet()) {
            Dossier.Meeting meeting = entry.getValue();
            if (meeting.state == MeetingState.CANCELLED) {
                cancelled++;
            } else if (wasHeld(meeting)) {
                held++;
            }
            int present = count(meeting, AttendanceStatus.PRESENT);
            int represented = count(meeting, AttendanceStatus.REPRESENTED);
            int absent = count(meeting, AttendanceStatus.ABSENT);
            attendedOrRepresented += present + represented;
            recorded += present + represented + absent;
            list.add(new MeetingView(entry.getKey(), meeting.title, meeting.scheduledAt, meeting.formality,
                    meeting.channel, meeting.state, meeting.invitees.size(), present, represented, absent,
                    List.copyOf(meeting.decisions), List.copyOf(meeting.eventIds)));
        }
        list.sort(Comparator.comparing(MeetingView::scheduledAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(MeetingView::meetingId));
        return new Meetings(dossier.meetings.size(), held, cancelled,
                recorded == 0 ? null : (double) attendedOrRepresented / recorded,
                cadence(dossier, readAt, zone), list);
    }

    static boolean wasHeld(Dossier.Meeting meeting) {
        return meeting.held;
    }

    private static int count(Dossier.Meeting meeting, AttendanceStatus status) {
        return (int) meeting.attendance.values().stream().filter(status::equals).count();
    }

    /** Calendar periods in the server's zone: weeks from Monday, months, quarters, half-years, years. */
    static Cadence cadence(Dossier dossier, Instant readAt, ZoneId zone) {
        MeetingCadence declared = dossier.meetingCadence;
        if (declared == null || declared == MeetingCadence.AD_HOC || dossier.registeredAt == null) {
            return new Cadence(declared, null, null, null);
        }
        long first = period(declared, dossier.registeredAt, zone);
        long last = period(declared, readAt, zone);
        if (last < first) {
            return new Cadence(declared, 0, 0, null);
        }
        Set<Long> withMeeting = new TreeSet<>();
        for (Dossier.Meeting meeting : dossier.meetings.values()) {
            if (wasHeld(meeting) && meeting.scheduledAt != null && !meeting.scheduledAt.isAfter(readAt)) {
                long period = period(declared, meeting.scheduledAt, zone);
                if (period >= first && period <= last) {
                    withMeeting.add(period);
                }
            }
        }
        int periods = (int) (last - first + 1);
        return new Cadence(declared, periods, withMeeting.size(), (double) withMeeting.size() / periods);
    }

    static long period(MeetingCadence cadence, Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        long month = local.getYear() * 12L + local.getMonthValue() - 1;
        return switch (cadence) {
            case WEEKLY -> Math.floorDiv(local.toLocalDate().toEpochDay() + 3, 7);
            case MONTHLY -> month;
            case QUARTERLY -> month / 3;
            case SIX_MONTHLY -> month / 6;
            case YEARLY -> month / 12;
            case AD_HOC -> throw new IllegalArgumentException("no periods for an ad-hoc cadence");
        };
    }

    private static SharedUnderstanding understanding(Dossier dossier) {
        Set<String> current = dossier.members.entrySet().stream().filter(e -> e.getValue().active)
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
        List<GoalView> goals = new ArrayList<>();
        int endorsements = 0;
        int dissents = 0;
        double sum = 0;
        for (Map.Entry<String, Dossier.Goal> entry : dossier.goals.entrySet()) {
            Dossier.Goal goal = entry.getValue();
            long endorsing = goal.endorsedBy.keySet().stream().filter(current::contains).count();
            Double consensus = current.isEmpty() ? null : (double) endorsing / current.size();
            endorsements += goal.endorsedBy.size();
            dissents += goal.dissentedBy.size();
            sum += consensus == null ? 0 : consensus;
            goals.add(new GoalView(entry.getKey(), goal.kind, goal.statement, goal.version,
                    new TreeSet<>(goal.endorsedBy.keySet()), new TreeSet<>(goal.dissentedBy.keySet()),
                    current.size(), consensus, List.copyOf(goal.eventIds)));
        }
        Double consensus = goals.isEmpty() || current.isEmpty() ? null : sum / goals.size();
        return new SharedUnderstanding(consensus, endorsements, dissents, goals);
    }

    private static List<AgreementView> agreements(Dossier dossier) {
        List<AgreementView> list = new ArrayList<>();
        dossier.agreements.forEach((id, a) -> {
            TreeSet<String> awaiting = new TreeSet<>(a.parties);
            awaiting.removeAll(a.signedBy.keySet());
            list.add(new AgreementView(id, a.kind, a.number, a.title, new TreeSet<>(a.parties),
                    new TreeSet<>(a.signedBy.keySet()),
                    a.state == AgreementState.AWAITING_SIGNATURES ? awaiting : new TreeSet<>(),
                    a.state, a.version, a.validFrom, a.validUntil, List.copyOf(a.eventIds)));
        });
        return list;
    }

    private static Commitments commitments(Dossier dossier) {
        Map<CommitmentState, Integer> byState = new EnumMap<>(CommitmentState.class);
        for (CommitmentState state : CommitmentState.values()) {
            byState.put(state, 0);
        }
        int onTime = 0;
        List<CommitmentView> list = new ArrayList<>();
        for (Map.Entry<String, Dossier.Commitment> entry : dossier.commitments.entrySet()) {
            Dossier.Commitment c = entry.getValue();
            byState.merge(c.state, 1, Integer::sum);
            if (Boolean.TRUE.equals(c.onTime)) {
                onTime++;
            }
            list.add(new CommitmentView(entry.getKey(), c.pledgedBy, c.deliverable, c.dueOn, c.state, c.onTime,
                    c.agreementId, c.meetingId, List.copyOf(c.eventIds)));
        }
        int settled = byState.get(CommitmentState.FULFILLED) + byState.get(CommitmentState.OVERDUE)
                + byState.get(CommitmentState.ABANDONED);
        return new Commitments(byState,
                settled == 0 ? null : (double) byState.get(CommitmentState.FULFILLED) / settled,
                settled == 0 ? null : (double) onTime / settled, list);
    }

    private static Requests requests(Dossier dossier) {
        Map<RequestState, Integer> byState = new EnumMap<>(RequestState.class);
        for (RequestState state : RequestState.values()) {
            byState.put(state, 0);
        }
        List<RequestView> list = new ArrayList<>();
        dossier.requests.forEach((id, r) -> {
            byState.merge(r.state, 1, Integer::sum);
            list.add(new RequestView(id, r.requestedBy, r.requestedFrom, r.subject, r.dueOn, r.state,
                    r.answeredLate, List.copyOf(r.eventIds)));
        });
        return new Requests(byState, list);
    }

    private static List<OutcomeSeries> outcomes(Dossier dossier) {
        Map<String, List<Map.Entry<String, Dossier.Outcome>>> byIndicator = new TreeMap<>();
        dossier.outcomes.entrySet().forEach(e ->
                byIndicator.computeIfAbsent(e.getValue().indicator, k -> new ArrayList<>()).add(e));
        List<OutcomeSeries> series = new ArrayList<>();
        byIndicator.forEach((indicator, entries) -> {
            entries.sort(Comparator.comparing((Map.Entry<String, Dossier.Outcome> e) -> e.getValue().period)
                    .thenComparing(e -> e.getValue().occurredAt));
            Dossier.Outcome latest = entries.get(entries.size() - 1).getValue();
            List<OutcomePoint> points = new ArrayList<>();
            for (Map.Entry<String, Dossier.Outcome> e : entries) {
                Dossier.Outcome o = e.getValue();
                points.add(new OutcomePoint(e.getKey(), o.period, o.value, status(o),
                        new TreeSet<>(o.confirmedBy.keySet()), new TreeSet<>(o.disputedBy.keySet()),
                        gap(o.value, o.target), progress(o.value, o.baseline, o.target),
                        o.minimum == null ? null : new BigDecimal(o.value).compareTo(new BigDecimal(o.minimum)) >= 0,
                        o.reportedBy,
                        o.occurredAt, List.copyOf(o.eventIds)));
            }
            series.add(new OutcomeSeries(indicator, latest.unit, latest.baseline, latest.target, latest.minimum,
                    points));
        });
        return series;
    }

    static OutcomeStatus status(Dossier.Outcome outcome) {
        boolean confirmed = !outcome.confirmedBy.isEmpty();
        boolean disputed = !outcome.disputedBy.isEmpty();
        return confirmed && disputed ? OutcomeStatus.CONTESTED
                : confirmed ? OutcomeStatus.CONFIRMED
                : disputed ? OutcomeStatus.DISPUTED
                : OutcomeStatus.REPORTED;
    }

    static String gap(String value, String target) {
        if (value == null || target == null) {
            return null;
        }
        return new BigDecimal(target).subtract(new BigDecimal(value)).toPlainString();
    }

    static String progress(String value, String baseline, String target) {
        if (value == null || baseline == null || target == null) {
            return null;
        }
        BigDecimal span = new BigDecimal(target).subtract(new BigDecimal(baseline));
        if (span.signum() == 0) {
            return null;
        }
        return new BigDecimal(value).subtract(new BigDecimal(baseline))
                .divide(span, 4, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static Health health(Dossier dossier, Function<String, Stakeholder> directory, List<Act> acts,
                                 Instant from, Instant to) {
        List<Act> inWindow = acts.stream()
                .filter(a -> !a.occurredAt().isBefore(from) && !a.occurredAt().isAfter(to))
                .sorted(Comparator.comparingLong(Act::position)).toList();
        List<Stage> stages = new ArrayList<>();
        for (TheoryElement stage : PROCESS_STAGES) {
            List<String> ids = eventIdsWith(inWindow, stage);
            stages.add(new Stage(stage, ids.size(), ids));
        }
        List<Element> elements = new ArrayList<>();
        for (TheoryElement element : TheoryElement.values()) {
            if (element.theory() == TheoryElement.Theory.EMERSON_NABATCHI) {
                List<String> ids = eventIdsWith(inWindow, element);
                elements.add(new Element(component(element), element, ids.size(), ids));
            }
        }
        Set<String> active = new TreeSet<>();
        inWindow.forEach(a -> active.add(a.actor()));
        dossier.meetings.values().stream()
                .filter(m -> m.scheduledAt != null && !m.scheduledAt.isBefore(from) && !m.scheduledAt.isAfter(to))
                .forEach(m -> m.attendance.forEach((who, status) -> {
                    if (status != AttendanceStatus.ABSENT) {
                        active.add(who);
                    }
                }));
        Map<Sector, List<String>> members = new EnumMap<>(Sector.class);
        dossier.members.forEach((id, member) -> {
            Sector sector = sectorOf(directory, id);
            if (member.active && sector != null) {
                members.computeIfAbsent(sector, s -> new ArrayList<>()).add(id);
            }
        });
        List<SectorParticipation> participation = new ArrayList<>();
        members.forEach((sector, ids) -> {
            List<String> activeMembers = ids.stream().filter(active::contains).toList();
            participation.add(new SectorParticipation(sector, ids.size(), activeMembers.size(),
                    (double) activeMembers.size() / ids.size(), activeMembers));
        });
        int withEvidence = (int) stages.stream().filter(s -> s.acts() > 0).count();
        return new Health(from, to, withEvidence, stages, elements, participation);
    }

    private static List<String> eventIdsWith(List<Act> acts, TheoryElement element) {
        return acts.stream().filter(a -> a.elements().contains(element)).map(Act::eventId).toList();
    }

    static String component(TheoryElement element) {
        String name = element.name();
        if (name.startsWith("EN_DRIVER_")) {
            return "DRIVERS";
        } else if (name.startsWith("EN_PRINCIPLED_ENGAGEMENT_")) {
            return "PRINCIPLED_ENGAGEMENT";
        } else if (name.startsWith("EN_SHARED_MOTIVATION_")) {
            return "SHARED_MOTIVATION";
        }
        return "CAPACITY_FOR_JOINT_ACTION";
    }

    /** The health window starts, unless asked otherwise, when the collaboration was registered (or earlier). */
    public static Instant defaultFrom(Dossier dossier, Instant to) {
        Instant registered = dossier.registeredAt == null ? to : dossier.registeredAt;
        return registered.isBefore(to) ? registered : to;
    }
}
