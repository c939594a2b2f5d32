package id.gotong.credential;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import id.gotong.web.Caller;
import id.gotong.web.Credentials;
import org.bson.Document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Credentials are 256-bit random tokens. Only their SHA-256 hash is stored (a slow hash buys nothing for random
 * tokens of that length), so a copy of the database does not let anyone act as a stakeholder. A credential expires
 * after {@code gotong.credentials.validity}; revoking one marks it (the document stays, as a record of who held what).
 */
public class MongoCredentials implements Credentials {

    static final String PREFIX = "gtg_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MongoCollection<Document> credentials;
    private final Clock clock;
    private final Duration validity;

    public MongoCredentials(MongoDatabase database, Clock clock, Duration validity) {
        this.credentials = database.getCollection("credentials");
        this.clock = clock;
        this.validity = validity;
    }

    @Override
    public String issue(String stakeholderId) {
        return issue(stakeholderId, Caller.STAKEHOLDER);
    }

    @Override
    public String issueAuditor(String auditorId) {
        return issue(auditorId, Caller.AUDITOR);
    }

    private String issue(String holderId, String role) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        credentials.insertOne(new Document("_id", hash(token))
                .append("stakeholderId", holderId)
                .append("role", role)
                .append("issuedAt", Date.from(clock.instant()))
                .append("expiresAt", Date.from(clock.instant().plus(validity)))
                .append("revoked", false));
        return token;
    }

    @Override
    public Optional<Caller> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Document found = credentials.find(Filters.eq("_id", hash(token))).first();
        if (found == null || found.getBoolean("revoked", false)
                || !found.getDate("expiresAt").toInstant().isAfter(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(new Caller(found.getString("stakeholderId"), false,
                Caller.AUDITOR.equals(found.getString("role"))));
    }

    @Override
    public boolean revoke(String token) {
        if (token == null) {
            return false;
        }
        return credentials.updateOne(Filters.and(Filters.eq("_id", hash(token)), Filters.eq("revoked", false)),
                Updates.combine(Updates.set("revoked", true), Updates.set("revokedAt", Date.from(clock.instant()))))
                .getModifiedCount() > 0;
    }

    @Override
    public long revokeAll(String holderId) {
        return credentials.updateMany(Filters.and(Filters.eq("stakeholderId", holderId), Filters.eq("revoked", false),
                        Filters.gt("expiresAt", Date.from(clock.instant()))),
                Updates.combine(Updates.set("revoked", true), Updates.set("revokedAt", Date.from(clock.instant()))))
                .getModifiedCount();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                                                         .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
