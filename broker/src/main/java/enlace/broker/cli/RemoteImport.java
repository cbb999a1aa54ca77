package enlace.broker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import enlace.connectors.imports.DataExchange;
import enlace.connectors.imports.ImportFormat;
import enlace.connectors.imports.ImportRecord;
import enlace.connectors.imports.ImportSummary;
import enlace.connectors.imports.Importer;
import enlace.connectors.imports.LocationRecord;
import enlace.connectors.imports.OrganizationRecord;
import enlace.connectors.imports.Parsed;
import enlace.connectors.imports.Problem;
import enlace.connectors.imports.ServiceRecord;
import enlace.connectors.imports.VacancyRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Sends what was read locally to a running node through the importBatch mutation, in batches small
 * enough for the node's request limit: services, organizations and places as HSDS JSON, vacancies as the JSON
 * feed. The file is checked here first, so problems name its own lines (the warnings reported are these); without
 * --skip-invalid every batch is first sent as a dry run, and nothing is written when any is refused.
 */
final class RemoteImport {

  private static final int MAX_BATCH_CHARS = 60_000;
  private static final String MUTATION = """
      mutation($format: ImportFormat!, $source: String!, $content: String!, $dryRun: Boolean, $skip: Boolean) {
        importBatch(format: $format, source: $source, content: $content, dryRun: $dryRun, skipInvalid: $skip) {
          read created updated unchanged merged refused withWarnings written dryRun
          problems { severity kind file where field value message(lang: "es") reason suggestions { value code label(lang: "es") } }
        }
      }""";

  private final URI node;
  private final String token;
  private final DataExchange exchange;
  private final PrintWriter out;
  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  RemoteImport(URI node, String token, DataExchange exchange, PrintWriter out) {
    this.node = node;
    this.token = token;
    this.exchange = exchange;
    this.out = out;
  }

  ImportSummary send(ImportFormat format, String source, Parsed parsed, boolean dryRun, boolean skipInvalid,
      Importer.Progress progress) throws IOException, InterruptedException {
    if (parsed.hasErrors() && !skipInvalid) {
      return parsed.refusedWhole(dryRun);
    }
    var batches = batches(parsed.records());
    var wire = format == ImportFormat.VACANCIES ? "VACANCIES" : "HSDS";
    if (!skipInvalid && !dryRun) {
      var check = post(batches, wire, source, true, false, (d, t) -> { });
      if (!check.errors().isEmpty()) {
        return new ImportSummary(parsed.read(), 0, 0, 0, 0, parsed.read(), 0, check.errors(), dryRun, false);
      }
    }
    var sent = post(batches, wire, source, dryRun, skipInvalid, progress);
    var problems = new ArrayList<>(parsed.problems());
    problems.addAll(sent.errors());
    int refused = parsed.read() - parsed.records().size() + sent.refused();
    int withWarnings = (int) parsed.problems().stream().filter(p -> !p.isError())
        .map(p -> p.file() + "|" + p.where()).distinct().count();
    return new ImportSummary(parsed.read(), sent.created(), sent.updated(), sent.unchanged(), sent.merged(), refused,
        Math.min(withWarnings, parsed.records().size() - sent.refused()), problems, dryRun, sent.written());
  }

  /** Records as one request sends them, and the records themselves, in the same order. */
  private record Batch(ArrayNode json, List<ImportRecord> records) {
    int size() {
      return records.size();
    }
  }

  private List<Batch> batches(List<ImportRecord> records) {
    var out = new ArrayList<Batch>();
    var current = new Batch(json.createArrayNode(), new ArrayList<>());
    int chars = 0;
    var writer = exchange.hsdsWriter();
    for (var record : records) {
      JsonNode node = switch (record) {
        case ServiceRecord s -> writer.service(s);
        case VacancyRecord v -> exchange.vacancyJson(v);
        case OrganizationRecord o -> writer.organization(o.organization());
        case LocationRecord l -> writer.location(l.place());
      };
      int size = node.toString().length();
      if (chars + size > MAX_BATCH_CHARS && current.size() > 0) {
        out.add(current);
        current = new Batch(json.createArrayNode(), new ArrayList<>());
        chars = 0;
      }
      current.json().add(node);
      current.records().add(record);
      chars += size;
    }
    if (current.size() > 0) {
      out.add(current);
    }
    return out;
  }

