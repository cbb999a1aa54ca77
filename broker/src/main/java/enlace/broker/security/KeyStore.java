package enlace.broker.security;

import com.nimbusds.jose.jwk.ECKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The development issuer's folder in a node's data directory: the private signing key (owner-only
 * where the file system has POSIX permissions) and the audience of the node that last used it.
 */
final class KeyStore {

  static final String FOLDER = "dev-issuer";
  static final String KEY_FILE = "signing-key.json";
  static final String AUDIENCE_FILE = "audience";

  private final Path folder;

  KeyStore(Path dataDir) {
    this(dataDir, FOLDER);
  }

  /** The same kind of store in another folder of the data directory, e.g. the node's own federation key. */
  KeyStore(Path dataDir, String folder) {
    this.folder = dataDir.resolve(folder);
  }

  /** The stored key, or a new one; a hard link publishes it whole, and of two racing processes the first wins. */
  ECKey signingKey(Supplier<ECKey> generate) {
    return key(KEY_FILE, generate);
  }

  /** Like {@link #signingKey}, for another key kept in the same folder under {@code fileName}. */
  ECKey key(String fileName, Supplier<ECKey> generate) {
    var file = folder.resolve(fileName);
    try {
      if (!Files.exists(file)) {
        write(file, generate.get().toJSONString());
      }
      return ECKey.parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the development signing key " + file, e);
    } catch (ParseException e) {
      throw new IllegalStateException("the development signing key " + file + " is not an EC JWK: "
          + e.getMessage(), e);
    }
  }

  void rememberAudience(Audience audience) {
    var file = folder.resolve(AUDIENCE_FILE);
    try {
      Files.createDirectories(folder, ownerOnly("rwx------"));
      Files.writeString(file, audience.value() + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  Optional<Audience> audience() {
    var file = folder.resolve(AUDIENCE_FILE);
    try {
      return Files.exists(file) ? Optional.of(new Audience(Files.readString(file).strip())) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private void write(Path file, String content) throws IOException {
    Files.createDirectories(folder, ownerOnly("rwx------"));
    var temp = Files.createTempFile(folder, KEY_FILE, ".tmp", ownerOnly("rw-------"));
    try {
      Files.writeString(temp, content, StandardCharsets.UTF_8);
      Files.createLink(file, temp);
    } catch (FileAlreadyExistsException anotherProcessWroteItFirst) {
      assert Files.exists(file);
    } catch (UnsupportedOperationException noHardLinks) {
      Files.move(temp, file);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private FileAttribute<?>[] ownerOnly(String permissions) {
    if (!folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return new FileAttribute<?>[0];
    }
    return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))};
  }
}
