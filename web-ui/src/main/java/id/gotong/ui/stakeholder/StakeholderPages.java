package id.gotong.ui.stakeholder;

import id.gotong.projection.AsOf;
import id.gotong.projection.BadQuery;
import id.gotong.projection.Blocking;
import id.gotong.projection.NotFound;
import id.gotong.stakeholderhistory.Histories;
import id.gotong.ui.Formats;
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

/** A stakeholder's page, now or as of a past moment. */
@Controller
public class StakeholderPages {

    private final Histories histories;
    private final PageMessages messages;

    public StakeholderPages(Histories histories, PageMessages messages) {
        this.histories = histories;
        this.messages = messages;
    }

    @GetMapping("/stakeholders/{stakeholderId}")
    Mono<String> stakeholder(@PathVariable String stakeholderId,
                             @RequestParam(required = false) String asOf,
                             @RequestParam(required = false) String position,
                             ServerWebExchange exchange, Model model) {
        if (!Pages.validId(stakeholderId)) {
            return Mono.just(Pages.notFound(exchange, model, "No stakeholder " + stakeholderId));
        }
        AsOf at = AsOf.parse(Pages.blankToNull(asOf), Pages.blankToNull(position));
        Formats formats = (Formats) model.getAttribute("fmt");
        Messages text = new Messages(messages, exchange.getLocaleContext().getLocale());
        return Blocking.call(() -> {
            model.addAttribute("view", StakeholderView.of(histories.history(stakeholderId, at), formats, text));
            model.addAttribute("asOf", at);
            return "stakeholder";
        });
    }

    @ExceptionHandler({NotFound.class, BadQuery.class})
    String refused(RuntimeException e, ServerWebExchange exchange, Model model) {
        return Pages.error(e, exchange, model);
    }
}
