package id.gotong.transparencyfeed;

import id.gotong.events.AgreementEvent;
import id.gotong.events.AgreementEvent.AgreementAmended;
import id.gotong.events.AgreementEvent.AgreementCameIntoForce;
import id.gotong.events.AgreementEvent.AgreementDrafted;
import id.gotong.events.AgreementEvent.AgreementExpired;
import id.gotong.events.AgreementEvent.AgreementSigned;
import id.gotong.events.AgreementEvent.AgreementTerminated;
import id.gotong.events.AgreementKind;
import id.gotong.events.CollaborationAct;
import id.gotong.events.CollaborationEvent;
import id.gotong.events.CollaborationEvent.CollaborationRegistered;
import id.gotong.events.CollaborationEvent.DriverKind;
import id.gotong.events.CollaborationEvent.DriverRecorded;
import id.gotong.events.CollaborationEvent.EventCalendarPublished;
import id.gotong.events.CollaborationEvent.LeadershipChanged;
import id.gotong.events.CollaborationEvent.MemberAdmitted;
import id.gotong.events.CollaborationEvent.MemberRoleChanged;
import id.gotong.events.CollaborationEvent.MemberWithdrew;
import id.gotong.events.CommitmentEvent;
import id.gotong.events.CommitmentEvent.CommitmentAbandoned;
import id.gotong.events.CommitmentEvent.CommitmentBecameOverdue;
import id.gotong.events.CommitmentEvent.CommitmentFulfilled;
import id.gotong.events.CommitmentEvent.CommitmentPledged;
import id.gotong.events.CorrectionEvent.RecordCorrected;
import id.gotong.events.InformationRequestEvent;
import id.gotong.events.InformationRequestEvent.InformationRequestAnswered;
import id.gotong.events.InformationRequestEvent.InformationRequestDeclined;
import id.gotong.events.InformationRequestEvent.InformationRequestLapsed;
import id.gotong.events.InformationRequestEvent.InformationRequested;
import id.gotong.events.MeetingEvent;
import id.gotong.events.MeetingEvent.AttendanceRecorded;
import id.gotong.events.MeetingEvent.AttendanceStatus;
import id.gotong.events.MeetingEvent.Channel;
import id.gotong.events.MeetingEvent.MeetingCancelled;
import id.gotong.events.MeetingEvent.MeetingClosed;
import id.gotong.events.MeetingEvent.MeetingConvened;
import id.gotong.events.MeetingEvent.MinutesRecorded;
import id.gotong.events.OutcomeEvent;
import id.gotong.events.OutcomeEvent.OutcomeConfirmed;
import id.gotong.events.OutcomeEvent.OutcomeDisputed;
import id.gotong.events.OutcomeEvent.OutcomeReported;
import id.gotong.events.Provenance;
import id.gotong.events.Role;
import id.gotong.events.SharedGoalEvent;
import id.gotong.events.SharedGoalEvent.DissentRecorded;
import id.gotong.events.SharedGoalEvent.GoalKind;
import id.gotong.events.SharedGoalEvent.SharedGoalEndorsed;
import id.gotong.events.SharedGoalEvent.SharedGoalProposed;
import id.gotong.events.SharedGoalEvent.SharedGoalRevised;
import id.gotong.projection.Entry;
import id.gotong.transparencyfeed.PublicAct.Kind;
import id.gotong.transparencyfeed.PublicAct.Subject;
import id.gotong.transparencyfeed.PublicAct.Verb;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static id.gotong.transparencyfeed.PublicAct.Verb.ACCEPT;
import static id.gotong.transparencyfeed.PublicAct.Verb.ADD;
import static id.gotong.transparencyfeed.PublicAct.Verb.CREATE;
import static id.gotong.transparencyfeed.PublicAct.Verb.LEAVE;
import static id.gotong.transparencyfeed.PublicAct.Verb.REJECT;
import static id.gotong.transparencyfeed.PublicAct.Verb.REMOVE;
import static id.gotong.transparencyfeed.PublicAct.Verb.UPDATE;

