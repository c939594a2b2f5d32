package id.gotong.correction;

import id.gotong.act.Acts;
import id.gotong.act.Membership;
import id.gotong.act.NotPermitted;
import id.gotong.act.RuleViolation;
import id.gotong.act.UnknownCollaboration;
import id.gotong.events.CorrectionEvent.RecordCorrected;
import id.gotong.events.Provenance;
import id.gotong.events.Role;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

@Aggregate
public class Correction {

    /**
     * A correction as recorded; it never changes.
     *
     * @param version the aggregate version, the resource's {@code ETag}
     */
    public record View(String correctionId, String collaborationId, String correctedBy, String correctedEventId,
                       Map<String, String> correctedFields, String reason, Long version) {

        /**
         * The view without the fields the transparency feed withholds (the corrected values and the reason; which
         * fields were corrected stays): see {@code Readers}.
         */
        public View published() {
            Map<String, String> fields = new java.util.LinkedHashMap<>();
            correctedFields.keySet().forEach(field -> fields.put(field, null));
            return new View(correctionId, collaborationId, correctedBy, correctedEventId, fields, null, version);
        }
    }

    @AggregateIdentifier
    private String correctionId;
    private RecordCorrected record;

    protected Correction() {
    }

    /** What a corrected field's name looks like: an event's field, e.g. {@code value} or {@code dueOn}. */
    public static final String FIELD_NAME = "[A-Za-z][A-Za-z0-9_]{0,99}";

    @CommandHandler
    public Correction(CorrectRecord command, Clock clock, Membership membership, RecordedActs recordedActs) {
        String collaborationId = command.collaborationId();
        if (!membership.collaborationExists(collaborationId)) {
            throw new UnknownCollaboration(collaborationId);
        }
        Provenance original = command.correctedEventId() == null ? null
                : recordedActs.provenanceOf(command.correctedEventId()).orElse(null);
        if (original == null) {
            throw new RuleViolation("corrected-event-exists", "correctedEventId", "No event "
                    + command.correctedEventId() + " is recorded");
        }
        if (!Objects.equals(original.collaborationId(), collaborationId)) {
            throw new RuleViolation("correction-within-collaboration", "correctedEventId", "Event "
                    + command.correctedEventId() + " was not recorded in collaboration " + collaborationId);
        }
        if (!Objects.equals(original.actor(), command.actor())
                && !membership.rolesOf(collaborationId, command.actor()).contains(Role.SECRETARY)) {
            throw new NotPermitted("recorder-or-secretary-corrects", "Only " + original.actor()
                    + ", who recorded event " + command.correctedEventId() + ", or a secretary of collaboration "
                    + collaborationId + " may correct it");
        }
        requireFields(command.correctedFields());
        if (command.reason() == null || command.reason().isBlank()) {
            throw new RuleViolation("required", "reason", "Say why the record is corrected");
        }
        Provenance provenance = Acts.provenance(RecordCorrected.class, command.actor(), collaborationId,
                command.occurredAt(), null, clock);
        apply(new RecordCorrected(command.correctionId(), provenance, command.correctedEventId(),
                command.correctedFields(), command.reason()));
    }

    public View view() {
        return new View(correctionId, record.provenance().collaborationId(), record.provenance().actor(),
                record.correctedEventId(), record.correctedFields(), record.reason(), AggregateLifecycle.getVersion());
    }

    private static void requireFields(Map<String, String> correctedFields) {
        if (correctedFields == null || correctedFields.isEmpty()
                || correctedFields.entrySet().stream().anyMatch(field -> field.getKey() == null
                || !field.getKey().matches(FIELD_NAME) || field.getValue() == null)) {
            throw new RuleViolation("correction-names-fields", "correctedFields",
                    "Name each corrected field and give its corrected value");
        }
    }

    @EventSourcingHandler
    void on(RecordCorrected event) {
        correctionId = event.correctionId();
        record = event;
    }
}
