package id.gotong.listing;

import id.gotong.projection.AsOf;
import id.gotong.projection.Blocking;
import id.gotong.web.PathIds;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Public lists with filters and paging ({@code page} from 0, {@code size} up to 500), now or as of a moment. The filters'
 * values are checked by {@link Listings}; a {@code BadQuery} it throws becomes a 400 problem.
 */
@RestController
public class ListEndpoints {

    private final Listings listings;

    public ListEndpoints(Listings listings) {
        this.listings = listings;
    }

    @GetMapping(path = "/api/collaborations", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<Listings.Page<Listings.CollaborationItem>> collaborations(
            @RequestParam(required = false) String region, @RequestParam(required = false) String dimension,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String position,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        AsOf at = AsOf.parse(asOf, position);
        int[] paging = Listings.paging(page, size);
        return Blocking.call(() -> listings.collaborations(region, dimension, at, paging[0], paging[1]));
    }

    @GetMapping(path = "/api/commitments", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<Listings.Page<Listings.CommitmentItem>> commitments(
            @RequestParam(required = false) String state, @RequestParam(required = false) String collaborationId,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String position,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        AsOf at = AsOf.parse(asOf, position);
        int[] paging = Listings.paging(page, size);
        String collaboration = collaborationId == null ? null : PathIds.check("collaborationId", collaborationId);
        return Blocking.call(() -> listings.commitments(state, collaboration, at, paging[0], paging[1]));
    }

    @GetMapping(path = "/api/information-requests", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<Listings.Page<Listings.RequestItem>> requests(
            @RequestParam(required = false) String state, @RequestParam(required = false) String collaborationId,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String position,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        AsOf at = AsOf.parse(asOf, position);
        int[] paging = Listings.paging(page, size);
        String collaboration = collaborationId == null ? null : PathIds.check("collaborationId", collaborationId);
        return Blocking.call(() -> listings.requests(state, collaboration, at, paging[0], paging[1]));
    }
}
