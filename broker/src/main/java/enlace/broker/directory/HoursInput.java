package enlace.broker.directory;

/** One opening as a caller writes it: weekday name (MONDAY…SUNDAY) and local HH:MM times. */
public record HoursInput(String weekday, String opens, String closes) {}
