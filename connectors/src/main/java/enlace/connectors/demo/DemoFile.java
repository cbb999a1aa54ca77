package enlace.connectors.demo;

import java.util.List;
import java.util.Map;

/** The shape of directory.json, as written; {@link DemoDirectory} turns it into domain records. */
record DemoFile(Map<String, String> notice, List<Org> organizations) {

  record Org(String id, String name, String kind, String description, String website, String email, String phone,
      Integer verifiedDaysAgo, List<Svc> services, List<Job> vacancies) {}

  record Svc(String id, String name, String description, List<String> categories, List<String> acceptedDocuments,
      List<String> languages, List<String> audience, Cap capacity, String cost, String status,
      Integer verifiedDaysAgo, List<Hours> hours, boolean confidential, Place location) {}

  record Cap(int total, int available, String unit, int updatedHoursAgo) {}

  record Hours(String days, String opens, String closes) {}

  record Place(String id, String name, String address, String postalCode, String municipalityCode, double latitude,
      double longitude) {}

  record Job(String id, String title, String occupation, String sector, int positions, String wage,
      List<String> acceptedDocuments, String municipalityCode, int postedDaysAgo, Integer expiresInDays,
      String description) {}
}
