package id.gotong.config;

import com.mongodb.client.MongoDatabase;
import id.gotong.credential.MongoCredentials;
import id.gotong.credential.MongoIdempotencyKeys;
import id.gotong.credential.OperatorCredential;
import id.gotong.web.Credentials;
import id.gotong.web.IdempotencyKeys;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Duration;

@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

    @Bean
    Credentials credentials(MongoDatabase database, Clock clock,
                            @Value("${gotong.credentials.validity:365d}") Duration validity) {
        return new MongoCredentials(database, clock, validity);
    }

    @Bean
    IdempotencyKeys idempotencyKeys(MongoDatabase database, Clock clock) {
        return new MongoIdempotencyKeys(database, clock);
    }

    @Bean
    ApplicationRunner operatorCredential(Credentials credentials, StoreProperties store) {
        return args -> OperatorCredential.ensure(credentials, store.dataDir().resolve("operator.credential"));
    }
}
