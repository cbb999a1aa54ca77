package enlace.broker.directory;

import java.time.Duration;

/** What the directory refuses to do for one request, and when capacity figures stop being trusted. */
public record DirectoryLimits(int maxPageSize, double maxRadiusKm, Duration capacityFreshness) {

  public static final DirectoryLimits DEFAULTS = new DirectoryLimits(100, 250, Duration.ofHours(48));

  public DirectoryLimits {
    if (maxPageSize < 1 || !(maxRadiusKm > 0) || capacityFreshness.isNegative()) {
      throw new IllegalArgumentException("directory limits must be positive");
    }
  }
}
