package id.gotong.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static id.gotong.events.TheoryElement.AG_FACE_TO_FACE_DIALOGUE;
import static id.gotong.events.TheoryElement.EN_PRINCIPLED_ENGAGEMENT_DELIBERATION;
import static id.gotong.events.TheoryElement.EN_PRINCIPLED_ENGAGEMENT_DETERMINATION;
import static id.gotong.events.TheoryElement.EN_PRINCIPLED_ENGAGEMENT_DISCOVERY;

/**
 * A meeting of a collaboration's forum: convened, then either cancelled, or held (attendance, minutes) and closed.
 * The collaboration is {@code provenance.collaborationId()}.
 */
public sealed interface MeetingEvent extends CollaborationAct {

    String meetingId();

    /**
     * @param scheduledAt when the meeting is (or was) to take place; unlike {@code occurredAt} it may lie ahead
     * @param invitees    stakeholder ids invited, members or not; sorted so the stored JSON is stable
     */
    @Revision("1")
    @Evidences({AG_FACE_TO_FACE_DIALOGUE, EN_PRINCIPLED_ENGAGEMENT_DISCOVERY})
    record MeetingConvened(String meetingId, Provenance provenance, String title, List<String> agenda,
                           Instant scheduledAt, Formality formality, Channel channel, Set<String> invitees)
            implements MeetingEvent {

        public MeetingConvened {
            agenda = List.copyOf(agenda);
            invitees = Collections.unmodifiableSortedSet(new TreeSet<>(invitees));
        }
    }

    @Revision("1")
    @Evidences({AG_FACE_TO_FACE_DIALOGUE})
    record MeetingCancelled(String meetingId, Provenance provenance, String reason) implements MeetingEvent {
    }

    /** Revision 2: {@code representedBy} became {@link PersonalData} (revision 1 stored the name in clear). */
    @Revision("2")
    @Evidences({AG_FACE_TO_FACE_DIALOGUE, EN_PRINCIPLED_ENGAGEMENT_DISCOVERY})
    record AttendanceRecorded(String meetingId, Provenance provenance, List<Attendance> entries)
            implements MeetingEvent {

        public AttendanceRecorded {
            entries = List.copyOf(entries);
        }
    }

    /** Seed 004 cites minutes (notulensi) as the evidence of deliberation; decisions are its determinations. */
    @Revision("1")
    @Evidences({AG_FACE_TO_FACE_DIALOGUE, EN_PRINCIPLED_ENGAGEMENT_DELIBERATION,
            EN_PRINCIPLED_ENGAGEMENT_DETERMINATION})
    record MinutesRecorded(String meetingId, Provenance provenance, String summary, String deliberationNotes,
                           List<String> decisions) implements MeetingEvent {

        public MinutesRecorded {
            decisions = List.copyOf(decisions);
        }
    }

    @Revision("1")
    @Evidences({AG_FACE_TO_FACE_DIALOGUE})
    record MeetingClosed(String meetingId, Provenance provenance) implements MeetingEvent {
    }

    /** A formal meeting is called by letter of invitation (undangan); an informal one by a message or in passing. */
    enum Formality { FORMAL, INFORMAL }

    /** {@code BY_MESSAGE}: coordination held in a message group, as the seed agencies do on WhatsApp. */
    enum Channel { IN_PERSON, ONLINE, BY_MESSAGE }

    enum AttendanceStatus { PRESENT, ABSENT, REPRESENTED }

    /**
     * @param representedBy the private person who attended on the stakeholder's behalf; set only when
     *                      {@code REPRESENTED}
     */
    record Attendance(String stakeholderId, AttendanceStatus status, PersonalData representedBy) {
    }
}
