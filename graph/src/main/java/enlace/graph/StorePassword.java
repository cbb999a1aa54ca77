package enlace.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The password of the embedded Neo4j's {@value #USER} user, generated on the first start and kept in
 * {@code <dataDir>/neo4j-auth/password} (folder and file owner-only where the file system has POSIX
 * permissions). Another process of the same operator — a second broker instance, a backup script —
 * reads it from there to reach the store over Bolt.
 */
public final class StorePassword {

  /** The Neo4j user the node connects as. */
  public static final String USER = "neo4j";

  static final String FOLDER = "neo4j-auth";
  static final String FILE = "password";
  private static final SecureRandom RANDOM = new SecureRandom();

  private StorePassword() {}

  /** Where a node with this data directory keeps the password of its embedded Neo4j. */
  public static Path file(Path dataDir) {
    return dataDir.resolve(FOLDER).resolve(FILE);
  }

  /**
   * Where a running node's embedded Neo4j says on which loopback Bolt address it listens, for maintenance
   * commands (an online backup) run beside it; written at start, removed at stop.
   */
  public static Path boltFile(Path dataDir) {
    return dataDir.resolve(FOLDER).resolve("bolt-uri");
  }

  /** The stored password, if this data directory has one. */
  public static Optional<String> read(Path dataDir) {
    var file = file(dataDir);
    return Files.exists(file) ? Optional.of(readFile(file)) : Optional.empty();
  }

  /** The password in a file such as another node's {@link #file}; for a store reached by URI. */
  public static String readFile(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Neo4j password file " + file, e);
    }
  }

  /** A new random password (256 bits), written owner-only to the data directory before anything uses it. */
  static String create(Path dataDir) {
    var bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    var password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    var file = file(dataDir);
    try {
      Files.createDirectories(file.getParent(), ownerOnly("rwx------"));
      var temp = Files.createTempFile(file.getParent(), FILE, ".tmp", ownerOnly("rw-------"));
      Files.writeString(temp, password + "\n", StandardCharsets.UTF_8);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the store password " + file, e);
    }
    return password;
  }

  private static FileAttribute<?>[] ownerOnly(String permissions) {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))}
        : new FileAttribute<?>[0];
  }
}
