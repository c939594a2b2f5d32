package id.gotong.projection;

import com.mongodb.client.MongoDatabase;
import id.gotong.dossier.Dossiers;
import id.gotong.events.CollaborationAct;
import id.gotong.listing.Listings;
import id.gotong.researchexport.ResearchExport;
import id.gotong.stakeholderhistory.Histories;
import id.gotong.transparencyfeed.Checkpoints;
import id.gotong.transparencyfeed.PublicActs;
import id.gotong.transparencyfeed.TransparencyFeed;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * Wires the projections. The processor {@value LiveProjection#PROCESSING_GROUP} keeps each collaboration's events in
 * one sequence (by {@code provenance.collaborationId}, a registration by its stakeholder), so segments can be shared
 * between processes without reordering a dossier.
 */
@Configuration(proxyBeanMethods = false)
public class ProjectionConfiguration {

    @Bean
    ReadModels readModels(MongoDatabase database) {
        ReadModels models = new ReadModels(database);
        models.ensureIndexes();
        return models;
    }

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
    Dossiers dossiers(ReadModels models, EventHistory history, Clock clock) {
        return new Dossiers(models, new DossierStore(models, history), history, clock);
    }

    @Bean
    Histories histories(ReadModels models, EventHistory history, Clock clock) {
        return new Histories(models, history, clock);
    }

    @Bean
    Listings listings(ReadModels models, EventHistory history) {
        return new Listings(models, history);
    }

    @Bean
    ResearchExport researchExport(ReadModels models) {
        return new ResearchExport(models);
    }

    @Bean
    TransparencyFeed transparencyFeed(ReadModels models, EventHistory history, Checkpoints checkpoints, Clock clock) {
        return new TransparencyFeed(models, history, checkpoints, new PublicActs(clock.getZone()));
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
