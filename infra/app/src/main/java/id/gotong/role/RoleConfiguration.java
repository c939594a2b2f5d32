package id.gotong.role;

import id.gotong.act.Acts;
import id.gotong.projection.LiveProjection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.server.WebFilter;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.Locale;

/**
 * The process role and the projection processor it starts: a tracking processor whose tokens live in MongoDB, so
 * processes share it by claiming segments: {@code projections} (read models) in as many segments as
 * {@code gotong.projections.segments}, started on {@code all} and {@code query} processes. Features that run on command
 * processes read the {@link ProcessRole} bean (the deadlines, {@code id.gotong.deadline}).
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProjectionProcessing.class)
public class RoleConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RoleConfiguration.class);

    @Bean
    ProcessRole processRole(@Value("${gotong.role:all}") String role, ProjectionProcessing projections) {
        ProcessRole parsed = ProcessRole.parse(role);
        log.info("Role: {} (projections: {} segment(s) when first created, up to {} claimed here)",
                parsed.name().toLowerCase(Locale.ROOT), projections.segments(), projections.threads());
        return parsed;
    }

    @Bean
    ConfigurerModule projectionProcessor(ProcessRole role, ProjectionProcessing projections,
                                         @Qualifier("projectionSequencing")
                                         SequencingPolicy<EventMessage<?>> projectionSequencing) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerTrackingEventProcessor(LiveProjection.PROCESSING_GROUP, Configuration::eventStore,
                        c -> TrackingEventProcessorConfiguration.forParallelProcessing(projections.threads())
                                .andInitialSegmentsCount(projections.segments())
                                .andBatchSize(projections.batchSize())
                                .andAutoStart(role.queries()))
                .registerSequencingPolicy(LiveProjection.PROCESSING_GROUP, c -> projectionSequencing));
    }

    /** On query processes, spreads the projection segments over the query processes running. */
    @Bean
    @Conditional(RunsQueries.class)
    SegmentBalancer projectionSegmentBalancer(ProjectionProcessing projections, EventProcessingConfiguration processing,
                                              MongoDatabase database, Clock clock) {
        return new SegmentBalancer(processing, LiveProjection.PROCESSING_GROUP, database,
                ManagementFactory.getRuntimeMXBean().getName(), clock, projections.balanceInterval());
    }

    @Bean
    @Conditional(RecordsNothing.class)
    WebFilter commandsElsewhere(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlers) {
        return new CommandsElsewhere(handlers, Acts.class);
    }
}
