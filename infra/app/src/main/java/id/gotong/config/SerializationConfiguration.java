package id.gotong.config;

import com.mongodb.client.MongoDatabase;
import id.gotong.personaldata.MongoSubjectKeys;
import id.gotong.personaldata.PersonalDataCipher;
import id.gotong.serialization.GotongJson;
import id.gotong.upcasting.Upcasters;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class SerializationConfiguration {

    @Bean
    RevisionResolver revisionResolver() {
        return new AnnotationRevisionResolver();
    }

    @Bean
    @Primary
    Serializer serializer(RevisionResolver revisionResolver) {
        return GotongJson.general(revisionResolver);
    }

    @Bean
    MongoSubjectKeys subjectKeys(MongoDatabase database, Clock clock) {
        return new MongoSubjectKeys(database, clock);
    }

    @Bean
    PersonalDataCipher personalDataCipher(MongoSubjectKeys keys) {
        return new PersonalDataCipher(keys);
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(RevisionResolver revisionResolver, PersonalDataCipher personalData) {
        return GotongJson.events(revisionResolver, personalData);
    }

    /**
     * Old revisions of stored events, rewritten to the current one on every read: the event store
     * ({@code StoreConfiguration.eventStorageEngine}) takes every {@link EventUpcaster} bean, and tracking processors
     * read through that event store.
     */
    @Bean
    EventUpcaster eventUpcasters() {
        return Upcasters.chain();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer(RevisionResolver revisionResolver, PersonalDataCipher personalData) {
        return GotongJson.events(revisionResolver, personalData);
    }
}
