package enlace.graph.audit;

import java.util.List;
import java.util.Objects;

/**
 * What somebody did: who (subject and client), for which organization, which action on which record,
 * touching which fields. Never the values themselves: the log must not become a copy of the data.
 */
public record AuditEntry(String actor, String client, String organization, String action, String target,
    List<String> fields) {

  public AuditEntry {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(target, "target");
    organization = organization == null ? "" : organization;
    fields = List.copyOf(fields);
  }
}
