package enlace.connectors.imports;

/**
 * HSDS 3.1 documents written for the tests, fictional, in La Paz (03003) and Ensenada (02001): every
 * entity the connector reads (organization with phone and kind, service_at_location, location, address,
 * schedule, languages, required documents, capacity with unit, taxonomy attributes mapped and unmapped).
 */
final class HsdsDocuments {

  private HsdsDocuments() {}

  static String service(String id, String orgId, String name, double lat, double lon) {
    return """
        {
          "id": "%1$s", "name": "%3$s", "status": "active",
          "description": "Albergue temporal para familias migrantes (prueba).",
          "fees_description": "free", "assured_date": "2026-10-01",
          "organization": {
            "id": "%2$s", "name": "Casa Prueba %2$s", "description": "Organización de prueba",
            "email": "contacto@example.org", "website": "https://example.org/casa",
            "phones": [{"id": "ph-%2$s", "number": "+52 612 000 0000"}],
            "attributes": [{"id": "at-kind-%2$s", "taxonomy_term": {"id": "tt-kind", "name": "Albergue",
              "description": "Albergue", "taxonomy": "Enlace", "term_uri": "https://w3id.org/enlace/ns#kind-shelter"}}]
          },
          "service_at_locations": [{
            "id": "sal-%1$s", "location": {
              "id": "loc-%1$s", "location_type": "physical", "name": "Sede %3$s",
              "latitude": %4$s, "longitude": %5$s,
              "addresses": [{"id": "ad-%1$s", "address_1": "Calle Prueba 10", "city": "La Paz",
                "state_province": "Baja California Sur", "postal_code": "23000", "country": "MX",
                "address_type": "physical"}]
            }
          }],
          "schedules": [
            {"id": "sc1-%1$s", "freq": "WEEKLY", "byday": "MO,TU,WE,TH,FR", "opens_at": "09:00", "closes_at": "17:00"},
            {"id": "sc2-%1$s", "freq": "WEEKLY", "byday": "SA", "opens_at": "10:00", "closes_at": "14:00"}
          ],
          "languages": [{"id": "la1-%1$s", "code": "es"}, {"id": "la2-%1$s", "name": "Kreyòl ayisyen", "code": "ht"}],
          "required_documents": [{"id": "rd-%1$s", "document": "TVRH", "uri": "https://w3id.org/enlace/ns#doc-tvrh"}],
          "capacities": [{"id": "cap-%1$s", "unit": {"id": "u-bed", "name": "bed"}, "available": 4, "maximum": 20,
            "updated": "2026-11-28T12:00:00Z"}],
          "attributes": [
            {"id": "a1-%1$s", "taxonomy_term": {"id": "t1", "code": "emergency:emergency_shelter", "name": "Emergency Shelter",
              "description": "Emergency shelter", "taxonomy": "Open Eligibility"}},
            {"id": "a2-%1$s", "taxonomy_term": {"id": "t2", "code": "01.01", "name": "Albergue familiar",
              "description": "x", "taxonomy": "Enlace"}},
            {"id": "a3-%1$s", "taxonomy_term": {"id": "t3", "code": "LOC-77", "name": "Casa de medio camino",
              "description": "término local", "taxonomy": "Directorio BCS"}}
          ]
        }
        """.formatted(id, orgId, name, lat, lon);
  }

  /** A page in the shape of the HSDS API's /services. */
  static String page(String... services) {
    return """
        {"total_items": %d, "total_pages": 1, "page_number": 1, "size": %d, "first_page": true, "last_page": true,
         "empty": false, "contents": [%s]}
        """.formatted(services.length, services.length, String.join(",", services));
  }
}
