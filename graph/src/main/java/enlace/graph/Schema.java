package enlace.graph;

import java.util.List;
import java.util.Map;

/** Constraints and indexes the repositories rely on; safe to run at every start. */
final class Schema {

  private static final List<String> STATEMENTS = List.of(
      "CREATE CONSTRAINT region_id IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE",
      "CREATE CONSTRAINT municipality_code IF NOT EXISTS FOR (n:Municipality) REQUIRE n.code IS UNIQUE",
      "CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE",
      "CREATE CONSTRAINT service_id IF NOT EXISTS FOR (n:Service) REQUIRE n.id IS UNIQUE",
      "CREATE CONSTRAINT location_id IF NOT EXISTS FOR (n:Location) REQUIRE n.id IS UNIQUE",
      "CREATE CONSTRAINT vacancy_id IF NOT EXISTS FOR (n:Vacancy) REQUIRE n.id IS UNIQUE",
      "CREATE CONSTRAINT listing_id IF NOT EXISTS FOR (n:Listing) REQUIRE n.id IS UNIQUE",
      "CREATE CONSTRAINT audit_sequence IF NOT EXISTS FOR (n:AuditEvent) REQUIRE n.sequence IS UNIQUE",
      "CREATE CONSTRAINT audit_head IF NOT EXISTS FOR (n:AuditHead) REQUIRE n.id IS UNIQUE",
      "CREATE INDEX municipality_state IF NOT EXISTS FOR (n:Municipality) ON (n.stateCode)",
      "CREATE INDEX listing_fine_cell IF NOT EXISTS FOR (n:Listing) ON (n.fine)",
      "CREATE INDEX listing_coarse_cell IF NOT EXISTS FOR (n:Listing) ON (n.coarse)",
      "CREATE INDEX listing_service IF NOT EXISTS FOR (n:Listing) ON (n.service)",
      "CREATE POINT INDEX location_point IF NOT EXISTS FOR (n:Location) ON (n.point)",
      "CREATE POINT INDEX municipality_point IF NOT EXISTS FOR (n:Municipality) ON (n.location)",
      "CREATE FULLTEXT INDEX directory_text IF NOT EXISTS FOR (n:Service|Organization) ON EACH [n.name, n.description]",
      "CREATE CONSTRAINT outbox_message_id IF NOT EXISTS FOR (n:OutboxMessage) REQUIRE n.id IS UNIQUE",
      "CREATE INDEX outbox_next_attempt IF NOT EXISTS FOR (n:OutboxMessage) ON (n.nextAttemptAt)",
      "CREATE CONSTRAINT received_message_id IF NOT EXISTS FOR (n:ReceivedMessage) REQUIRE n.id IS UNIQUE");

  private Schema() {}

  static void ensure(Graph graph) {
    for (var statement : STATEMENTS) {
      graph.execute(statement, Map.of());
    }
    graph.execute("CALL db.awaitIndexes(300)", Map.of());
  }
}