/**
 * Turns a recorded event into its {@link PublicAct}: the Activity Streams verb and object, the published fields, and
 * a title and summary in Indonesian (the product's default language). The texts use only published fields, names of
 * organisations, and the published fields of the event that created the thing acted on (a signature names the
 * agreement's title from its draft). Plain code: no I/O, everything it may look up comes through a {@link Directory}.
 */
public final class PublicActs {

    /** What the mapping may look up besides the event itself. */
    public interface Directory {

        /** The registered organisation with this stakeholder id, or Gotong itself for {@code system}. */
        Party party(String stakeholderId);

        /** The event that created the thing with this id, if it is of the given type and recorded. */
        <T extends CollaborationAct> Optional<T> origin(Class<T> type, String subjectId);
    }

    /** The event types whose event creates the thing that later acts refer to, by the id of that thing. */
    public static final List<Class<? extends CollaborationAct>> ORIGINS = List.of(CollaborationRegistered.class,
            MeetingConvened.class, SharedGoalProposed.class, AgreementDrafted.class, CommitmentPledged.class,
            InformationRequested.class, OutcomeReported.class);

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);
    private final DateTimeFormatter moment;

    /** @param zone where a reader of the summaries lives: dates and times are written in it */
    public PublicActs(ZoneId zone) {
        this.moment = DateTimeFormatter.ofPattern("d MMMM yyyy 'pukul' HH.mm z", INDONESIAN).withZone(zone);
    }

    private record Text(Verb verb, Subject object, Subject target, String title, String summary) {

        Text(Verb verb, Subject object, String title, String summary) {
            this(verb, object, null, title, summary);
        }
    }

    public PublicAct of(Entry entry, Directory directory) {
        CollaborationAct event = entry.event();
        Provenance provenance = event.provenance();
        Party actor = directory.party(provenance.actor());
        String collaborationId = provenance.collaborationId();
        String collaborationName = event instanceof CollaborationRegistered registered ? registered.name()
                : directory.origin(CollaborationRegistered.class, collaborationId)
                .map(CollaborationRegistered::name).orElse(collaborationId);
        Subject collaboration = Subject.of(Kind.COLLABORATION, collaborationId, collaborationName);
        Map<String, Object> details = Publication.details(event, directory::party);
        Text text = text(event, actor, collaboration, directory);
        return new PublicAct(entry.position(), entry.eventId(), entry.type(), text.verb(), actor, text.object(),
                text.target(), collaboration, provenance.occurredAt(), provenance.recordedAt(),
                provenance.authority(), List.copyOf(provenance.evidences()), details, text.title(), text.summary());
    }

    private Text text(CollaborationAct event, Party actor, Subject collaboration, Directory directory) {
        if (event instanceof CollaborationEvent e) {
            return collaboration(e, actor, collaboration, directory);
        } else if (event instanceof MeetingEvent e) {
            return meeting(e, actor, directory);
        } else if (event instanceof SharedGoalEvent e) {
            return goal(e, actor, directory);
        } else if (event instanceof AgreementEvent e) {
            return agreement(e, actor, directory);
        } else if (event instanceof CommitmentEvent e) {
            return commitment(e, actor, directory);
        } else if (event instanceof InformationRequestEvent e) {
            return request(e, actor, directory);
        } else if (event instanceof OutcomeEvent e) {
            return outcome(e, actor, directory);
        } else if (event instanceof RecordCorrected e) {
            int fields = e.correctedFields().size();
            return new Text(UPDATE, Subject.of(Kind.ACT, e.correctedEventId(), null), "Catatan dikoreksi",
                    actor.name() + " mengoreksi " + fields + " kolom dari sebuah catatan sebelumnya.");
        }
        throw new IllegalArgumentException("No public form for " + event.getClass().getSimpleName());
    }

    private Text collaboration(CollaborationEvent event, Party actor, Subject collaboration, Directory directory) {
        String in = " dalam " + quote(collaboration.name());
        if (event instanceof CollaborationRegistered e) {
            return new Text(CREATE, collaboration, "Kolaborasi didaftarkan: " + e.name(), actor.name()
                    + " mendaftarkan kolaborasi " + quote(e.name()) + (e.region() == null ? "" : " di " + e.region())
                    + ".");
        } else if (event instanceof MemberAdmitted e) {
            Party member = directory.party(e.stakeholderId());
            String admitted = member.id().equals(actor.id()) ? member.name() + " menjadi " + role(e.role())
                    : actor.name() + " menerima " + member.name() + " sebagai " + role(e.role());
            return new Text(ADD, organisation(member), collaboration, "Anggota baru: " + member.name(),
                    admitted + in + ".");
        } else if (event instanceof MemberRoleChanged e) {
            Party member = directory.party(e.stakeholderId());
            return new Text(UPDATE, organisation(member), "Peran berubah: " + member.name(), actor.name()
                    + " mengubah peran " + member.name() + " dari " + role(e.previousRole()) + " menjadi "
                    + role(e.role()) + in + ".");
        } else if (event instanceof MemberWithdrew e) {
            Party member = directory.party(e.stakeholderId());
            if (member.id().equals(actor.id())) {
                return new Text(LEAVE, collaboration, "Anggota keluar: " + member.name(),
                        member.name() + " keluar dari " + quote(collaboration.name()) + ".");
            }
            return new Text(REMOVE, organisation(member), collaboration, "Anggota dikeluarkan: " + member.name(),
                    actor.name() + " mengeluarkan " + member.name() + " dari " + quote(collaboration.name()) + ".");
        } else if (event instanceof LeadershipChanged e) {
            Party previous = directory.party(e.previousLeadStakeholderId());
            Party next = directory.party(e.newLeadStakeholderId());
            return new Text(UPDATE, collaboration, "Kepemimpinan beralih ke " + next.name(), actor.name()
                    + " mengalihkan kepemimpinan" + in + " dari " + previous.name() + " kepada " + next.name() + "; "
                    + previous.name() + " tetap sebagai " + role(e.previousLeadStaysAs()) + ".");
        } else if (event instanceof DriverRecorded e) {
            return new Text(CREATE, Subject.of(Kind.DRIVER, null, driver(e.kind())),
                    "Faktor pendorong dicatat: " + driver(e.kind()),
                    actor.name() + " mencatat faktor pendorong berupa " + driver(e.kind()) + in + ".");
        } else if (event instanceof EventCalendarPublished e) {
            return new Text(CREATE, Subject.of(Kind.CALENDAR, null, "Kalender kegiatan"), "Kalender kegiatan terbit",
                    actor.name() + " menerbitkan kalender kegiatan berisi " + e.entries().size() + " kegiatan" + in
                            + ".");
        }
        throw new IllegalArgumentException("No public form for " + event.getClass().getSimpleName());
    }

    private Text meeting(MeetingEvent event, Party actor, Directory directory) {
        Optional<MeetingConvened> convened = event instanceof MeetingConvened c ? Optional.of(c)
                : directory.origin(MeetingConvened.class, event.meetingId());
        String title = convened.map(MeetingConvened::title).orElse(event.meetingId());
        Subject meeting = new Subject(Kind.MEETING, event.meetingId(), title,
                convened.map(MeetingConvened::scheduledAt).orElse(null));
        if (event instanceof MeetingConvened e) {
            return new Text(CREATE, meeting, "Undangan rapat: " + title, actor.name() + " mengundang "
                    + e.invitees().size() + " pihak ke rapat " + formality(e) + " " + quote(title) + " "
                    + channel(e.channel()) + " pada " + moment.format(e.scheduledAt()) + ".");
        } else if (event instanceof MeetingCancelled) {
            return new Text(UPDATE, meeting, "Rapat dibatalkan: " + title,
                    actor.name() + " membatalkan rapat " + quote(title) + ".");
        } else if (event instanceof AttendanceRecorded e) {
            long present = e.entries().stream().filter(a -> a.status() == AttendanceStatus.PRESENT).count();
            long represented = e.entries().stream().filter(a -> a.status() == AttendanceStatus.REPRESENTED).count();
            long absent = e.entries().stream().filter(a -> a.status() == AttendanceStatus.ABSENT).count();
            return new Text(UPDATE, meeting, "Kehadiran rapat dicatat: " + title, actor.name()
                    + " mencatat kehadiran rapat " + quote(title) + ": " + present + " pihak hadir, " + represented
                    + " diwakili, " + absent + " tidak hadir.");
        } else if (event instanceof MinutesRecorded e) {
            return new Text(CREATE, Subject.of(Kind.MINUTES, null, "Notulensi " + title),
                    "Notulensi rapat dicatat: " + title, actor.name() + " mencatat notulensi rapat " + quote(title)
                    + " dengan " + e.decisions().size() + " keputusan.");
        } else if (event instanceof MeetingClosed) {
            return new Text(UPDATE, meeting, "Rapat ditutup: " + title,
                    actor.name() + " menutup rapat " + quote(title) + ".");
        }
        throw new IllegalArgumentException("No public form for " + event.getClass().getSimpleName());
    }

    private Text goal(SharedGoalEvent event, Party actor, Directory directory) {
        Optional<SharedGoalProposed> proposed = event instanceof SharedGoalProposed p ? Optional.of(p)
                : directory.origin(SharedGoalProposed.class, event.goalId());
        String kind = proposed.map(p -> goalKind(p.kind())).orElse("tujuan bersama");
        Subject goal = Subject.of(Kind.GOAL, event.goalId(), proposed.map(SharedGoalProposed::statement).orElse(null));
        if (event instanceof SharedGoalProposed e) {
            return new Text(CREATE, goal, capitalised(kind) + " diusulkan",
                    actor.name() + " mengusulkan " + kind + ": " + quote(e.statement()) + ".");
        } else if (event instanceof SharedGoalEndorsed e) {
            return new Text(ACCEPT, goal, capitalised(kind) + " didukung",
                    actor.name() + " mendukung " + kind + versionOf(e.version(), proposed) + ".");
        } else if (event instanceof DissentRecorded e) {
            return new Text(REJECT, goal, "Keberatan atas " + kind,
                    actor.name() + " menyatakan keberatan atas " + kind + versionOf(e.version(), proposed) + ".");
        } else if (event instanceof SharedGoalRevised e) {
            return new Text(UPDATE, Subject.of(Kind.GOAL, e.goalId(), e.statement()), capitalised(kind) + " direvisi",
                    actor.name() + " merevisi " + kind + " menjadi versi " + e.version() + ": " + quote(e.statement())
                            + ".");
        }
        throw new IllegalArgumentException("No public form for " + event.getClass().getSimpleName());
    }

    /** The statement is named only for the version it was proposed with: a revision has its own item. */
    private static String versionOf(int version, Optional<SharedGoalProposed> proposed) {
        return proposed.filter(p -> p.version() == version).map(p -> " " + quote(p.statement()))
                .orElse(" versi " + version);
    }

    private Text agreement(AgreementEvent event, Party actor, Directory directory) {
        Optional<AgreementDrafted> drafted = event instanceof AgreementDrafted d ? Optional.of(d)
                : directory.origin(AgreementDrafted.class, event.agreementId());
        String title = drafted.map(AgreementDrafted::title).orElse(event.agreementId());
        String kind = drafted.map(d -> agreementKind(d.kind())).orElse("perjanjian");
        String named = kind + " " + quote(title);
        Subject agreement = Subject.of(Kind.AGREEMENT, event.agreementId(), title);
        if (event instanceof AgreementDrafted e) {
            return new Text(CREATE, agreement, "Perjanjian disusun: " + title, actor.name() + " menyusun " + named
                    + (e.number() == null ? "" : " nomor " + e.number()) + " dengan " + e.parties().size()
                    + " pihak.");
        } else if (event instanceof AgreementSigned e) {
            return new Text(ACCEPT, agreement, "Perjanjian ditandatangani: " + title,
                    actor.name() + " menandatangani " + named + " versi " + e.version() + ".");
        } else if (event instanceof AgreementCameIntoForce e) {
            return new Text(UPDATE, agreement, "Perjanjian berlaku: " + title, capitalised(named) + " versi "
                    + e.version() + " berlaku setelah ditandatangani semua pihak.");
        } else if (event instanceof AgreementAmended e) {
            return new Text(UPDATE, agreement, "Perjanjian diubah: " + title, actor.name() + " mengubah " + named
                    + " menjadi versi " + e.version() + "; penandatanganan dimulai lagi.");
        } else if (event instanceof AgreementTerminated) {
            return new Text(UPDATE, agreement, "Perjanjian diakhiri: " + title,
                    actor.name() + " mengakhiri " + named + ".");
        } else if (event instanceof AgreementExpired e) {
            return new Text(UPDATE, agreement, "Perjanjian habis masa berlakunya: " + title,
                    "Masa berlaku " + named + " berakhir pada " + day.format(e.validUntil()) + ".");
        }
        throw new IllegalArgumentException("No public form for " + event.getClass().getSimpleName());
    }

    private Text commitment(CommitmentEvent event, Party actor, Directory directory) {
        Optional<CommitmentPledged> pledged = event instanceof CommitmentPledged p ? Optional.of(p)
                : directory.origin(CommitmentPledged.class, event.commitmentId());
        String deliverable = pledged.map(CommitmentPledged::deliverable).orElse(event.commitmentId());
        String pledger = pledged.map(p -> directory.party(p.provenance().actor()).name()).orElse(actor.name());
        Subject commitment = Subject.of(Kind.COMMITMENT, event.commitmentId(), deliverable);
        if (event instanceof CommitmentPledged e) {
            return new Text(CREATE, commitment, "Komitmen: " + deliverable, actor.name()
                    + " berkomitmen menyelesaikan " + quote(deliverable) + " paling lambat " + day.format(e.dueOn())
                    + ".");
        } else if (event instanceof CommitmentFulfilled e) {
            return new Text(UPDATE, commitment, "Komitmen dipenuhi: " + deliverable, actor.name()
                    + " memenuhi komitmen " + quote(deliverable)
                    + (e.onTime() ? " tepat waktu." : " dengan terlambat."));
        } else if (event instanceof CommitmentBecameOverdue e) {
            return new Text(UPDATE, commitment, "Komitmen melewati tenggat: " + deliverable, "Komitmen "
                    + quote(deliverable) + " dari " + pledger + " melewati tenggat " + day.format(e.dueOn()) + ".");
        } else if (event instanceof CommitmentAbandoned) {
            return new Text(UPDATE, commitment, "Komitmen ditinggalkan: " + deliverable,
                    actor.name() + " meninggalkan komitmen " + quote(deliverable) + ".");
        }
        throw new IllegalArgumentException("No public form for " + event.getClass().getSimpleName());
    }

    private Text request(InformationRequestEvent event, Party actor, Directory directory) {
        Optional<InformationRequested> requested = event instanceof InformationRequested r ? Optional.of(r)
                : directory.origin(InformationRequested.class, event.requestId());
        String subject = requested.map(InformationRequested::subject).orElse(event.requestId());
        String askedOf = requested.map(r -> directory.party(r.requestedFrom()).name()).orElse(null);
        Subject request = Subject.of(Kind.INFORMATION_REQUEST, event.requestId(), subject);
        if (event instanceof InformationRequested e) {
            return new Text(CREATE, request, "Permintaan informasi: " + subject, actor.name() + " meminta informasi "
                    + quote(subject) + " dari " + askedOf + " paling lambat " + day.format(e.dueOn()) + ".");
        } else if (event instanceof InformationRequestAnswered e) {
            return new Text(UPDATE, request, "Permintaan informasi dijawab: " + subject, actor.name()
                    + " menjawab permintaan informasi " + quote(subject)
                    + (e.onTime() ? " tepat waktu." : " dengan terlambat."));
        } else if (event instanceof InformationRequestDeclined) {
            return new Text(REJECT, request, "Permintaan informasi ditolak: " + subject,
                    actor.name() + " menolak permintaan informasi " + quote(subject) + ".");
        } else if (event instanceof InformationRequestLapsed e) {
            return new Text(UPDATE, request, "Permintaan informasi tak berjawab: " + subject,
                    "Permintaan informasi " + quote(subject) + (askedOf == null ? "" : " kepada " + askedOf)
                            + " tidak dijawab hingga " + day.format(e.dueOn()) + ".");
        }
        throw new IllegalArgumentException("No public form for " + event.getClass().getSimpleName());
    }

    private Text outcome(OutcomeEvent event, Party actor, Directory directory) {
        Optional<OutcomeReported> reported = event instanceof OutcomeReported r ? Optional.of(r)
                : directory.origin(OutcomeReported.class, event.outcomeId());
        String measured = reported.map(r -> r.indicator() + " " + r.period()).orElse(event.outcomeId());
        String reporter = reported.map(r -> directory.party(r.provenance().actor()).name()).orElse(null);
        Subject outcome = Subject.of(Kind.OUTCOME, event.outcomeId(), measured);
        String by = reporter == null ? "" : " yang dilaporkan " + reporter;
        if (event instanceof OutcomeReported e) {
            return new Text(CREATE, outcome, "Capaian dilaporkan: " + measured, actor.name() + " melaporkan "
                    + measured + ": " + e.value() + (e.unit() == null ? "" : " " + e.unit())
                    + (e.target() == null ? "" : " (target " + e.target() + ")") + ".");
        } else if (event instanceof OutcomeConfirmed) {
            return new Text(ACCEPT, outcome, "Capaian dikonfirmasi: " + measured,
                    actor.name() + " mengonfirmasi capaian " + measured + by + ".");
        } else if (event instanceof OutcomeDisputed) {
            return new Text(REJECT, outcome, "Capaian dipersoalkan: " + measured,
                    actor.name() + " mempersoalkan capaian " + measured + by + ".");
        }
        throw new IllegalArgumentException("No public form for " + event.getClass().getSimpleName());
    }

    private static Subject organisation(Party party) {
        return Subject.of(Kind.ORGANISATION, party.id(), party.name());
    }

    private static String quote(String text) {
        return "“" + text + "”";
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String role(Role role) {
        return switch (role) {
            case PATRON -> "pelindung";
            case PERSON_IN_CHARGE -> "penanggung jawab";
            case STEERING -> "pengarah";
            case CHAIR -> "ketua";
            case VICE_CHAIR -> "wakil ketua";
            case SECRETARY -> "sekretaris";
            case WORKING_GROUP_COORDINATOR -> "koordinator kelompok kerja";
            case MEMBER -> "anggota";
        };
    }

    static String driver(DriverKind kind) {
        return switch (kind) {
            case CONSEQUENTIAL_INCENTIVE -> "insentif atau tekanan";
            case INTERDEPENDENCE -> "saling ketergantungan";
            case UNCERTAINTY -> "ketidakpastian";
            case RESOURCE_GAP -> "kekurangan sumber daya";
        };
    }

    static String agreementKind(AgreementKind kind) {
        return switch (kind) {
            case MOU -> "nota kesepahaman";
            case COOPERATION_AGREEMENT -> "perjanjian kerja sama";
            case DECREE -> "keputusan";
            case ACTION_PLAN -> "rencana aksi";
        };
    }

    static String goalKind(GoalKind kind) {
        return switch (kind) {
            case GOAL -> "tujuan bersama";
            case PROBLEM_DEFINITION -> "definisi masalah bersama";
        };
    }

    private static String formality(MeetingConvened meeting) {
        return switch (meeting.formality()) {
            case FORMAL -> "resmi";
            case INFORMAL -> "tidak resmi";
        };
    }

    private static String channel(Channel channel) {
        return switch (channel) {
            case IN_PERSON -> "secara tatap muka";
            case ONLINE -> "secara daring";
            case BY_MESSAGE -> "melalui grup pesan";
        };
    }
}
