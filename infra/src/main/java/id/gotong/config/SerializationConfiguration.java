package id.gotong.config;

import id.gotong.serialization.GotongJson;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

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
    @Qualifier("eventSerializer")
    Serializer eventSerializer(RevisionResolver revisionResolver) {
        return GotongJson.events(revisionResolver);
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer(RevisionResolver revisionResolver) {
        return GotongJson.events(revisionResolver);
    }
}
