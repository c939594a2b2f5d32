package id.gotong.projection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A switch over the event types of a sealed hierarchy that cannot forget one: {@link Builder#build()} fails, naming
 * them, unless every record type the root permits (recursively) has exactly one case or is ignored with a reason.
 * Java 17 has no pattern {@code switch}; this stands in for one, and since it is built in a static initializer, the
 * class holding it does not load while a type is missing. A case may cover a whole sealed family (its interface).
 * <p>
 * An ignored type is one this switch never receives; applying the switch to it is a bug and fails.
 *
 * @param <C> what each case gets besides the event
 * @param <R> what each case returns ({@link Void} for a fold that only changes its context)
 */
public final class EventSwitch<C, R> {

    /** A case that answers. */
    @FunctionalInterface
    public interface Case<C, E, R> {
        R apply(C context, E event);
    }

    /** A case that only changes its context: a step of a fold. */
    @FunctionalInterface
    public interface Fold<C, E> {
        void apply(C context, E event);
    }

    private final String name;
    private final Map<Class<?>, Case<C, Object, R>> cases;
    private final Map<Class<?>, String> ignored;

    private EventSwitch(String name, Map<Class<?>, Case<C, Object, R>> cases, Map<Class<?>, String> ignored) {
        this.name = name;
        this.cases = Collections.unmodifiableMap(cases);
        this.ignored = Collections.unmodifiableMap(ignored);
    }

    /**
     * @param name what the switch is, for the message when it is incomplete ("the dossier's fold")
     * @param root a sealed interface (or class) whose permitted record types must all be decided
     */
    public static <C, R> Builder<C, R> over(String name, Class<?> root) {
        return new Builder<>(name, root);
    }

    public R apply(C context, Object event) {
        Case<C, Object, R> found = cases.get(event.getClass());
        if (found == null) {
            String why = ignored.get(event.getClass());
            throw new IllegalArgumentException(name + " does not take " + event.getClass().getSimpleName()
                    + (why == null ? ", which is not a type of its hierarchy" : ": " + why));
        }
        return found.apply(context, event);
    }

    /** The event types with a case. */
    public Set<Class<?>> handled() {
        return cases.keySet();
    }

    /** The event types this switch never receives, each with the reason. */
    public Map<Class<?>, String> ignored() {
        return ignored;
    }

    /**
     * A value for each record type under {@code root}: the table for a switch whose cases are constants (an event
     * type's name is what {@code read_acts} stores). Fails, naming them, unless every type has exactly one value.
     */
    public static <V> Map<String, V> table(String name, Class<?> root, Map<Class<?>, V> values) {
        Builder<Void, V> builder = over(name, root);
        values.forEach((type, value) -> builder.on(type, (none, event) -> value));
        builder.build();
        Map<String, V> byName = new LinkedHashMap<>();
        eventTypes(root).forEach(type -> byName.put(type.getSimpleName(), values.get(type)));
        return Collections.unmodifiableMap(byName);
    }

    /**
     * Every record type under {@code root}, found through the permitted subclasses of each sealed type; a permitted
     * type that is neither a record nor sealed could have subtypes nobody can list, so it is refused.
     */
    public static List<Class<?>> eventTypes(Class<?> root) {
        List<Class<?>> types = new ArrayList<>();
        collect(root, types);
        return List.copyOf(types);
    }

    private static void collect(Class<?> type, List<Class<?>> into) {
        if (type.isRecord()) {
            into.add(type);
        } else if (type.isSealed()) {
            for (Class<?> permitted : type.getPermittedSubclasses()) {
                collect(permitted, into);
            }
        } else {
            throw new IllegalStateException(type.getName() + " is neither a record nor sealed: its event types "
                    + "cannot be listed");
        }
    }

    public static final class Builder<C, R> {

        private final String name;
        private final Class<?> root;
        private final Map<Class<?>, Case<C, Object, R>> cases = new LinkedHashMap<>();
        private final Map<Class<?>, String> ignored = new LinkedHashMap<>();
        private final List<String> problems = new ArrayList<>();

        private Builder(String name, Class<?> root) {
            this.name = name;
            this.root = root;
        }

        /** The case for {@code type}, or for every record type of the sealed family {@code type}. */
        public <E> Builder<C, R> on(Class<E> type, Case<C, ? super E, R> found) {
            for (Class<?> each : eventTypes(type)) {
                if (cases.containsKey(each) || ignored.containsKey(each)) {
                    problems.add(each.getSimpleName() + " is decided twice");
                }
                cases.put(each, (context, event) -> found.apply(context, type.cast(event)));
            }
            return this;
        }

        /** A case that only changes the context, for a fold ({@code R} is {@link Void}). */
        public <E> Builder<C, R> fold(Class<E> type, Fold<C, ? super E> step) {
            return on(type, (Case<C, E, R>) (context, event) -> {
                step.apply(context, event);
                return null;
            });
        }

        /** A type this switch never receives, and why; applying the switch to one fails. */
        public Builder<C, R> ignore(Class<?> type, String reason) {
            if (reason == null || reason.isBlank()) {
                problems.add(type.getSimpleName() + " is ignored without a reason");
            }
            for (Class<?> each : eventTypes(type)) {
                if (cases.containsKey(each) || ignored.containsKey(each)) {
                    problems.add(each.getSimpleName() + " is decided twice");
                }
                ignored.put(each, reason);
            }
            return this;
        }

        /** The switch, if it decides every event type under the root exactly once. */
        public EventSwitch<C, R> build() {
            List<Class<?>> all = eventTypes(root);
            Set<String> missing = new TreeSet<>();
            for (Class<?> type : all) {
                if (!cases.containsKey(type) && !ignored.containsKey(type)) {
                    missing.add(type.getSimpleName());
                }
            }
            if (!missing.isEmpty()) {
                problems.add("no case for " + String.join(", ", missing));
            }
            Set<String> foreign = new TreeSet<>();
            cases.keySet().stream().filter(type -> !all.contains(type)).forEach(t -> foreign.add(t.getSimpleName()));
            ignored.keySet().stream().filter(type -> !all.contains(type)).forEach(t -> foreign.add(t.getSimpleName()));
            if (!foreign.isEmpty()) {
                problems.add("cases for types outside " + root.getSimpleName() + ": " + String.join(", ", foreign));
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException(name + " is incomplete: " + String.join("; ", problems));
            }
            return new EventSwitch<>(name, new LinkedHashMap<>(cases), new LinkedHashMap<>(ignored));
        }
    }
}
