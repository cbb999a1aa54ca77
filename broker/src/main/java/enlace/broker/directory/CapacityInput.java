package enlace.broker.directory;

/** Counted places as an office gives them; the unit defaults to "place". */
public record CapacityInput(Integer total, Integer available, String unit) {}
