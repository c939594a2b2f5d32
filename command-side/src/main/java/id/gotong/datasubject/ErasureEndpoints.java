package id.gotong.datasubject;

import id.gotong.act.NotPermitted;
import id.gotong.web.Caller;
import id.gotong.web.PathIds;
import id.gotong.web.Problems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The operator erases a data subject: its key is destroyed, so every event naming the subject reads as erased from
 * then on, while the stored events and the ledger stay as they are. Erasing twice answers the first erasure.
 */
@RestController
@RequestMapping("/api/data-subjects/{subjectId}/erasure")
public class ErasureEndpoints {

    private final DataSubjects subjects;
    private final Clock clock;

    public ErasureEndpoints(DataSubjects subjects, Clock clock) {
        this.subjects = subjects;
        this.clock = clock;
    }

    /** @param reason why, e.g. the request of the person and its date; kept with the erasure, not in the ledger */
    public record ErasureRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    @PostMapping
    Mono<ResponseEntity<Object>> erase(Caller caller, @PathVariable String subjectId,
                                       @Valid @RequestBody ErasureRequest request) {
        String subject = checked(caller, subjectId);
        return blocking(() -> {
            if (!subjects.known(subject)) {
                return unknown(subject);
            }
            return ResponseEntity.ok(subjects.erase(subject, caller.stakeholderId(), request.reason(),
                    clock.instant()));
        });
    }

    @GetMapping
    Mono<ResponseEntity<Object>> get(Caller caller, @PathVariable String subjectId) {
        String subject = checked(caller, subjectId);
        return blocking(() -> {
            Optional<Erasure> erasure = subjects.erasure(subject);
            if (erasure.isPresent()) {
                return ResponseEntity.ok(erasure.get());
            }
            return subjects.known(subject)
                    ? problem(HttpStatus.NOT_FOUND, "resource-exists", "Data subject " + subject + " is not erased")
                    : unknown(subject);
        });
    }

    private static String checked(Caller caller, String subjectId) {
        if (!caller.operator()) {
            throw new NotPermitted("operator-only", "Only the operator erases data subjects");
        }
        return PathIds.check("subjectId", subjectId);
    }

    private static Mono<ResponseEntity<Object>> blocking(Callable<ResponseEntity<Object>> work) {
        return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
    }

    private static ResponseEntity<Object> unknown(String subject) {
        return problem(HttpStatus.NOT_FOUND, "unknown-data-subject",
                "No personal data was ever recorded for data subject " + subject);
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String rule, String detail) {
        return ResponseEntity.status(status).body(Problems.problem(status, rule, null, detail));
    }
}
