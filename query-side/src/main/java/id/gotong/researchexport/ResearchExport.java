package id.gotong.researchexport;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import id.gotong.events.Sector;
import id.gotong.events.TheoryElement;
import id.gotong.projection.Act;
import id.gotong.projection.ActProjection;
import id.gotong.projection.AsOf;
import id.gotong.projection.NotFound;
import id.gotong.projection.ReadModels;
import id.gotong.projection.Stakeholder;
import id.gotong.projection.StakeholderProjection;
import org.bson.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A collaboration's acts coded by theory element, one row per act: the data the seed studies had to collect by
 * interview. A row carries what kind of act it was, who (an organisation) did it, when, and its codes, never an
 * event's free-text fields, so no personal data of private individuals (see {@code docs/transparency.md}).
 */
public class ResearchExport {

    public static final List<String> COLUMNS = List.of("position", "eventId", "occurredAt", "recordedAt", "type",
            "subjectId", "actor", "actorName", "actorSector", "ansellGash", "emersonNabatchi");

    private final ReadModels models;

    public ResearchExport(ReadModels models) {
        this.models = models;
    }

    /** @param ansellGash and {@code emersonNabatchi}: the act's elements of each model, in declaration order */
    public record Row(long position, String eventId, Instant occurredAt, Instant recordedAt, String type,
                      String subjectId, String actor, String actorName, Sector actorSector,
                      List<TheoryElement> ansellGash, List<TheoryElement> emersonNabatchi) {
    }

    public List<Row> rows(String collaborationId, AsOf asOf) {
        List<Act> acts = new ArrayList<>();
        for (Document d : models.acts().find(Filters.and(Filters.eq("collaborationId", collaborationId),
                asOf.filter("_id", "occurredAt"))).sort(Sorts.ascending("_id"))) {
            Act act = ActProjection.act(d);
            if (asOf.includes(act.position(), act.occurredAt())) {
                acts.add(act);
            }
        }
        if (acts.isEmpty()) {
            throw new NotFound("unknown-collaboration", "No acts of collaboration " + collaborationId
                    + (asOf.live() ? "" : " as of the moment asked"));
        }
        Set<String> actors = new HashSet<>();
        acts.forEach(a -> actors.add(a.actor()));
        Map<String, Stakeholder> directory = new HashMap<>();
        for (Document d : models.stakeholders().find(Filters.in("_id", actors))) {
            Stakeholder s = StakeholderProjection.stakeholder(d);
            directory.put(s.stakeholderId(), s);
        }
        return acts.stream().map(a -> {
            Stakeholder actor = directory.get(a.actor());
            return new Row(a.position(), a.eventId(), a.occurredAt(), a.recordedAt(), a.type(), a.subjectId(),
                    a.actor(), actor == null ? null : actor.name(), actor == null ? null : actor.sector(),
                    a.elements().stream().filter(e -> e.theory() == TheoryElement.Theory.ANSELL_GASH).sorted()
                            .toList(),
                    a.elements().stream().filter(e -> e.theory() == TheoryElement.Theory.EMERSON_NABATCHI)
                            .sorted().toList());
        }).toList();
    }

    /** RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line break quoted. */
    public static String csv(List<Row> rows) {
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (Row r : rows) {
            List<String> fields = List.of(Long.toString(r.position()), r.eventId(), r.occurredAt().toString(),
                    r.recordedAt().toString(), r.type(), nullable(r.subjectId()), r.actor(), nullable(r.actorName()),
                    r.actorSector() == null ? "" : r.actorSector().name(), codes(r.ansellGash()),
                    codes(r.emersonNabatchi()));
            out.append(fields.stream().map(ResearchExport::quoted).collect(Collectors.joining(","))).append("\r\n");
        }
        return out.toString();
    }

    private static String codes(List<TheoryElement> elements) {
        return elements.stream().map(Enum::name).collect(Collectors.joining(";"));
    }

    private static String nullable(String value) {
        return value == null ? "" : value;
    }

    static String quoted(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }
}
