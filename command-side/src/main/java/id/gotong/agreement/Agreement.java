package id.gotong.agreement;

import id.gotong.act.Acts;
import id.gotong.act.Membership;
import id.gotong.act.NotPermitted;
import id.gotong.act.RuleViolation;
import id.gotong.act.StateConflict;
import id.gotong.events.AgreementEvent.AgreementAmended;
import id.gotong.events.AgreementEvent.AgreementCameIntoForce;
import id.gotong.events.AgreementEvent.AgreementDrafted;
import id.gotong.events.AgreementEvent.AgreementExpired;
import id.gotong.events.AgreementEvent.AgreementSigned;
import id.gotong.events.AgreementEvent.AgreementTerminated;
import id.gotong.events.AgreementKind;
import id.gotong.events.Provenance;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static id.gotong.act.Acts.required;

@Aggregate
public class Agreement {

    static final String SYSTEM = Acts.SYSTEM;

    private enum Ending { TERMINATED, EXPIRED }

    /** Where an agreement stands: awaiting signatures of its current version, in force, or ended. */
    public enum Status { AWAITING_SIGNATURES, IN_FORCE, TERMINATED, EXPIRED }

    /**
     * An agreement as it stands now.
     *
     * @param agreementVersion the version of the terms, from 1; an amendment adds one and the signatures start over
     * @param signedBy         the parties that signed {@code agreementVersion}
     * @param version          the aggregate version, the resource's {@code ETag}
     */
    public record View(String agreementId, String collaborationId, AgreementKind kind, String number, String title,
                       SortedSet<String> parties, String termsSummary, LocalDate validFrom, LocalDate validUntil,
                       int agreementVersion, SortedSet<String> signedBy, Status status, Long version) {

        /** The view without the fields the transparency feed withholds (the terms summary): see {@code Readers}. */
        public View published() {
            return new View(agreementId, collaborationId, kind, number, title, parties, null, validFrom, validUntil,
                    agreementVersion, signedBy, status, version);
        }
    }

    @AggregateIdentifier
    private String agreementId;
    private String collaborationId;
    private AgreementKind kind;
    private String number;
    private String title;
    private Set<String> parties;
    private String termsSummary;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private int version;
    /** Who signed the current version, and when. */
    private final Map<String, Instant> signatures = new HashMap<>();
    private boolean cameIntoForce;
    /** Whether every party signed the current version. */
    private boolean currentVersionInForce;
    private Ending ending;

    protected Agreement() {
    }

    @CommandHandler
    public Agreement(DraftAgreement command, Clock clock, Membership membership) {
        membership.requireMember(command.collaborationId(), command.actor());
        if (command.kind() == null) {
            throw new RuleViolation("required", "kind", "Say what kind of agreement this is");
        }
        required(command.number(), "number", "An agreement needs its number, e.g. 515.13/1306/2021");
        required(command.title(), "title", "An agreement needs a title");
        required(command.termsSummary(), "termsSummary", "Summarise what the parties agree to");
        if (command.validFrom() == null) {
            throw new RuleViolation("required", "validFrom", "Say from which day the agreement is valid");
        }
        requireValidity(command.validFrom(), command.validUntil());
        if (command.parties() == null || command.parties().isEmpty()) {
            throw new RuleViolation("agreement-has-parties", "parties", "An agreement needs at least one party");
        }
        for (String party : command.parties()) {
            if (party == null || !membership.isMember(command.collaborationId(), party)) {
                throw new RuleViolation("parties-are-members", "parties", "Party " + party
                        + " is not a member of collaboration " + command.collaborationId());
            }
        }
        Provenance provenance = Acts.provenance(AgreementDrafted.class, command.actor(), command.collaborationId(),
                command.occurredAt(), null, clock);
        apply(new AgreementDrafted(command.agreementId(), provenance, command.kind(), command.number(),
                command.title(), command.parties(), command.termsSummary(), command.validFrom(),
                command.validUntil()));
    }

    @CommandHandler
    void sign(SignAgreement command, Clock clock) {
        String signer = command.actor();
        if (!parties.contains(signer)) {
            throw new NotPermitted("sign-only-for-yourself", signer + " is not a party to agreement " + agreementId
                    + " and a party signs only for itself");
        }
        refuseIfEnded("signed");
        if (signatures.containsKey(signer)) {
            throw new StateConflict("sign-once-per-version", signer + " already signed version " + version
                    + " of agreement " + agreementId);
        }
        Provenance signature = Acts.provenance(AgreementSigned.class, signer, collaborationId, command.occurredAt(),
                null, clock);
        Set<String> signers = new HashSet<>(signatures.keySet());
        signers.add(signer);
        Instant lastSignedAt = signatures.values().stream()
                .reduce(signature.occurredAt(), (a, b) -> a.isAfter(b) ? a : b);
        apply(new AgreementSigned(agreementId, signature, version));
        if (signers.containsAll(parties)) {
            apply(new AgreementCameIntoForce(agreementId, Acts.provenance(AgreementCameIntoForce.class, signer,
                    collaborationId, lastSignedAt, null, clock), version));
        }
    }

