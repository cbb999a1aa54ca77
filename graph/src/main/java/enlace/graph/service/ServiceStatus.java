package enlace.graph.service;

public enum ServiceStatus {
  ACTIVE,
  INACTIVE,
  RETIRED
}
