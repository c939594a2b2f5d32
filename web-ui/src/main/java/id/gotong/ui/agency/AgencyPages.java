package id.gotong.ui.agency;

import id.gotong.dossier.Dashboard;
import id.gotong.dossier.Dossier;
import id.gotong.dossier.Dossiers;
import id.gotong.events.MeetingEvent.AttendanceStatus;
import id.gotong.events.MeetingEvent.Channel;
import id.gotong.events.MeetingEvent.Formality;
import id.gotong.listing.StakeholderDirectory;
import id.gotong.projection.AsOf;
import id.gotong.projection.BadQuery;
import id.gotong.projection.Blocking;
import id.gotong.projection.NotFound;
import id.gotong.projection.Stakeholder;
import id.gotong.ui.LocalApi;
import id.gotong.ui.Messages;
import id.gotong.ui.PageMessages;
import id.gotong.ui.Pages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The agency's act forms under {@code /agency/collaborations/{id}/…}: convene a meeting, record attendance, pledge a
 * commitment, report an outcome. Each form posts here; the handler sends the act to the command API with the agency's
 * credential, exactly as a script would, and shows the API's refusals next to the fields they name. The form pages
 * read the collaboration through the query side ({@link Dossiers}, {@link StakeholderDirectory}).
 */
@Controller
@RequestMapping("/agency")
public class AgencyPages {

    static final Set<String> MEETING_FIELDS = Set.of("title", "agenda", "scheduledAt", "formality", "channel",
            "invitees", "occurredAt");
    static final Set<String> COMMITMENT_FIELDS = Set.of("deliverable", "dueOn", "meetingId", "agreementId",
            "decisionRef", "occurredAt");
    static final Set<String> OUTCOME_FIELDS = Set.of("indicator", "period", "value", "unit", "baseline", "target",
            "minimum", "evidenceLink", "occurredAt");
    /** The acts these forms record, as named in the answer's {@code ?recorded=} on the agency's page. */
    public static final Set<String> ACTS = Set.of("meeting", "attendance", "commitment", "outcome");
    private static final Pattern ENTRY = Pattern.compile("entries\\[(\\d+)](.*)");

    private final Agents agents;
    private final Dossiers dossiers;
    private final StakeholderDirectory directory;
    private final LocalApi api;
    private final PageMessages messages;
    private final Clock clock;

    public AgencyPages(Agents agents, Dossiers dossiers, StakeholderDirectory directory, LocalApi api,
                       PageMessages messages, Clock clock) {
        this.agents = agents;
        this.dossiers = dossiers;
        this.directory = directory;
        this.api = api;
        this.messages = messages;
        this.clock = clock;
    }

    /** Someone who can be marked present or absent at a meeting; {@code recorded} if already marked. */
    public record Attendee(String stakeholderId, String name, AttendanceStatus recorded) {
    }

    // --- convene a meeting

    @GetMapping("/collaborations/{collaborationId}/meetings/new")
    Mono<String> meetingForm(@PathVariable String collaborationId, ServerWebExchange exchange, Model model) {
        return form(collaborationId, "agency/meeting", ActForm.blank(MEETING_FIELDS), exchange, model, null);
    }

    @PostMapping("/collaborations/{collaborationId}/meetings")
    Mono<String> convene(@PathVariable String collaborationId, ServerWebExchange exchange, Model model) {
        return record(collaborationId, "agency/meeting", "meeting", exchange, model,
                data -> ActForm.submitted(data, MEETING_FIELDS),
                (form, requests) -> new Sent("/api/collaborations/" + collaborationId + "/meetings",
                        requests.meeting(form), List.of()), null);
    }

    // --- record attendance

    @GetMapping("/collaborations/{collaborationId}/attendance/new")
    Mono<String> attendanceForm(@PathVariable String collaborationId,
                                @RequestParam(required = false) String meetingId,
                                ServerWebExchange exchange, Model model) {
        ActForm form = ActForm.blank(Set.of());
        return form(collaborationId, "agency/attendance", form, exchange, model,
                Pages.validId(meetingId) ? meetingId : null);
    }

    @PostMapping("/collaborations/{collaborationId}/attendance")
    Mono<String> recordAttendance(@PathVariable String collaborationId, ServerWebExchange exchange, Model model) {
        return record(collaborationId, "agency/attendance", "attendance", exchange, model,
                data -> ActForm.submitted(data, attendanceFields(rows(data))),
                (form, requests) -> {
                    List<Integer> sent = new ArrayList<>();
                    Map<String, Object> body = requests.attendance(form, rows(form), sent);
                    String meetingId = form.optional("meetingId");
                    if (!Pages.validId(meetingId)) {
                        form.reject("meetingId", "required", null, requests.text());
                    }
                    return new Sent("/api/meetings/" + meetingId + "/attendance", body, sent);
                },
                form -> form.optional("meetingId"));
    }

