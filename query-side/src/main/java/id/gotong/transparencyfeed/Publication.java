package id.gotong.transparencyfeed;

import id.gotong.events.AgreementEvent.AgreementAmended;
import id.gotong.events.AgreementEvent.AgreementCameIntoForce;
import id.gotong.events.AgreementEvent.AgreementDrafted;
import id.gotong.events.AgreementEvent.AgreementExpired;
import id.gotong.events.AgreementEvent.AgreementSigned;
import id.gotong.events.AgreementEvent.AgreementTerminated;
import id.gotong.events.CollaborationAct;
import id.gotong.events.CollaborationEvent.CollaborationRegistered;
import id.gotong.events.CollaborationEvent.DriverRecorded;
import id.gotong.events.CollaborationEvent.EventCalendarPublished;
import id.gotong.events.CollaborationEvent.LeadershipChanged;
import id.gotong.events.CollaborationEvent.MemberAdmitted;
import id.gotong.events.CollaborationEvent.MemberRoleChanged;
import id.gotong.events.CollaborationEvent.MemberWithdrew;
import id.gotong.events.CommitmentEvent.CommitmentAbandoned;
import id.gotong.events.CommitmentEvent.CommitmentBecameOverdue;
import id.gotong.events.CommitmentEvent.CommitmentFulfilled;
import id.gotong.events.CommitmentEvent.CommitmentPledged;
import id.gotong.events.CorrectionEvent.RecordCorrected;
import id.gotong.events.InformationRequestEvent.InformationRequestAnswered;
import id.gotong.events.InformationRequestEvent.InformationRequestDeclined;
import id.gotong.events.InformationRequestEvent.InformationRequestLapsed;
import id.gotong.events.InformationRequestEvent.InformationRequested;
import id.gotong.events.MeetingEvent.AttendanceRecorded;
import id.gotong.events.MeetingEvent.MeetingCancelled;
import id.gotong.events.MeetingEvent.MeetingClosed;
import id.gotong.events.MeetingEvent.MeetingConvened;
import id.gotong.events.MeetingEvent.MinutesRecorded;
import id.gotong.events.OutcomeEvent.OutcomeConfirmed;
import id.gotong.events.OutcomeEvent.OutcomeDisputed;
import id.gotong.events.OutcomeEvent.OutcomeReported;
import id.gotong.events.Provenance;
import id.gotong.events.SharedGoalEvent.DissentRecorded;
import id.gotong.events.SharedGoalEvent.SharedGoalEndorsed;
import id.gotong.events.SharedGoalEvent.SharedGoalProposed;
import id.gotong.events.SharedGoalEvent.SharedGoalRevised;
import id.gotong.events.StakeholderEvent.StakeholderRegistered;
import id.gotong.projection.EventSwitch;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import static id.gotong.transparencyfeed.Withheld.FREE_TEXT;
import static id.gotong.transparencyfeed.Withheld.OUTSIDE_LINK;
import static id.gotong.transparencyfeed.Withheld.PERSON;

/**
 * The whitelist: for each event type, which of its fields a feed publishes and which it withholds, and why. Every
 * field of every collaboration event is decided here; a field added to an event later is withheld until it is added
 * to one list or the other (loading this class fails until then).
 * <p>
 * A field is named by its path: {@code title}; {@code entries[].status} for a field of each element of a list of
 * records; {@code correctedFields{key}} and {@code correctedFields{value}} for the keys and values of a map.
 * Fields that hold stakeholder ids ({@link #ORGANISATION_FIELDS}) are published as the organisation: its id, registered name and
 * sector. The provenance (actor, collaboration, when it happened and was recorded, authority, theory elements) is
 * published for every event, outside these lists.
 */
public final class Publication {

    /** What is published and what is withheld of one event type. */
    public record Fields(List<String> published, Map<String, Withheld> withheld) {
    }

    /**
     * The event types of the contract a feed never publishes, and why; every other type must be decided below (this
     * class does not load while one is not).
     */
    public static final Map<Class<? extends CollaborationAct>, String> NOT_PUBLISHED = Map.of(
            StakeholderRegistered.class, "a registration is not a collaboration act; organisations are named in "
                    + "items through their registered name and sector");

    /** Field names (last path segment) that hold stakeholder ids. */
    public static final Set<String> ORGANISATION_FIELDS = Set.of("stakeholderId", "leadStakeholderId",
            "previousLeadStakeholderId", "newLeadStakeholderId", "invitees", "parties", "requestedFrom");

    private static final Map<Class<?>, Fields> FIELDS = new LinkedHashMap<>();

