package id.gotong.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import id.gotong.GotongApplication;
import id.gotong.events.Sector;
import id.gotong.stakeholder.RegisterStakeholder;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Production mode: the API trusts JWTs signed by the identity provider's RSA key (a key pair generated here; the
 * application reads only the public key, PEM, from {@code gotong.security.jwt.public-key-location}). The stakeholder
 * comes from the configured claim, the roles from another.
 */
@SpringBootTest(classes = GotongApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "30s")
class JwtModeTest {

    static final KeyPair ISSUER = rsa();
    static final KeyPair STRANGER = rsa();
    static Path dataDir;

    @DynamicPropertySource
    static void jwtMode(DynamicPropertyRegistry registry) throws IOException {
        dataDir = Files.createTempDirectory("gotong-jwt-test");
        Path publicKey = dataDir.resolve("issuer.pem");
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(ISSUER.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        registry.add("gotong.mongodb.data-dir", dataDir::toString);
        registry.add("gotong.security.mode", () -> "jwt");
        registry.add("gotong.security.jwt.public-key-location", () -> "file:" + publicKey);
        registry.add("gotong.security.jwt.stakeholder-claim", () -> "stakeholder_id");
        registry.add("gotong.security.jwt.roles-claim", () -> "gotong_roles");
    }

    @BeforeAll
    static void quiet() {
        GotongApplication.quietAxonDefaults();
    }

    @Autowired
    WebTestClient web;
    @Autowired
    CommandGateway commands;

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String jwt(PrivateKey key, Map<String, Object> claims, Instant expires) {
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder().subject("idp-user-" + UUID.randomUUID())
                .issueTime(Date.from(Instant.now().minusSeconds(60))).expirationTime(Date.from(expires));
        claims.forEach(set::claim);
        SignedJWT signed = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), set.build());
        try {
            signed.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return signed.serialize();
    }

    private static String jwt(Map<String, Object> claims) {
        return jwt(ISSUER.getPrivate(), claims, Instant.now().plus(Duration.ofMinutes(5)));
    }

    private String stakeholder() {
        String id = "stk-" + UUID.randomUUID().toString().substring(0, 8);
        commands.sendAndWait(new RegisterStakeholder(id, "operator", null, "Dinas " + id, Sector.GOVERNMENT, null, null));
        return id;
    }

    private WebTestClient.ResponseSpec issueAuditor(String token) {
        return web.post().uri("/api/auditors").headers(h -> h.setBearerAuth(token)).exchange();
    }

    @Test
    void aStakeholdersJwtRecordsActsAsThatStakeholder() {
        String lead = stakeholder();
        String token = jwt(Map.of("stakeholder_id", lead));

        String id = web.post().uri("/api/collaborations").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "Forum", "dimensions", List.of("GOVERNANCE"), "leadStakeholderId", lead,
                        "meetingCadence", "YEARLY"))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
        web.get().uri("/api/collaborations/" + id).exchange().expectStatus().isOk()
           .expectBody().jsonPath("$.leadStakeholderId").isEqualTo(lead);
        issueAuditor(token).expectStatus().isForbidden().expectBody().jsonPath("$.rule").isEqualTo("operator-only");
    }

    @Test
    void theRolesClaimMakesTheOperatorAndTheAuditor() {
        issueAuditor(jwt(Map.of("stakeholder_id", "operator-on-duty", "gotong_roles", List.of("operator"))))
                .expectStatus().isCreated();
        String auditor = jwt(Map.of("stakeholder_id", "aud-external", "gotong_roles", "auditor"));
        web.post().uri("/api/collaborations").headers(h -> h.setBearerAuth(auditor))
           .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()).exchange()
           .expectStatus().isForbidden().expectBody().jsonPath("$.rule").isEqualTo("role-required");
    }

    @Test
    void anExpiredForeignOrAnonymousJwtIsRefused401() {
        String id = stakeholder();
        List<String> refused = List.of(
                jwt(ISSUER.getPrivate(), Map.of("stakeholder_id", id), Instant.now().minus(Duration.ofMinutes(5))),
                jwt(STRANGER.getPrivate(), Map.of("stakeholder_id", id), Instant.now().plus(Duration.ofMinutes(5))),
                jwt(Map.of("gotong_roles", List.of("operator"))),
                "not.a.jwt");
        for (String token : refused) {
            issueAuditor(token).expectStatus().isUnauthorized()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.rule").isEqualTo("credential-valid");
        }
    }

    @Test
    void theLedgersOwnCredentialsStillWork() throws IOException {
        String operator = Files.readString(dataDir.resolve("operator.credential")).trim();
        issueAuditor(operator).expectStatus().isCreated();
    }
}
