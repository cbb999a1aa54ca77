package enlace.broker.imports;

import enlace.graph.TestGraph;
import java.util.Map;

/** Removes what one source imported into the shared test node, with the warnings it left. */
public final class ImportedRecords {

  private ImportedRecords() {}

  public static void remove(String source) {
    TestGraph.graph().execute("""
        MATCH (p:Provenance {source: $source})
        OPTIONAL MATCH (s:Service {id: p.target})
        OPTIONAL MATCH (s)-[:AT]->(l:Location)
        OPTIONAL MATCH (li:Listing {service: s.id})
        OPTIONAL MATCH (o:Organization {id: s.organization})
        DETACH DELETE p, s, l, li, o
        """, Map.of("source", source));
    TestGraph.graph().execute("MATCH (w:ImportWarning {source: $source}) DETACH DELETE w", Map.of("source", source));
  }
}
