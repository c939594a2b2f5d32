package id.gotong.ui.collaboration;

import id.gotong.dossier.Dossiers;
import id.gotong.events.SmartCityDimension;
import id.gotong.listing.Listings;
import id.gotong.listing.Listings.CollaborationItem;
import id.gotong.projection.AsOf;
import id.gotong.projection.BadQuery;
import id.gotong.projection.Blocking;
import id.gotong.projection.NotFound;
import id.gotong.researchexport.ResearchExport;
import id.gotong.ui.Messages;
import id.gotong.ui.PageMessages;
import id.gotong.ui.Pages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** The start page (the list of collaborations) and a collaboration's page, now or as of a past moment. */
@Controller
public class CollaborationPages {

    private final Listings listings;
    private final Dossiers dossiers;
    private final ResearchExport export;
    private final PageMessages messages;

    public CollaborationPages(Listings listings, Dossiers dossiers, ResearchExport export, PageMessages messages) {
        this.listings = listings;
        this.dossiers = dossiers;
        this.export = export;
        this.messages = messages;
    }

    @GetMapping("/")
    Mono<String> list(@RequestParam(required = false) String region,
                      @RequestParam(required = false) String dimension,
                      ServerWebExchange exchange, Model model) {
        String chosenRegion = Pages.blankToNull(region);
        String chosenDimension = dimension(Pages.blankToNull(dimension));
        return Blocking.call(() -> {
            List<CollaborationItem> all = listings.collaborations(null, null, AsOf.LIVE, 0,
                    Listings.MAX_PAGE_SIZE).items();
            List<CollaborationItem> shown = chosenRegion == null && chosenDimension == null ? all
                    : listings.collaborations(chosenRegion, chosenDimension, AsOf.LIVE, 0, Listings.MAX_PAGE_SIZE)
                    .items();
            model.addAttribute("regions", new TreeSet<>(all.stream().map(CollaborationItem::region).toList()));
            model.addAttribute("dimensions", Arrays.stream(SmartCityDimension.values()).map(Enum::name).toList());
            model.addAttribute("region", chosenRegion);
            model.addAttribute("dimension", chosenDimension);
            model.addAttribute("items", shown);
            return Pages.htmx(exchange) ? "collaborations :: results" : "collaborations";
        });
    }

    @GetMapping("/collaborations/{collaborationId}")
    Mono<String> collaboration(@PathVariable String collaborationId,
                               @RequestParam(required = false) String asOf,
                               @RequestParam(required = false) String position,
                               ServerWebExchange exchange, Model model) {
        if (!Pages.validId(collaborationId)) {
            return Mono.just(Pages.notFound(exchange, model, "No collaboration " + collaborationId));
        }
        AsOf at = AsOf.parse(Pages.blankToNull(asOf), Pages.blankToNull(position));
        Messages text = new Messages(messages, exchange.getLocaleContext().getLocale());
        return Blocking.call(() -> {
            model.addAttribute("view", CollaborationView.read(dossiers, export, collaborationId, at, text));
            return "collaboration";
        });
    }

    @ExceptionHandler({NotFound.class, BadQuery.class})
    String refused(RuntimeException e, ServerWebExchange exchange, Model model) {
        return Pages.error(e, exchange, model);
    }

    /** An unknown dimension is ignored rather than refused: the filter is a convenience, not an API. */
    private static String dimension(String dimension) {
        if (dimension == null) {
            return null;
        }
        String upper = dimension.toUpperCase(Locale.ROOT);
        return Arrays.stream(SmartCityDimension.values()).anyMatch(d -> d.name().equals(upper)) ? upper : null;
    }
}
