package id.gotong.projection;

import id.gotong.act.NotPermitted;
import id.gotong.web.Caller;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/** The operator rebuilds the read models: {@code POST} starts (202), {@code GET} shows progress. */
@RestController
public class RebuildEndpoints {

    static final String PATH = "/api/projections/rebuild";

    private final Rebuilds rebuilds;

    public RebuildEndpoints(Rebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @ApiResponse(responseCode = "202", description = "Started, or already running: its progress",
            useReturnTypeSchema = true, headers = @Header(name = HttpHeaders.LOCATION,
            description = "Where the progress is read", schema = @Schema(type = "string")))
    public ResponseEntity<Rebuilds.Status> start(Caller caller) {
        requireOperator(caller);
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create(PATH)).body(rebuilds.start());
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    public Rebuilds.Status status(Caller caller) {
        requireOperator(caller);
        return rebuilds.status();
    }

    private static void requireOperator(Caller caller) {
        if (!caller.operator()) {
            throw new NotPermitted("operator-only", "Only the operator rebuilds projections");
        }
    }
}
