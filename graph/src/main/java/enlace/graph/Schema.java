package enlace.graph;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;

/** Constraints and indexes the repositories rely on; safe to run at every start. */
final class Schema {

  static final List<String> TEXT_PROPERTIES = List.of("name", "description", "localTerms");

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
      "CREATE CONSTRAINT provenance_key IF NOT EXISTS FOR (n:Provenance) REQUIRE n.key IS UNIQUE",
      "CREATE INDEX provenance_target IF NOT EXISTS FOR (n:Provenance) ON (n.target)",
      "CREATE INDEX import_warning_record IF NOT EXISTS FOR (n:ImportWarning) ON (n.record)",
      "CREATE INDEX import_warning_open IF NOT EXISTS FOR (n:ImportWarning) ON (n.region, n.status)",
      "CREATE CONSTRAINT value_mapping_key IF NOT EXISTS FOR (n:ValueMapping) REQUIRE n.id IS UNIQUE",
      "CREATE INDEX municipality_state IF NOT EXISTS FOR (n:Municipality) ON (n.stateCode)",
      "CREATE INDEX listing_fine_cell IF NOT EXISTS FOR (n:Listing) ON (n.fine)",
      "CREATE INDEX listing_coarse_cell IF NOT EXISTS FOR (n:Listing) ON (n.coarse)",
      "CREATE INDEX listing_service IF NOT EXISTS FOR (n:Listing) ON (n.service)",
      "CREATE INDEX listing_location IF NOT EXISTS FOR (n:Listing) ON (n.location)",
      "CREATE POINT INDEX location_point IF NOT EXISTS FOR (n:Location) ON (n.point)",
      "CREATE POINT INDEX municipality_point IF NOT EXISTS FOR (n:Municipality) ON (n.location)",
      "CREATE FULLTEXT INDEX directory_text IF NOT EXISTS FOR (n:Service|Organization)"
          + " ON EACH [" + String.join(", ", TEXT_PROPERTIES.stream().map(p -> "n." + p).toList()) + "]",
      "CREATE CONSTRAINT referral_id IF NOT EXISTS FOR (n:Referral) REQUIRE n.id IS UNIQUE",
      "CREATE CONSTRAINT referral_consent IF NOT EXISTS FOR (n:Consent) REQUIRE n.referral IS UNIQUE",
      "CREATE CONSTRAINT referral_contact IF NOT EXISTS FOR (n:ReferralContact) REQUIRE n.referral IS UNIQUE",
      "CREATE CONSTRAINT referral_webhook IF NOT EXISTS FOR (n:ReferralWebhook) REQUIRE n.organization IS UNIQUE",
      "CREATE INDEX referral_sender IF NOT EXISTS FOR (n:Referral) ON (n.sender, n.createdAt)",
      "CREATE INDEX referral_receiver IF NOT EXISTS FOR (n:Referral) ON (n.receiver, n.createdAt)",
      "CREATE INDEX referral_status IF NOT EXISTS FOR (n:Referral) ON (n.status, n.expiresAt)",
      "CREATE INDEX referral_event IF NOT EXISTS FOR (n:ReferralEvent) ON (n.referral)",
      "CREATE CONSTRAINT outbox_message_id IF NOT EXISTS FOR (n:OutboxMessage) REQUIRE n.id IS UNIQUE",
      "CREATE INDEX outbox_next_attempt IF NOT EXISTS FOR (n:OutboxMessage) ON (n.nextAttemptAt)",
      "CREATE CONSTRAINT received_message_id IF NOT EXISTS FOR (n:ReceivedMessage) REQUIRE n.id IS UNIQUE",
      "CREATE CONSTRAINT field_note_id IF NOT EXISTS FOR (n:FieldNote) REQUIRE n.id IS UNIQUE",
      "CREATE INDEX field_note_target IF NOT EXISTS FOR (n:FieldNote) ON (n.target)",
      "CREATE CONSTRAINT field_note_verdict IF NOT EXISTS FOR (n:FieldNoteVerdict) REQUIRE n.key IS UNIQUE",
      "CREATE INDEX audit_target IF NOT EXISTS FOR (n:AuditEvent) ON (n.target)",
      "CREATE CONSTRAINT employment_outcome_key IF NOT EXISTS FOR (n:EmploymentOutcome) REQUIRE n.key IS UNIQUE",
      "CREATE INDEX employment_outcome_referral IF NOT EXISTS FOR (n:EmploymentOutcome) ON (n.referral)",
      "CREATE INDEX employment_outcome_month IF NOT EXISTS FOR (n:EmploymentOutcome) ON (n.month)",
      "CREATE CONSTRAINT employer_review IF NOT EXISTS FOR (n:EmployerReview) REQUIRE n.organization IS UNIQUE",
      "CREATE CONSTRAINT registered_operation IF NOT EXISTS FOR (n:RegisteredOperation) REQUIRE n.hash IS UNIQUE",
      "CREATE CONSTRAINT import_preview IF NOT EXISTS FOR (n:ImportPreview) REQUIRE n.id IS UNIQUE",
      "CREATE INDEX import_preview_expiry IF NOT EXISTS FOR (n:ImportPreview) ON (n.expiresAt)");

  private Schema() {}

  static void ensure(Graph graph) {
    dropOutdatedTextIndex(graph);
    for (var statement : STATEMENTS) {
      graph.execute(statement, Map.of());
    }
    graph.execute("CALL db.awaitIndexes(300)", Map.of());
  }

  /** A store made by an older version indexes fewer properties; CREATE IF NOT EXISTS would keep that index. */
  private static void dropOutdatedTextIndex(Graph graph) {
    var indexed = graph.read(tx -> tx.runAsync("""
            SHOW FULLTEXT INDEXES YIELD name, properties WHERE name = 'directory_text' RETURN properties""")
        .thenCompose(cursor -> cursor.listAsync(row -> row.get("properties").asList(Value::asString))))
        .toCompletableFuture().join();
    if (!indexed.isEmpty() && !indexed.getFirst().equals(TEXT_PROPERTIES)) {
      graph.execute("DROP INDEX directory_text IF EXISTS", Map.of());
    }
  }
}
