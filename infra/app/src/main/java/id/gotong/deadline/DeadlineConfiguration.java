package id.gotong.deadline;

import com.mongodb.client.MongoDatabase;
import id.gotong.role.ProcessRole;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Duration;

/**
 * The due-date processor ({@code deadlines}, one segment, its token in MongoDB) and the scheduler that reads it, both
 * started on {@code all} and {@code command} processes.
 */
@Configuration(proxyBeanMethods = false)
class DeadlineConfiguration {

    @Bean
    ConfigurerModule deadlinesProcessor(ProcessRole role) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerTrackingEventProcessor(DueDates.PROCESSING_GROUP,
                        org.axonframework.config.Configuration::eventStore,
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andAutoStart(role.commands())));
    }

    @Bean
    DueDates dueDates(MongoDatabase database) {
        return new DueDates(database);
    }

    @Bean
    DeadlineScheduler deadlineScheduler(DueDates dueDates, CommandGateway commands, Clock clock,
                                        @Value("${gotong.deadlines.interval:60s}") Duration interval,
                                        ProcessRole role) {
        return new DeadlineScheduler(dueDates, commands, clock, interval, role.commands());
    }
}
