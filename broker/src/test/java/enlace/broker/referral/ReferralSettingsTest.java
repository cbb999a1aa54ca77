package enlace.broker.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferralSettingsTest {

  @Test
  void readsTheConfigurationSectionAndKeepsDefaultsForWhatIsLeftOut() {
    var settings = ReferralSettings.fromJson(new JsonObject("""
        {"expireAfterHours": 24, "allowedOrigins": ["https://dam.example.org"]}"""));
    assertEquals(Duration.ofHours(24), settings.expireAfter());
    assertEquals(List.of("https://dam.example.org"), settings.allowedOrigins());
    assertEquals(ReferralSettings.DEFAULTS.retention(), settings.retention());
    assertEquals(ReferralSettings.DEFAULTS, ReferralSettings.fromJson(new JsonObject()));
  }

  @Test
  void refusesOriginsThatAreNotAList() {
    assertThrows(IllegalArgumentException.class,
        () -> ReferralSettings.fromJson(new JsonObject("{\"allowedOrigins\": \"https://x\"}")));
    assertThrows(IllegalArgumentException.class,
        () -> ReferralSettings.fromJson(new JsonObject("{\"retentionDays\": 0}")));
  }
}