    static {
        decide(CollaborationRegistered.class, List.of("collaborationId", "name", "region", "dimensions",
                "legalBasis", "leadStakeholderId", "meetingCadence"), Map.of());
        decide(MemberAdmitted.class, List.of("collaborationId", "stakeholderId", "role"), Map.of());
        decide(MemberRoleChanged.class, List.of("collaborationId", "stakeholderId", "previousRole", "role"),
                Map.of());
        decide(MemberWithdrew.class, List.of("collaborationId", "stakeholderId", "role"),
                Map.of("reason", FREE_TEXT));
        decide(LeadershipChanged.class, List.of("collaborationId", "previousLeadStakeholderId",
                "previousLeadStaysAs", "newLeadStakeholderId"), Map.of("reason", FREE_TEXT));
        decide(DriverRecorded.class, List.of("collaborationId", "kind"), Map.of("description", FREE_TEXT));
        decide(EventCalendarPublished.class, List.of("collaborationId", "entries[].title", "entries[].date"),
                Map.of("entries[].description", FREE_TEXT));

        decide(MeetingConvened.class, List.of("meetingId", "title", "scheduledAt", "formality", "channel",
                "invitees"), Map.of("agenda", FREE_TEXT));
        decide(MeetingCancelled.class, List.of("meetingId"), Map.of("reason", FREE_TEXT));
        decide(AttendanceRecorded.class, List.of("meetingId", "entries[].stakeholderId", "entries[].status"),
                Map.of("entries[].representedBy", PERSON));
        decide(MinutesRecorded.class, List.of("meetingId"),
                Map.of("summary", FREE_TEXT, "deliberationNotes", FREE_TEXT, "decisions", FREE_TEXT));
        decide(MeetingClosed.class, List.of("meetingId"), Map.of());

        decide(SharedGoalProposed.class, List.of("goalId", "kind", "statement", "version"), Map.of());
        decide(SharedGoalEndorsed.class, List.of("goalId", "version"), Map.of());
        decide(DissentRecorded.class, List.of("goalId", "version"), Map.of("reason", FREE_TEXT));
        decide(SharedGoalRevised.class, List.of("goalId", "version", "statement"), Map.of("reason", FREE_TEXT));

        decide(AgreementDrafted.class, List.of("agreementId", "kind", "number", "title", "parties", "validFrom",
                "validUntil"), Map.of("termsSummary", FREE_TEXT));
        decide(AgreementSigned.class, List.of("agreementId", "version"), Map.of());
        decide(AgreementCameIntoForce.class, List.of("agreementId", "version"), Map.of());
        decide(AgreementAmended.class, List.of("agreementId", "version", "validUntil"),
                Map.of("termsSummary", FREE_TEXT, "reason", FREE_TEXT));
        decide(AgreementTerminated.class, List.of("agreementId"), Map.of("reason", FREE_TEXT));
        decide(AgreementExpired.class, List.of("agreementId", "validUntil"), Map.of());

        decide(CommitmentPledged.class, List.of("commitmentId", "deliverable", "dueOn", "agreementId",
                "meetingId"), Map.of("decisionRef", FREE_TEXT));
        decide(CommitmentFulfilled.class, List.of("commitmentId", "onTime"), Map.of("evidence", OUTSIDE_LINK));
        decide(CommitmentBecameOverdue.class, List.of("commitmentId", "dueOn"), Map.of());
        decide(CommitmentAbandoned.class, List.of("commitmentId"), Map.of("reason", FREE_TEXT));

        decide(InformationRequested.class, List.of("requestId", "requestedFrom", "subject", "dueOn"), Map.of());
        decide(InformationRequestAnswered.class, List.of("requestId", "onTime"),
                Map.of("answerSummary", FREE_TEXT, "link", OUTSIDE_LINK));
        decide(InformationRequestDeclined.class, List.of("requestId"), Map.of("reason", FREE_TEXT));
        decide(InformationRequestLapsed.class, List.of("requestId", "dueOn"), Map.of());

        decide(OutcomeReported.class, List.of("outcomeId", "indicator", "period", "value", "unit", "baseline",
                "target", "minimum"), Map.of("evidenceLink", OUTSIDE_LINK));
        decide(OutcomeConfirmed.class, List.of("outcomeId"), Map.of());
        decide(OutcomeDisputed.class, List.of("outcomeId"), Map.of("reason", FREE_TEXT));

        decide(RecordCorrected.class, List.of("correctionId", "correctedEventId", "correctedFields{key}"),
                Map.of("correctedFields{value}", FREE_TEXT, "reason", FREE_TEXT));

        for (Class<?> type : EventSwitch.eventTypes(CollaborationAct.class)) {
            if (!FIELDS.containsKey(type) && !NOT_PUBLISHED.containsKey(type)) {
                throw new IllegalStateException(type.getSimpleName() + " is not decided for the feeds");
            }
        }
    }

    /** Names of fields anywhere in the event contract: the only corrected-field names a feed repeats. */
    private static final Set<String> CONTRACT_FIELD_NAMES = contractFieldNames();

    private Publication() {
    }

    private static void decide(Class<? extends Record> type, List<String> published, Map<String, Withheld> withheld) {
        Set<String> all = new TreeSet<>(leafPaths(type));
        Set<String> decided = new TreeSet<>(published);
        decided.addAll(withheld.keySet());
        if (!all.equals(decided) || published.stream().anyMatch(withheld::containsKey)) {
            throw new IllegalStateException("Decide each field of " + type.getSimpleName()
                    + " once, as published or withheld: it has " + all + ", decided are " + decided);
        }
        FIELDS.put(type, new Fields(List.copyOf(published),
                Collections.unmodifiableSortedMap(new TreeMap<>(withheld))));
    }

