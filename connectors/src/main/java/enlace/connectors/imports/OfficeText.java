package enlace.connectors.imports;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import com.ibm.icu.text.CharsetDetector;

/**
 * A file's text as offices save it: UTF-8 (with or without the byte-order mark Excel writes), UTF-16 with its mark
 * (Excel's "Unicode text"), or, when the bytes are not UTF-8, the single-byte encoding ICU4J's detector names —
 * Windows-1252 for the Latin encodings, which Excel and older systems in Mexico save CSV in ("Juárez" as the single
 * byte E1). UTF-8 is read strictly, so a file is never half-decoded with replacement characters.
 */
public final class OfficeText {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private OfficeText() {}

  public static String read(Path path) throws IOException {
    return decode(Files.readAllBytes(path));
  }

  public static String decode(byte[] bytes) {
    var mark = utf16Mark(bytes);
    if (mark != null) {
      return new String(bytes, 2, bytes.length - 2, mark);
    }
    int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
        ? 3 : 0;
    var buffer = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
    } catch (CharacterCodingException notUtf8) {
      return new String(bytes, detected(bytes));
    }
  }

  private static Charset utf16Mark(byte[] bytes) {
    if (bytes.length < 2) {
      return null;
    }
    if ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF ? StandardCharsets.UTF_16BE : null;
  }

  /** What ICU4J's detector says of bytes that are not UTF-8; Windows-1252 for every Latin single-byte guess. */
  static Charset detected(byte[] bytes) {
    var detector = new CharsetDetector();
    detector.setText(bytes);
    var match = detector.detect();
    boolean latin = match == null || match.getName().startsWith("ISO-8859") || match.getName().startsWith("windows-")
        || match.getName().startsWith("UTF-8");
    return latin || !Charset.isSupported(match.getName()) ? WINDOWS_1252 : Charset.forName(match.getName());
  }
}