    static int rows(MultiValueMap<String, String> data) {
        int rows = 0;
        while (data.containsKey("entries[" + rows + "].stakeholderId")) {
            rows++;
        }
        return rows;
    }

    static int rows(ActForm form) {
        int rows = 0;
        while (!form.value("entries[" + rows + "].stakeholderId").isEmpty()) {
            rows++;
        }
        return rows;
    }

    static Set<String> attendanceFields(int rows) {
        Set<String> fields = new LinkedHashSet<>(List.of("meetingId", "entries", "occurredAt"));
        for (int i = 0; i < rows; i++) {
            fields.add("entries[" + i + "].status");
            fields.add("entries[" + i + "].representedBy");
            fields.add("entries[" + i + "]");
        }
        return fields;
    }

    // --- pledge a commitment

    @GetMapping("/collaborations/{collaborationId}/commitments/new")
    Mono<String> commitmentForm(@PathVariable String collaborationId, ServerWebExchange exchange, Model model) {
        return form(collaborationId, "agency/commitment", ActForm.blank(COMMITMENT_FIELDS), exchange, model, null);
    }

    @PostMapping("/collaborations/{collaborationId}/commitments")
    Mono<String> pledge(@PathVariable String collaborationId, ServerWebExchange exchange, Model model) {
        return record(collaborationId, "agency/commitment", "commitment", exchange, model,
                data -> ActForm.submitted(data, COMMITMENT_FIELDS),
                (form, requests) -> new Sent("/api/collaborations/" + collaborationId + "/commitments",
                        requests.commitment(form), List.of()), null);
    }

    // --- report an outcome

    @GetMapping("/collaborations/{collaborationId}/outcomes/new")
    Mono<String> outcomeForm(@PathVariable String collaborationId, ServerWebExchange exchange, Model model) {
        return form(collaborationId, "agency/outcome", ActForm.blank(OUTCOME_FIELDS), exchange, model, null);
    }

    @PostMapping("/collaborations/{collaborationId}/outcomes")
    Mono<String> report(@PathVariable String collaborationId, ServerWebExchange exchange, Model model) {
        return record(collaborationId, "agency/outcome", "outcome", exchange, model,
                data -> ActForm.submitted(data, OUTCOME_FIELDS),
                (form, requests) -> new Sent("/api/collaborations/" + collaborationId + "/outcomes",
                        requests.outcome(form), List.of()), null);
    }

    @ExceptionHandler({NotFound.class, BadQuery.class})
    String refused(RuntimeException e, ServerWebExchange exchange, Model model) {
        return Pages.error(e, exchange, model);
    }

    // --- the machinery every form shares

    /** A request to the command API: its path, its body, and (attendance) which form row each entry came from. */
    record Sent(String path, Map<String, Object> body, List<Integer> rows) {
    }

    interface Building {
        Sent build(ActForm form, Requests requests);
    }

    /** {@link ActRequests} with the texts for its refusals. */
    record Requests(ActRequests requests, Messages text) {
        Map<String, Object> meeting(ActForm form) {
            return requests.meeting(form);
        }

        Map<String, Object> attendance(ActForm form, int rows, List<Integer> sent) {
            return requests.attendance(form, rows, sent);
        }

        Map<String, Object> commitment(ActForm form) {
            return requests.commitment(form);
        }

        Map<String, Object> outcome(ActForm form) {
            return requests.outcome(form);
        }
    }

    private Mono<String> form(String collaborationId, String view, ActForm form, ServerWebExchange exchange,
                              Model model, String meetingId) {
        if (!Pages.validId(collaborationId)) {
            return Mono.just(Pages.notFound(exchange, model, "No collaboration " + collaborationId));
        }
        return agents.current(exchange).flatMap(agent -> {
            if (agent.isEmpty()) {
                return Mono.just("redirect:/agency");
            }
            return Blocking.call(() -> {
                Dossiers.Read read = dossiers.read(collaborationId, AsOf.LIVE);
                Dashboard dashboard = dossiers.dashboard(collaborationId, AsOf.LIVE, null, null).dashboard();
                model.addAttribute("agent", agent.get());
                model.addAttribute("collaboration", dashboard.collaboration());
                model.addAttribute("dashboard", dashboard);
                model.addAttribute("members", members(dashboard, agent.get().stakeholderId()));
                model.addAttribute("formalities", List.of(Formality.values()));
                model.addAttribute("channels", List.of(Channel.values()));
                model.addAttribute("statuses", List.of(AttendanceStatus.values()));
                model.addAttribute("form", form);
                model.addAttribute("meetingId", meetingId);
                if (meetingId != null) {
                    Dossier.Meeting meeting = read.dossier().meetings.get(meetingId);
                    model.addAttribute("meeting", meeting);
                    model.addAttribute("attendees", meeting == null ? List.of() : attendees(read.dossier(), meeting));
                }
                return view;
            });
        });
    }

