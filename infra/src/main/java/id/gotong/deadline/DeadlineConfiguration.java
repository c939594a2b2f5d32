package id.gotong.deadline;

import com.mongodb.client.MongoDatabase;
import id.gotong.role.ProcessRole;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Duration;

@Configuration(proxyBeanMethods = false)
class DeadlineConfiguration {

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
