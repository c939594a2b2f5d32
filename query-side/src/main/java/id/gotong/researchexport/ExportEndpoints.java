package id.gotong.researchexport;

import id.gotong.projection.AsOf;
import id.gotong.projection.Blocking;
import id.gotong.web.PathIds;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.List;

/** The research export of a collaboration's acts, as CSV or JSON, now or as of a moment. Public. */
@RestController
public class ExportEndpoints {

    private final ResearchExport export;

    public ExportEndpoints(ResearchExport export) {
        this.export = export;
    }

    @GetMapping(path = "/api/collaborations/{collaborationId}/export.csv", produces = "text/csv")
    public Mono<ResponseEntity<String>> csv(@PathVariable String collaborationId,
                                            @RequestParam(required = false) String asOf,
                                            @RequestParam(required = false) String position) {
        String id = PathIds.check("collaborationId", collaborationId);
        AsOf at = AsOf.parse(asOf, position);
        return Blocking.call(() -> ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + id + "-acts.csv\"")
                .body(ResearchExport.csv(export.rows(id, at))));
    }

    @GetMapping(path = "/api/collaborations/{collaborationId}/export.json", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<List<ResearchExport.Row>> json(@PathVariable String collaborationId,
                                               @RequestParam(required = false) String asOf,
                                               @RequestParam(required = false) String position) {
        String id = PathIds.check("collaborationId", collaborationId);
        AsOf at = AsOf.parse(asOf, position);
        return Blocking.call(() -> export.rows(id, at));
    }
}
