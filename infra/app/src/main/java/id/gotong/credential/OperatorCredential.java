package id.gotong.credential;

import id.gotong.web.Caller;
import id.gotong.web.Credentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The operator's credential: created on first start and written to a file only its owner can read, because the
 * token itself is never stored. Later starts reuse the file while its token still authenticates.
 */
public final class OperatorCredential {

    private static final Logger log = LoggerFactory.getLogger(OperatorCredential.class);

    private OperatorCredential() {
    }

    public static Path ensure(Credentials credentials, Path location) {
        Path file = location.toAbsolutePath().normalize();
        try {
            if (Files.exists(file)) {
                String token = Files.readString(file, StandardCharsets.UTF_8).trim();
                if (credentials.authenticate(token).isPresent()) {
                    log.info("Operator credential: {}", file);
                    return file;
                }
                Files.delete(file);
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            String token = credentials.issue(Caller.OPERATOR_ID);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, token + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
            log.info("Operator credential created: {} (readable by its owner only)", file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the operator credential to " + file, e);
        }
    }
}