    /** Every event type a feed publishes, in the order of this class. */
    public static Set<Class<?>> eventTypes() {
        return Collections.unmodifiableSet(FIELDS.keySet());
    }

    public static Fields fields(Class<?> type) {
        Fields fields = FIELDS.get(type);
        if (fields == null) {
            throw new IllegalArgumentException(type.getSimpleName() + " is not published");
        }
        return fields;
    }

    public static boolean published(CollaborationAct event) {
        return FIELDS.containsKey(event.getClass());
    }

    /** The paths of every field of an event record, provenance excepted. */
    public static List<String> leafPaths(Class<? extends Record> type) {
        List<String> paths = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getType() == Provenance.class) {
                continue;
            }
            String name = component.getName();
            Type generic = component.getGenericType();
            Class<?> element = elementType(generic);
            if (Map.class.isAssignableFrom(component.getType())) {
                paths.add(name + "{key}");
                paths.add(name + "{value}");
            } else if (element != null && element.isRecord()) {
                for (RecordComponent sub : element.getRecordComponents()) {
                    paths.add(name + "[]." + sub.getName());
                }
            } else {
                paths.add(name);
            }
        }
        return paths;
    }

    /** The stakeholder ids an event names in its published fields. */
    public static Set<String> organisationIds(CollaborationAct event) {
        Set<String> ids = new LinkedHashSet<>();
        for (Object value : details(event, id -> new Party(id, id, null, true)).values()) {
            collectParties(value, ids);
        }
        return ids;
    }

    private static void collectParties(Object value, Set<String> ids) {
        if (value instanceof Party party) {
            ids.add(party.id());
        } else if (value instanceof Collection<?> values) {
            values.forEach(v -> collectParties(v, ids));
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> collectParties(v, ids));
        }
    }

    /**
     * The published fields of an event, by field name, in the order they are declared: {@code null} where the event
     * has none, enums by name, dates and instants as ISO-8601 text, stakeholder ids as {@link Party}.
     */
    public static Map<String, Object> details(CollaborationAct event, Function<String, Party> organisations) {
        Map<String, Object> details = new LinkedHashMap<>();
        Map<String, List<String>> nested = new LinkedHashMap<>();
        for (String path : fields(event.getClass()).published()) {
            int list = path.indexOf("[].");
            int map = path.indexOf('{');
            if (list > 0) {
                nested.computeIfAbsent(path.substring(0, list), k -> new ArrayList<>()).add(path.substring(list + 3));
                details.putIfAbsent(path.substring(0, list), null);
            } else if (map > 0) {
                String name = path.substring(0, map);
                Map<?, ?> values = (Map<?, ?>) component(event, name);
                details.put(name, values == null ? null : values.keySet().stream().map(String::valueOf)
                        .filter(CONTRACT_FIELD_NAMES::contains).sorted().toList());
            } else {
                details.put(path, value(path, component(event, path), organisations));
            }
        }
        nested.forEach((name, subFields) -> {
            Collection<?> elements = (Collection<?>) component(event, name);
            if (elements == null) {
                return;
            }
            List<Map<String, Object>> published = new ArrayList<>();
            for (Object element : elements) {
                Map<String, Object> item = new LinkedHashMap<>();
                for (String sub : subFields) {
                    item.put(sub, value(sub, component(element, sub), organisations));
                }
                published.add(item);
            }
            details.put(name, published);
        });
        return details;
    }

    private static Object value(String name, Object value, Function<String, Party> organisations) {
        boolean organisation = ORGANISATION_FIELDS.contains(name);
        if (value == null) {
            return null;
        } else if (organisation && value instanceof String id) {
            return organisations.apply(id);
        } else if (value instanceof Collection<?> values) {
            return values.stream().map(v -> value(name, v, organisations)).toList();
        } else if (value instanceof Enum<?> e) {
            return e.name();
        } else if (value instanceof Instant || value instanceof LocalDate) {
            return value.toString();
        } else if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        throw new IllegalStateException("No published form for " + name + " of type " + value.getClass());
    }

    private static Object component(Object record, String name) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                try {
                    return component.getAccessor().invoke(record);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("Cannot read " + name + " of " + record.getClass(), e);
                }
            }
        }
        throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no field " + name);
    }

    private static Class<?> elementType(Type type) {
        if (type instanceof ParameterizedType parameterized
                && Collection.class.isAssignableFrom((Class<?>) parameterized.getRawType())
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return null;
    }

    private static Set<String> contractFieldNames() {
        Set<String> names = new TreeSet<>();
        for (Class<?> type : FIELDS.keySet()) {
            for (String path : leafPaths(type.asSubclass(Record.class))) {
                String last = path.substring(path.lastIndexOf('.') + 1);
                int brace = last.indexOf('{');
                names.add(brace < 0 ? last : last.substring(0, brace));
                if (path.contains("[].")) {
                    names.add(path.substring(0, path.indexOf("[].")));
                }
            }
        }
        for (RecordComponent component : Provenance.class.getRecordComponents()) {
            names.add(component.getName());
        }
        return Collections.unmodifiableSet(names);
    }
}
