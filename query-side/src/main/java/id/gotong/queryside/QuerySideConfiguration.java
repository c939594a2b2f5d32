package id.gotong.queryside;

import com.mongodb.client.MongoDatabase;
import id.gotong.dossier.DossierStore;
import id.gotong.dossier.Dossiers;
import id.gotong.listing.Listings;
import id.gotong.projection.EventHistory;
import id.gotong.projection.ReadModels;
import id.gotong.researchexport.ResearchExport;
import id.gotong.stakeholderhistory.Histories;
import id.gotong.transparencyfeed.Checkpoints;
import id.gotong.transparencyfeed.PublicActs;
import id.gotong.transparencyfeed.TransparencyFeed;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Wires the read models ({@link QuerySide}) and the features' read services. */
@Configuration(proxyBeanMethods = false)
public class QuerySideConfiguration {

    @Bean
    ReadModels readModels(MongoDatabase database) {
        ReadModels models = QuerySide.readModels(database);
        models.ensureIndexes();
        return models;
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
}
