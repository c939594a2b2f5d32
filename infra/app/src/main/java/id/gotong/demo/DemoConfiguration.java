package id.gotong.demo;

import id.gotong.eventstore.MongoLedgerStorageEngine;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** On by default ({@code gotong.demo.enabled}); it only ever writes into an empty store. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "gotong.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoConfiguration {

    @Bean
    ApplicationRunner demoData(CommandGateway commands, MongoLedgerStorageEngine engine) {
        return args -> {
            if (engine.nextPosition() == 0) {
                new DemoData(commands).record();
            }
        };
    }
}
