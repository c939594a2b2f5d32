package id.gotong.ui;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.reactive.context.ReactiveWebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The application's own HTTP API, called over loopback. The pages record acts through the same command endpoints, and
 * read the ledger through the same ledger endpoints, as any other client: the same validation, the same
 * problem+json refusals, no second path into the write side. {@code gotong.ui.api-base-url} overrides the address
 * (for a server that does not listen on 127.0.0.1).
 */
@Component
public class LocalApi implements ApplicationListener<ReactiveWebServerInitializedEvent> {

    private final String configured;
    private final String address;
    private volatile WebClient client;

    public LocalApi(@Value("${gotong.ui.api-base-url:}") String configured,
                    @Value("${server.address:}") String address) {
        this.configured = configured;
        this.address = address;
        if (!configured.isBlank()) {
            client = WebClient.create(configured);
        }
    }

    @Override
    public void onApplicationEvent(ReactiveWebServerInitializedEvent event) {
        if (configured.isBlank() && event.getApplicationContext().getServerNamespace() == null) {
            String host = address.isBlank() || address.equals("0.0.0.0") || address.equals("::") ? "127.0.0.1"
                    : address.contains(":") ? "[" + address + "]" : address;
            client = WebClient.create("http://" + host + ":" + event.getWebServer().getPort());
        }
    }

    public WebClient client() {
        WebClient current = client;
        if (current == null) {
            throw new IllegalStateException("the web server has not started yet");
        }
        return current;
    }
}
