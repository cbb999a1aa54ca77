package enlace.connectors.imports;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file's text as offices save it: UTF-8 (with or without the byte-order mark Excel writes), or, when the bytes
 * are not UTF-8, Windows-1252, the encoding Excel and older systems in Mexico save CSV in ("Juárez" as the single
 * byte E1). Read strictly, so a file is never half-decoded with replacement characters.
 */
public final class OfficeText {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private OfficeText() {}

  public static String read(Path path) throws IOException {
    return decode(Files.readAllBytes(path));
  }

  public static String decode(byte[] bytes) {
    int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
        ? 3 : 0;
    var buffer = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
    } catch (CharacterCodingException notUtf8) {
      return new String(bytes, WINDOWS_1252);
    }
  }
}
