package id.gotong.ledger.web;

import id.gotong.ledger.Checkpoint;
import id.gotong.ledger.CosignatureVerifier;
import id.gotong.ledger.NoteVerifier;
import id.gotong.ledger.SignedNote;
import id.gotong.ledger.VerificationException;
import id.gotong.ledger.store.LedgerAppender;
import id.gotong.ledger.store.LedgerStore;
import id.gotong.ledger.store.LedgerWitnesses;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import id.gotong.web.Answer;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /api/ledger/cosignature}: a witness's cosignatures (c2sp.org/tlog-cosignature, {@code cosignature/v1})
 * of a checkpoint this log signed. The body is the checkpoint note followed by the witness's signature lines, which is
 * what c2sp.org/tlog-witness suggests a log do with an {@code add-checkpoint} response. Nothing is stored unless every
 * line is the log's own or a configured witness's valid cosignature and the note text is exactly one the log signed;
 * the signatures authenticate the request, so it needs no credential.
 */
@RestController
@RequestMapping("/api/ledger")
public class CosignatureController {
    /** Cosignature timestamps further ahead of this server's clock are refused (the spec allows refusing any). */
    static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);
    private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

    private final LedgerStore store;
    private final LedgerWitnesses witnesses;
    private final NoteVerifier logKey;
    private final Clock clock;

    public CosignatureController(LedgerStore store, LedgerWitnesses witnesses, LedgerAppender appender, Clock clock) {
        this.store = store;
        this.witnesses = witnesses;
        this.logKey = appender.signer().verifier();
        this.clock = clock;
    }

    private record Cosignature(CosignatureVerifier witness, SignedNote.Signature signature, long timestamp) {
    }

    @PostMapping("/cosignature")
    @Answer(status = 403, description = "A signature by neither the log nor a configured witness, or one that does "
            + "not verify (`unknown-witness`, `invalid-cosignature`)")
    @Answer(status = 422, description = "A checkpoint this log never signed (`unknown-checkpoint`)")
    Mono<ResponseEntity<String>> cosign(@RequestBody(required = false) String body) {
        return Mono.fromCallable(() -> accept(body)).subscribeOn(Schedulers.boundedElastic());
    }

    private ResponseEntity<String> accept(String body) {
        if (body == null || body.isEmpty()) {
            throw malformed("required", "the body must be a checkpoint note followed by the witness's cosignature lines");
        }
        SignedNote note;
        Checkpoint checkpoint;
        try {
            note = SignedNote.parse(body);
        } catch (VerificationException e) {
            throw malformed("signed-note", e.getMessage());
        }
        try {
            checkpoint = Checkpoint.parse(note.text());
        } catch (VerificationException e) {
            throw malformed("checkpoint", "the note text is not a checkpoint: " + e.getMessage());
        }
        LedgerStore.StoredCheckpoint signed = checkpoint.origin().equals(logKey.name())
                ? store.checkpoint(checkpoint.treeSize()) : null;
        if (signed == null || !SignedNote.parse(signed.note()).text().equals(note.text())) {
            throw LedgerProblems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-checkpoint",
                    "Checkpoint not signed by this log", "this log never signed that checkpoint text (origin "
                            + checkpoint.origin() + ", size " + checkpoint.treeSize() + ")",
                    "checkpoint", "signed-by-this-log");
        }
        long latestAllowed = clock.instant().plus(MAX_CLOCK_SKEW).getEpochSecond();
        List<Cosignature> cosignatures = new ArrayList<>();
        for (SignedNote.Signature line : note.signatures()) {
            if (logKey.signed(line)) {
                continue;  // the text was matched against the stored checkpoint, which is stronger
            }
            CosignatureVerifier witness = witnesses.find(line).orElseThrow(() -> LedgerProblems.problem(
                    HttpStatus.FORBIDDEN, "unknown-witness", "Unknown witness",
                    "the signature line by " + line.name() + "+" + String.format("%08x", line.keyId())
                            + " is by neither the log nor a configured witness", "signature", "configured-witness"));
            long timestamp;
            try {
                timestamp = witness.verify(note.text(), line);
            } catch (VerificationException e) {
                throw invalid("valid-cosignature-v1", e.getMessage());
            }
            if (timestamp > latestAllowed) {
                throw invalid("timestamp-not-in-future", "the cosignature by " + witness.id() + " is dated "
                        + Instant.ofEpochSecond(timestamp) + ", ahead of this server's clock");
            }
            cosignatures.add(new Cosignature(witness, line, timestamp));
        }
        if (cosignatures.isEmpty()) {
            throw LedgerProblems.problem(HttpStatus.BAD_REQUEST, "no-cosignature", "No cosignature",
                    "the note carries no cosignature by a configured witness", "signature", "required");
        }
        Instant now = clock.instant();
        for (Cosignature c : cosignatures) {
            store.saveCosignature(signed.treeSize(), c.witness().id(), c.signature().line(), c.timestamp(), now);
        }
        return ResponseEntity.ok().contentType(TEXT).body(witnesses.cosigned(signed));
    }

    private static ErrorResponseException malformed(String rule, String detail) {
        return LedgerProblems.problem(HttpStatus.BAD_REQUEST, "malformed-note", "Malformed note", detail, "body", rule);
    }

    private static ErrorResponseException invalid(String rule, String detail) {
        return LedgerProblems.problem(HttpStatus.FORBIDDEN, "invalid-cosignature", "Invalid cosignature", detail,
                "signature", rule);
    }
}
