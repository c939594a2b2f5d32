package id.gotong.ui.agency.home;

import id.gotong.dossier.Memberships;
import id.gotong.projection.Blocking;
import id.gotong.ui.Messages;
import id.gotong.ui.PageMessages;
import id.gotong.ui.Pages;
import id.gotong.ui.agency.ActForm;
import id.gotong.ui.agency.AgencyPages;
import id.gotong.ui.agency.Agents;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * {@code /agency}: the sign-in form, or, once signed in, the collaborations the agency is a member of with the forms
 * it can record acts with, and the events an act just recorded. Signing out expires the cookie.
 */
@Controller
@RequestMapping("/agency")
public class AgencyHome {

    private final Agents agents;
    private final Memberships memberships;
    private final PageMessages messages;

    public AgencyHome(Agents agents, Memberships memberships, PageMessages messages) {
        this.agents = agents;
        this.memberships = memberships;
        this.messages = messages;
    }

    @GetMapping
    Mono<String> home(@RequestParam(required = false) String recorded, @RequestParam(required = false) String id,
                      @RequestParam(required = false) String positions,
                      ServerWebExchange exchange, Model model) {
        return agents.current(exchange).flatMap(agent -> {
            if (agent.isEmpty()) {
                model.addAttribute("form", ActForm.blank(Agents.SIGN_IN_FIELDS));
                return Mono.just("agency/sign-in");
            }
            if (recorded != null && AgencyPages.ACTS.contains(recorded)) {
                model.addAttribute("recorded", recorded);
                model.addAttribute("recordedId", Pages.validId(id) ? id : null);
                model.addAttribute("positions", positions == null || !positions.matches("[0-9]+(,[0-9]+)*")
                        ? List.of() : List.of(positions.split(",")));
            }
            return Blocking.call(() -> {
                model.addAttribute("agent", agent.get());
                model.addAttribute("memberships", memberships.of(agent.get().stakeholderId()));
                return "agency/home";
            });
        });
    }

    @PostMapping("/sign-in")
    Mono<String> signIn(ServerWebExchange exchange, Model model) {
        Messages text = new Messages(messages, exchange.getLocaleContext().getLocale());
        return exchange.getFormData().flatMap(data -> {
            ActForm form = ActForm.submitted(data, Agents.SIGN_IN_FIELDS);
            String token = form.optional("credential");
            if (token == null) {
                return refused(form, "required", text, exchange, model);
            }
            return agents.signIn(exchange, token).flatMap(signedIn -> signedIn ? Mono.just("redirect:/agency")
                    : refused(form, "credential-valid", text, exchange, model));
        });
    }

    private static Mono<String> refused(ActForm form, String rule, Messages text, ServerWebExchange exchange,
                                        Model model) {
        form.reject("credential", rule, null, text);
        exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
        model.addAttribute("form", form);
        return Mono.just("agency/sign-in");
    }

    @PostMapping("/sign-out")
    Mono<String> signOut(ServerWebExchange exchange) {
        agents.signOut(exchange);
        return Mono.just("redirect:/agency");
    }
}