    @CommandHandler
    void amend(AmendAgreement command, Clock clock) {
        requireParty(command.actor(), "amend-only-as-party", "amend");
        refuseIfEnded("amended");
        required(command.termsSummary(), "termsSummary", "An amendment states the amended terms");
        required(command.reason(), "reason", "Say why the agreement is amended");
        requireValidity(validFrom, command.validUntil());
        if (command.termsSummary().equals(termsSummary) && Objects.equals(command.validUntil(), validUntil)) {
            return;
        }
        Provenance provenance = Acts.provenance(AgreementAmended.class, command.actor(), collaborationId,
                command.occurredAt(), null, clock);
        apply(new AgreementAmended(agreementId, provenance, version + 1, command.termsSummary(),
                command.validUntil(), command.reason()));
    }

    @CommandHandler
    void terminate(TerminateAgreement command, Clock clock) {
        requireParty(command.actor(), "terminate-only-as-party", "terminate");
        refuseIfEnded("terminated");
        required(command.reason(), "reason", "Say why the agreement is terminated");
        Provenance provenance = Acts.provenance(AgreementTerminated.class, command.actor(), collaborationId,
                command.occurredAt(), null, clock);
        apply(new AgreementTerminated(agreementId, provenance, command.reason()));
    }

    @CommandHandler
    void expire(ExpireAgreement command, Clock clock) {
        if (ending != null || !cameIntoForce || validUntil == null
                || !LocalDate.now(clock).isAfter(validUntil)) {
            return;
        }
        Instant endOfValidity = validUntil.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        apply(new AgreementExpired(agreementId, Acts.provenance(AgreementExpired.class, SYSTEM, collaborationId,
                endOfValidity, null, clock), validUntil));
    }

    public View view() {
        Status status = ending == Ending.TERMINATED ? Status.TERMINATED
                : ending == Ending.EXPIRED ? Status.EXPIRED
                : currentVersionInForce ? Status.IN_FORCE
                : Status.AWAITING_SIGNATURES;
        return new View(agreementId, collaborationId, kind, number, title, new TreeSet<>(parties), termsSummary,
                validFrom, validUntil, version, new TreeSet<>(signatures.keySet()), status,
                AggregateLifecycle.getVersion());
    }

    private void requireParty(String actor, String rule, String act) {
        if (!parties.contains(actor)) {
            throw new NotPermitted(rule, "Only a party may " + act + " agreement " + agreementId + "; " + actor
                    + " is not one");
        }
    }

    private void refuseIfEnded(String act) {
        if (ending == Ending.TERMINATED) {
            throw new StateConflict("agreement-terminated", "Agreement " + agreementId
                    + " was terminated and can no longer be " + act);
        }
        if (ending == Ending.EXPIRED) {
            throw new StateConflict("agreement-expired", "Agreement " + agreementId
                    + " expired on " + validUntil + " and can no longer be " + act);
        }
    }

    private static void requireValidity(LocalDate from, LocalDate until) {
        if (until != null && until.isBefore(from)) {
            throw new RuleViolation("validity-ends-after-it-starts", "validUntil", "Validity cannot end (" + until
                    + ") before it starts (" + from + ")");
        }
    }

    @EventSourcingHandler
    void on(AgreementDrafted event) {
        agreementId = event.agreementId();
        collaborationId = event.provenance().collaborationId();
        kind = event.kind();
        number = event.number();
        title = event.title();
        parties = Collections.unmodifiableSet(new HashSet<>(event.parties()));
        termsSummary = event.termsSummary();
        validFrom = event.validFrom();
        validUntil = event.validUntil();
        version = 1;
    }

    @EventSourcingHandler
    void on(AgreementSigned event) {
        signatures.put(event.provenance().actor(), event.provenance().occurredAt());
    }

    @EventSourcingHandler
    void on(AgreementCameIntoForce event) {
        cameIntoForce = true;
        currentVersionInForce = true;
    }

    @EventSourcingHandler
    void on(AgreementAmended event) {
        version = event.version();
        termsSummary = event.termsSummary();
        validUntil = event.validUntil();
        signatures.clear();
        currentVersionInForce = false;
    }

    @EventSourcingHandler
    void on(AgreementTerminated event) {
        ending = Ending.TERMINATED;
    }

    @EventSourcingHandler
    void on(AgreementExpired event) {
        ending = Ending.EXPIRED;
    }
}
