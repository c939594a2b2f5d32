package id.gotong.ui.agency.rebuild;

import id.gotong.projection.Rebuilds;
import id.gotong.ui.agency.ActForm;
import id.gotong.ui.agency.Agents;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * {@code /agency/rebuild}: the operator's rebuild of the read models, its progress refreshed every 2 s by htmx while it
 * runs (or by the reader, without JavaScript), and a button to start one. Another signed-in agency gets 403.
 */
@Controller
@RequestMapping("/agency/rebuild")
public class RebuildPages {

    private final Agents agents;
    private final Rebuilds rebuilds;

    public RebuildPages(Agents agents, Rebuilds rebuilds) {
        this.agents = agents;
        this.rebuilds = rebuilds;
    }

    @GetMapping
    Mono<String> rebuild(ServerWebExchange exchange, Model model) {
        return agents.current(exchange).map(agent -> {
            if (agent.isEmpty()) {
                model.addAttribute("form", ActForm.blank(Agents.SIGN_IN_FIELDS));
                return "agency/sign-in";
            }
            if (!agent.get().operator()) {
                exchange.getResponse().setStatusCode(HttpStatus.FORBIDDEN);
            }
            model.addAttribute("operator", agent.get().operator());
            model.addAttribute("status", rebuilds.status());
            return "agency/rebuild";
        });
    }

    @PostMapping
    Mono<String> start(ServerWebExchange exchange) {
        return agents.current(exchange).map(agent -> {
            if (agent.isPresent() && agent.get().operator()) {
                rebuilds.start();
            }
            return "redirect:/agency/rebuild";
        });
    }
}
