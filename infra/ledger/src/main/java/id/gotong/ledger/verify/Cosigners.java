package id.gotong.ledger.verify;

import id.gotong.ledger.CosignatureVerifier;
import id.gotong.ledger.NoteVerifier;
import id.gotong.ledger.SignedNote;
import id.gotong.ledger.VerificationException;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The witness part of an auditor's check of a checkpoint note (its signature by the log is checked elsewhere). */
final class Cosigners {
    private Cosigners() {
    }

    /**
     * Checks that the note carries a valid cosignature by every pinned witness and returns one description per
     * witness, {@code <name> at <time>}; throws naming the first witness that did not cosign.
     */
    static List<String> require(String signedNote, List<CosignatureVerifier> witnesses) {
        if (witnesses.isEmpty()) {
            return List.of();
        }
        SignedNote note = SignedNote.parse(signedNote);
        List<String> cosigners = new ArrayList<>(witnesses.size());
        for (CosignatureVerifier witness : witnesses) {
            cosigners.add(witness.name() + " at " + time(witness.verify(note)));
        }
        return cosigners;
    }

    /** The key names of signature lines by neither the log nor a pinned witness: seen, not verified. */
    static List<String> unverified(String signedNote, NoteVerifier log, List<CosignatureVerifier> witnesses) {
        try {
            return SignedNote.parse(signedNote).signatures().stream()
                    .filter(s -> !log.signed(s) && witnesses.stream().noneMatch(w -> w.signed(s)))
                    .map(SignedNote.Signature::name).distinct().toList();
        } catch (VerificationException e) {
            return List.of();
        }
    }

    private static String time(long timestamp) {
        try {
            return Instant.ofEpochSecond(timestamp).toString();
        } catch (DateTimeException e) {
            return "time " + timestamp;
        }
    }
}
