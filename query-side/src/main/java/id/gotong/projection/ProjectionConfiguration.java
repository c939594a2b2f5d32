package id.gotong.projection;

import id.gotong.events.CollaborationAct;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * Wires the projection machinery around the {@link ReadModels} bean, which lists the read models (the query side's
 * assembly gives it). The processor {@value LiveProjection#PROCESSING_GROUP} keeps each collaboration's events in one
 * sequence (by {@code provenance.collaborationId}, a registration by its stakeholder), so segments can be shared
 * between processes without reordering a dossier.
 */
@Configuration(proxyBeanMethods = false)
public class ProjectionConfiguration {

    @Bean
    Changes changes() {
        return new Changes();
    }

    @Bean
    LiveProjection liveProjection(ReadModels models, EventHistory history, Changes changes) {
        return new LiveProjection(new Projector(models, history, changes, false));
    }

    @Bean
    SequencingPolicy<EventMessage<?>> projectionSequencing() {
        return message -> {
            if (message.getPayload() instanceof CollaborationAct act) {
                String collaborationId = act.provenance().collaborationId();
                return collaborationId != null ? collaborationId : Projector.subjectOf(act);
            }
            return message.getIdentifier();
        };
    }

    @Bean
    Rebuild rebuild(ReadModels models, EventHistory history, Clock clock) {
        return new Rebuild(models, history, clock);
    }

    @Bean(destroyMethod = "shutdown")
    Rebuilds rebuilds(Rebuild rebuild, EventProcessingConfiguration processing, Clock clock) {
        return new Rebuilds(rebuild, processing, clock);
    }
}
