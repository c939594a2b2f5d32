package id.gotong.correction;

import java.util.Optional;
import id.gotong.web.Readers;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.Map;

/** Correcting an earlier record with a new event; the corrector is always the caller. */
@RestController
public class CorrectionEndpoints {

    private final Repository<Correction> corrections;
    private final Readers readers;

    public CorrectionEndpoints(Repository<Correction> corrections, Readers readers) {
        this.readers = readers;
        this.corrections = corrections;
    }

    /**
     * @param correctedEventId the id of the event being corrected, as a write answer or the ledger names it
     * @param correctedFields  field name of that event → its corrected value, as text; a name is a plain identifier,
     *                         never a key with {@code $} or {@code .} that a store would read as an operator or a path
     */
    public record CorrectionRequest(@NotNull @Pattern(regexp = PathIds.PATTERN) String collaborationId,
                                    @NotBlank @Pattern(regexp = PathIds.PATTERN) String correctedEventId,
                                    @NotEmpty @Size(max = 50)
                                    Map<@NotBlank @Pattern(regexp = Correction.FIELD_NAME) String,
                                        @NotNull @Size(max = 4000) String> correctedFields,
                                    @NotBlank @Size(max = 2000) String reason,
                                    Instant occurredAt) {
    }

    @PostMapping("/api/corrections")
    @ResponseStatus(HttpStatus.CREATED)
    public Mono<ResponseEntity<Recorded>> correct(Write write, @Valid @RequestBody CorrectionRequest body) {
        String correctionId = PathIds.newId("cor");
        return write.created("/api/corrections/", body, correctionId, new CorrectRecord(correctionId,
                write.actor(), body.occurredAt(), body.collaborationId(), body.correctedEventId(),
                body.correctedFields(), body.reason()));
    }

    @GetMapping("/api/corrections/{correctionId}")
    public Mono<ResponseEntity<Correction.View>> get(Optional<Caller> caller, @PathVariable String correctionId) {
        PathIds.check("correctionId", correctionId);
        return CurrentState.of(corrections, correctionId, Correction::view,
                view -> readers.readsAll(caller, view.collaborationId()) ? view : view.published());
    }
}
