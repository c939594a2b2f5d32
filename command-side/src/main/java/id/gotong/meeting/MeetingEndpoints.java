package id.gotong.meeting;

import java.util.Optional;
import id.gotong.web.Readers;
import id.gotong.act.RuleViolation;
import id.gotong.datasubject.DataSubjects;
import id.gotong.datasubject.NamedPerson;
import id.gotong.events.MeetingEvent.Attendance;
import id.gotong.events.MeetingEvent.AttendanceStatus;
import id.gotong.events.MeetingEvent.Channel;
import id.gotong.events.MeetingEvent.Formality;
import id.gotong.events.PersonalData;
import id.gotong.web.Caller;
import id.gotong.web.CurrentState;
import id.gotong.web.PathIds;
import id.gotong.web.Recorded;
import id.gotong.web.Write;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.Repository;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Convening a collaboration's meetings and recording what happened at them: attendance, minutes, closure, or
 * cancellation before the meeting is held. The acting stakeholder is always the caller.
 */
@RestController
@RequestMapping("/api")
public class MeetingEndpoints {

    private final Repository<Meeting> meetings;
    private final Readers readers;
    private final DataSubjects dataSubjects;

    public MeetingEndpoints(Repository<Meeting> meetings, Readers readers, DataSubjects dataSubjects) {
        this.readers = readers;
        this.meetings = meetings;
        this.dataSubjects = dataSubjects;
    }

    /**
     * @param scheduledAt when the meeting takes place; unlike {@code occurredAt} it may lie ahead
     * @param invitees    registered stakeholders invited, members or not
     */
    public record ConveneMeetingRequest(@NotBlank @Size(max = 200) String title,
                                        @Size(max = 100) List<@NotBlank @Size(max = 500) String> agenda,
                                        @NotNull Instant scheduledAt,
                                        @NotNull Formality formality,
                                        @NotNull Channel channel,
                                        @Size(max = 500) Set<@NotBlank @Pattern(regexp = PathIds.PATTERN) String> invitees,
                                        Instant occurredAt) {
    }

    public record AttendanceRequest(@NotEmpty @Size(max = 500) List<@NotNull @Valid AttendanceEntry> entries,
                                    Instant occurredAt) {
    }

    /**
     * @param representedBy the private person who attended on the stakeholder's behalf; only when {@code status} is
     *                      REPRESENTED
     */
    public record AttendanceEntry(@NotBlank @Pattern(regexp = PathIds.PATTERN) String stakeholderId,
                                  @NotNull AttendanceStatus status,
                                  @Valid NamedPerson representedBy) {
    }

    /** @param decisions the decisions the meeting took, in order */
    public record MinutesRequest(@NotBlank @Size(max = 20000) String summary,
                                 @Size(max = 50000) String deliberationNotes,
                                 @Size(max = 200) List<@NotBlank @Size(max = 2000) String> decisions,
                                 Instant occurredAt) {
    }

    public record ClosureRequest(Instant occurredAt) {
    }

    public record CancellationRequest(@NotBlank @Size(max = 2000) String reason, Instant occurredAt) {
    }

    @PostMapping("/collaborations/{collaborationId}/meetings")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<ResponseEntity<Recorded>> convene(Write write, @Valid @RequestBody ConveneMeetingRequest request) {
        String collaboration = write.pathId("collaborationId");
        String id = PathIds.newId("mtg");
        return write.created("/api/meetings/", request, id, new ConveneMeeting(id, write.actor(),
                request.occurredAt(), collaboration, request.title(), request.agenda(), request.scheduledAt(),
                request.formality(), request.channel(), request.invitees()));
    }

    @GetMapping("/meetings/{meetingId}")
    Mono<ResponseEntity<Meeting.View>> get(Optional<Caller> caller, @PathVariable String meetingId) {
        return CurrentState.of(meetings, PathIds.check("meetingId", meetingId), Meeting::view,
                view -> readers.readsAll(caller, view.collaborationId()) ? view : view.published());
    }

    @PostMapping("/meetings/{meetingId}/attendance")
    Mono<Recorded> recordAttendance(Write write, @Valid @RequestBody AttendanceRequest request) {
        String id = write.pathId("meetingId");
        List<Attendance> entries = request.entries().stream()
                .map(entry -> new Attendance(entry.stakeholderId(), entry.status(),
                        entry.representedBy() == null ? null : entry.representedBy().personalData()))
                .toList();
        return Mono.fromRunnable(() -> requireNotErased(entries))
                .subscribeOn(Schedulers.boundedElastic())
                .then(Mono.defer(() -> write.send(request, id, new RecordAttendance(id, write.actor(),
                        request.occurredAt(), entries, write.expectedVersion()))));
    }

    /** An erased subject stays erased: nothing new is recorded about it under a fresh key. */
    private void requireNotErased(List<Attendance> entries) {
        for (int i = 0; i < entries.size(); i++) {
            PersonalData by = entries.get(i).representedBy();
            if (by != null && dataSubjects.erasure(by.subject()).isPresent()) {
                throw new RuleViolation("data-subject-not-erased", "entries[" + i + "].representedBy.subject",
                        "Data subject " + by.subject() + " is erased; name the person under a new subject");
            }
        }
    }

    @PostMapping("/meetings/{meetingId}/minutes")
    Mono<Recorded> recordMinutes(Write write, @Valid @RequestBody MinutesRequest request) {
        String id = write.pathId("meetingId");
        return write.send(request, id, new RecordMinutes(id, write.actor(), request.occurredAt(), request.summary(),
                request.deliberationNotes(), request.decisions(), write.expectedVersion()));
    }

    /** The body is optional: it only says when the meeting closed, if not now. */
    @PostMapping("/meetings/{meetingId}/closure")
    Mono<Recorded> close(Write write, @Valid @RequestBody(required = false) ClosureRequest body) {
        String id = write.pathId("meetingId");
        ClosureRequest request = body == null ? new ClosureRequest(null) : body;
        return write.send(request, id, new CloseMeeting(id, write.actor(), request.occurredAt(),
                write.expectedVersion()));
    }

    @PostMapping("/meetings/{meetingId}/cancellation")
    Mono<Recorded> cancel(Write write, @Valid @RequestBody CancellationRequest request) {
        String id = write.pathId("meetingId");
        return write.send(request, id, new CancelMeeting(id, write.actor(), request.occurredAt(), request.reason(),
                write.expectedVersion()));
    }
}