  private static final Pattern RECORD = Pattern.compile("/(\\d+)");
  private static final Pattern PLACE = Pattern.compile("/\\d+/service_at_locations/(\\d+)/location/id");

  /**
   * A problem the node found in a batch (named by the batch's JSON pointers), named as in the file the
   * record was read from: its file, line and field.
   */
  private static Problem local(Problem problem, List<ImportRecord> batch) {
    var record = RECORD.matcher(problem.where());
    if (!record.matches() || Integer.parseInt(record.group(1)) >= batch.size()) {
      return problem;
    }
    var read = batch.get(Integer.parseInt(record.group(1)));
    var field = problem.field();
    var place = PLACE.matcher(field);
    if (place.matches() && read instanceof ServiceRecord s && Integer.parseInt(place.group(1)) < s.locations().size()) {
      field = read.origin().placeField(s.locations().get(Integer.parseInt(place.group(1))).id());
    }
    return new Problem(problem.severity(), problem.kind(), read.origin().file(), read.origin().where(), field,
        problem.value(), problem.message(), problem.suggestions());
  }

  private ImportSummary post(List<Batch> batches, String format, String source, boolean dryRun, boolean skip,
      Importer.Progress progress) throws IOException, InterruptedException {
    int[] counts = new int[7];
    var problems = new ArrayList<Problem>();
    boolean written = false;
    int done = 0;
    int total = batches.stream().mapToInt(Batch::size).sum();
    for (var batch : batches) {
      var variables = json.createObjectNode().put("format", format).put("source", source)
          .put("content", batch.json().toString()).put("dryRun", dryRun).put("skip", skip);
      var body = json.createObjectNode().put("query", MUTATION).set("variables", variables);
      var request = HttpRequest.newBuilder(node.resolve("/graphql")).timeout(Duration.ofMinutes(5))
          .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
          .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
      var response = http.send(request, HttpResponse.BodyHandlers.ofString());
      var answer = json.readTree(response.body());
      if (response.statusCode() != 200 || answer.path("errors").size() > 0) {
        throw new IllegalStateException("the node refused the batch (HTTP " + response.statusCode() + "): "
            + answer.path("errors").path(0).path("message").asText(response.body()));
      }
      var result = answer.path("data").path("importBatch");
      var names = List.of("read", "created", "updated", "unchanged", "merged", "refused", "withWarnings");
      for (int i = 0; i < names.size(); i++) {
        counts[i] += result.path(names.get(i)).asInt();
      }
      written |= result.path("written").asBoolean();
      for (var p : result.path("problems")) {
        problems.add(local(problem(p), batch.records()));
      }
      done += batch.size();
      progress.advanced(done, total);
    }
    out.flush();
    return new ImportSummary(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6], problems,
        dryRun, written);
  }

  /** A problem as the node reported it; the node speaks Spanish here and keeps English in reason. */
  private static Problem problem(JsonNode p) {
    var suggestions = new ArrayList<Problem.Suggestion>();
    for (var s : p.path("suggestions")) {
      var label = s.path("label").asText();
      suggestions.add(new Problem.Suggestion(s.path("value").asText(), s.path("code").isNull() ? null
          : s.path("code").asText(), new Problem.Message(label, label)));
    }
    return new Problem(Problem.Severity.valueOf(p.path("severity").asText("ERROR")),
        Problem.Kind.valueOf(p.path("kind").asText("INVALID")), p.path("file").asText(), p.path("where").asText(),
        p.path("field").asText(), p.path("value").isNull() ? null : p.path("value").asText(),
        new Problem.Message(p.path("message").asText(), p.path("reason").asText()), suggestions);
  }
}