    private Mono<String> record(String collaborationId, String view, String act, ServerWebExchange exchange,
                                Model model, Function<MultiValueMap<String, String>, ActForm> read,
                                Building building, Function<ActForm, String> meetingOf) {
        if (!Pages.validId(collaborationId)) {
            return Mono.just(Pages.notFound(exchange, model, "No collaboration " + collaborationId));
        }
        Messages text = text(exchange);
        Requests requests = new Requests(new ActRequests(clock.getZone(), text), text);
        return exchange.getFormData().zipWith(agents.current(exchange)).flatMap(t -> {
            Optional<Agent> agent = t.getT2();
            if (agent.isEmpty()) {
                return Mono.just("redirect:/agency");
            }
            ActForm form = read.apply(t.getT1());
            Sent sent = building.build(form, requests);
            String meetingId = meetingOf == null ? null : form.optional("meetingId");
            if (form.hasErrors()) {
                exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                return form(collaborationId, view, form, exchange, model, meetingId);
            }
            return api.client().post().uri(sent.path())
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + agent.get().token())
                    .header("Idempotency-Key", form.idempotencyKey())
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(sent.body())
                    .exchangeToMono(response -> response.bodyToMono(JsonNode.class).defaultIfEmpty(
                                    JsonNodeFactory.instance.objectNode())
                            .map(answer -> new Answer(response.statusCode().value(), answer)))
                    .flatMap(answer -> {
                        if (answer.status() / 100 == 2) {
                            return Mono.just("redirect:" + recorded(act, answer.body()));
                        }
                        if (answer.status() == 401) {
                            agents.signOut(exchange);
                            return Mono.just("redirect:/agency");
                        }
                        form.reject(entriesByRow(answer.body(), sent.rows()), text);
                        exchange.getResponse().setStatusCode(HttpStatus.valueOf(answer.status()));
                        return form(collaborationId, view, form, exchange, model, meetingId);
                    });
        });
    }

    record Answer(int status, JsonNode body) {
    }

    /** {@code entries[k]} of the request is row {@code rows[k]} of the form. */
    static JsonNode entriesByRow(JsonNode problem, List<Integer> rows) {
        if (rows.isEmpty() || !problem.isObject()) {
            return problem;
        }
        ObjectNode copy = (ObjectNode) problem.deepCopy();
        remap(copy, rows);
        if (copy.path("errors").isArray()) {
            for (JsonNode error : copy.path("errors")) {
                if (error instanceof ObjectNode object) {
                    remap(object, rows);
                }
            }
        }
        return copy;
    }

    private static void remap(ObjectNode node, List<Integer> rows) {
        JsonNode field = node.path("field");
        if (!field.isString()) {
            return;
        }
        Matcher m = ENTRY.matcher(field.asString());
        if (m.matches()) {
            int sent = Integer.parseInt(m.group(1));
            if (sent < rows.size()) {
                node.put("field", "entries[" + rows.get(sent) + "]" + m.group(2));
            }
        }
    }

    static String recorded(String act, JsonNode recorded) {
        List<String> positions = new ArrayList<>();
        for (JsonNode event : recorded.path("events")) {
            positions.add(Long.toString(event.path("position").asLong()));
        }
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/agency").queryParam("recorded", act);
        String id = recorded.path("id").asString("");
        if (Pages.validId(id)) {
            uri.queryParam("id", id);
        }
        if (!positions.isEmpty()) {
            uri.queryParam("positions", String.join(",", positions));
        }
        return uri.build().toUriString();
    }

    /** Current members other than the agency itself, by name: who can be invited. */
    static List<Dashboard.MemberView> members(Dashboard dashboard, String self) {
        List<Dashboard.MemberView> members = new ArrayList<>();
        dashboard.members().bySector().values().forEach(members::addAll);
        members.removeIf(m -> m.stakeholderId().equals(self));
        members.sort(Comparator.comparing(m -> m.name() == null ? m.stakeholderId() : m.name()));
        return members;
    }

    /** Invitees and current members, in name order: the meeting rule lets either attend. */
    private List<Attendee> attendees(Dossier dossier, Dossier.Meeting meeting) {
        Set<String> ids = new TreeSet<>(meeting.invitees);
        dossier.members.forEach((id, member) -> {
            if (member.active) {
                ids.add(id);
            }
        });
        Map<String, Stakeholder> registered = directory.find(ids);
        List<Attendee> attendees = new ArrayList<>();
        for (String id : ids) {
            Stakeholder stakeholder = registered.get(id);
            attendees.add(new Attendee(id, stakeholder == null ? id : stakeholder.name(), meeting.attendance.get(id)));
        }
        attendees.sort(Comparator.comparing(Attendee::name));
        return attendees;
    }

    private Messages text(ServerWebExchange exchange) {
        return new Messages(messages, exchange.getLocaleContext().getLocale());
    }
}
