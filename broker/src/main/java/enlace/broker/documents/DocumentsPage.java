package enlace.broker.documents;

import static org.owasp.encoder.Encode.forHtml;
import static org.owasp.encoder.Encode.forHtmlAttribute;
import static org.owasp.encoder.Encode.forUriComponent;

import enlace.broker.documents.DocumentGuide.Nearby;
import enlace.graph.documents.NearbyService;
import enlace.graph.municipality.Municipality;
import enlace.ontology.DocumentFacts;
import enlace.ontology.DocumentFacts.RightStatus;
import enlace.ontology.Ontology;
import enlace.ontology.Vocabulary;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The HTML of {@code /documentos}: one table that prints on one sheet, and the services near a chosen place. */
final class DocumentsPage {

  /** What the request asked for, and what was found for it. */
  record Request(PageText text, String typed, int radiusKm, Optional<PlaceChoice> choice, Optional<Nearby> nearby) {}

  private final DocumentGuide guide;

  DocumentsPage(DocumentGuide guide) {
    this.guide = guide;
  }

  String render(Request r) {
    var t = r.text();
    var documents = guide.documents();
    return """
        <!doctype html>
        <html lang="%s">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>%s · Enlace</title>
          <link rel="icon" href="data:,">
          <link rel="stylesheet" href="/web/common/enlace.css">
          <link rel="stylesheet" href="/web/documents/documents.css">
        </head>
        <body>
          <a class="skip" href="#main">%s</a>
          <header>
            <h1>%s</h1>
            <p class="lang"><a href="%s" hreflang="%s" lang="%s">%s</a></p>
          </header>
          <main id="main">
            <p class="lead">%s</p>
            %s
            <p class="legend-text">%s</p>
            %s
            %s
          </main>
          <footer><p>%s · <a href="/ontology">%s</a></p></footer>
        </body>
        </html>
        """.formatted(t.lang(), forHtml(t.get("title")), forHtml(t.get("skip")), forHtml(t.get("title")),
        forHtmlAttribute(link(t.other(), r.typed(), r.radiusKm())), t.other().lang(), t.other().lang(),
        forHtml(t.get("other")), forHtml(t.get("lead")), table(t, documents), forHtml(t.get("legend")),
        everyone(t), near(r, documents), forHtml(t.get("generated", guide.ontology().version())),
        forHtml(t.get("ontology")));
  }

  private String table(PageText t, List<DocumentFacts> documents) {
    var head = new StringBuilder("<tr><th scope=\"col\">" + forHtml(t.get("document")) + "</th>");
    DocumentGuide.RIGHTS.forEach(right -> head.append("<th scope=\"col\">")
        .append(forHtml(guide.ontology().label(right, t.lang()))).append("</th>"));
    head.append("<th scope=\"col\">").append(forHtml(t.get("validity"))).append("</th><th scope=\"col\">")
        .append(forHtml(t.get("restrictions"))).append("</th><th scope=\"col\">")
        .append(forHtml(t.get("basis"))).append("</th></tr>");
    var rows = documents.stream().map(d -> row(t, d)).collect(Collectors.joining("\n"));
    return "<table class=\"documents\"><caption>" + forHtml(t.get("caption")) + "</caption><thead>" + head
        + "</thead><tbody>" + rows + "</tbody></table>";
  }

  private String row(PageText t, DocumentFacts d) {
    var concept = d.document();
    var cells = new StringBuilder();
    for (var right : DocumentGuide.RIGHTS) {
      var status = d.status(right);
      cells.append("<td class=\"").append(kind(status)).append("\" data-right=\"").append(local(right)).append("\">")
          .append(forHtml(say(t, status))).append("</td>");
    }
    var restriction = Optional.ofNullable(pick(concept.restrictions(), t.lang())).orElse("—");
    var basis = d.legalBasis().map(b -> forHtml(b.citation(t.lang())) + b.texts().stream()
            .map(url -> " <a href=\"" + forHtmlAttribute(url) + "\">" + forHtml(t.get("lawText", file(url)))
                + "</a>")
            .collect(Collectors.joining()))
        .orElse("—");
    return "<tr id=\"" + local(concept.iri()) + "\"><th scope=\"row\">" + forHtml(concept.label(t.lang())) + "</th>"
        + cells + "<td>" + forHtml(d.validity(t.lang()).orElse("—")) + "</td><td>" + forHtml(restriction)
        + "</td><td>" + basis + "</td></tr>";
  }

  private String say(PageText t, RightStatus status) {
    return switch (status) {
      case RightStatus.Granted g -> t.get("yes");
      case RightStatus.GrantedWith with -> t.get("yesWith", with.others().stream()
          .map(set -> set.stream().map(doc -> shortName(doc, t.lang())).collect(Collectors.joining(" + ")))
          .collect(Collectors.joining(" / ")));
      case RightStatus.Withheld w -> t.get("no");
      case RightStatus.NotRecorded n -> t.get("unknown");
    };
  }

  private static String kind(RightStatus status) {
    return switch (status) {
      case RightStatus.Granted g -> "yes";
      case RightStatus.GrantedWith with -> "yes-with";
      case RightStatus.Withheld w -> "no";
      case RightStatus.NotRecorded n -> "unknown";
    };
  }

  /** Health care and education for everyone, as the ontology's rights state their legal basis. */
  private String everyone(PageText t) {
    var items = List.of(Vocabulary.RIGHT_HEALTH_CARE, Vocabulary.RIGHT_EDUCATION).stream()
        .map(right -> guide.ontology().legalBasis(right).map(b -> "<li><strong>"
            + forHtml(guide.ontology().label(right, t.lang())) + ":</strong> " + forHtml(b.citation(t.lang()))
            + "</li>").orElse(""))
        .collect(Collectors.joining());
    return items.isEmpty() ? "" : "<section class=\"everyone\"><p>" + forHtml(t.get("everyone")) + "</p><ul>" + items
        + "</ul></section>";
  }

  private String near(Request r, List<DocumentFacts> documents) {
    var t = r.text();
    var radii = DocumentGuide.RADII_KM.stream().map(km -> "<option value=\"" + km + "\"" + (km == r.radiusKm()
        ? " selected" : "") + ">" + forHtml(t.get("km", km)) + "</option>").collect(Collectors.joining());
    var form = """
        <form class="near-form" method="get" action="/documentos">
          <input type="hidden" name="lang" value="%s">
          <label for="municipio">%s</label>
          <input id="municipio" name="municipio" value="%s" autocomplete="off">
          <label for="radio">%s</label>
          <select id="radio" name="radio">%s</select>
          <button type="submit" class="primary">%s</button>
        </form>""".formatted(t.lang(), forHtml(t.get("municipality")), forHtmlAttribute(r.typed()),
        forHtml(t.get("radius")), radii, forHtml(t.get("search")));
    var answer = r.nearby().map(n -> services(t, n, documents))
        .or(() -> r.choice().map(c -> choices(t, c, r.radiusKm())))
        .orElse("");
    return "<section class=\"near\" aria-labelledby=\"near-title\"><h2 id=\"near-title\">"
        + forHtml(t.get("nearTitle")) + "</h2>" + form + "<div id=\"near-results\" role=\"status\">" + answer
        + "</div></section>";
  }

  private String choices(PageText t, PlaceChoice choice, int radiusKm) {
    return switch (choice) {
      case PlaceChoice.Found found -> "<p>" + forHtml(t.get("noPoint", found.municipality().name())) + "</p>";
      case PlaceChoice.Choose choose -> "<p class=\"problem\">" + forHtml(t.get(choose.exact() ? "whichOne"
          : "didYouMean", choose.typed())) + "</p><ul class=\"choices\">" + choose.candidates().stream()
          .map(m -> "<li><a href=\"" + forHtmlAttribute(link(t, m.code().value(), radiusKm)) + "\">"
              + forHtml(m.name() + ", " + m.stateName()) + "</a></li>").collect(Collectors.joining()) + "</ul>";
    };
  }

  private String services(PageText t, Nearby n, List<DocumentFacts> documents) {
    var m = n.municipality();
    var out = new StringBuilder("<p class=\"around\">" + forHtml(t.get("around", n.radiusKm(), m.name(),
        m.stateName())) + "</p>");
    if (n.accepting().isEmpty()) {
      out.append("<p>").append(forHtml(t.get("noneNamed", n.radiusKm(), m.name()))).append("</p>");
    } else {
      out.append("<div class=\"near-documents\">");
      for (var d : documents) {
        var list = n.accepting().get(d.document().iri());
        if (list == null) {
          continue;
        }
        out.append("<section class=\"near-document\" data-document=\"").append(local(d.document().iri()))
            .append("\"><h3>").append(forHtml(d.document().label(t.lang()))).append("</h3><ul>");
        list.forEach(s -> out.append("<li>").append(service(t, s)).append("</li>"));
        out.append("</ul>");
        Optional.ofNullable(n.more().get(d.document().iri()))
            .ifPresent(k -> out.append("<p class=\"more\">").append(forHtml(t.get("more", k))).append("</p>"));
        out.append("</section>");
      }
      out.append("</div>");
    }
    if (n.needNoDocument() > 0) {
      out.append("<p>").append(forHtml(t.get("open", n.needNoDocument()))).append("</p>");
    }
    return out.toString();
  }

  private String service(PageText t, NearbyService s) {
    var where = java.util.stream.Stream.of(s.address(), municipalityName(s.municipality()))
        .filter(x -> x != null && !x.isBlank()).collect(Collectors.joining(", "));
    return "<strong>" + forHtml(s.name()) + "</strong><span class=\"detail\"> · "
        + forHtml(Optional.ofNullable(s.organization()).orElse("")) + (where.isEmpty() ? "" : " · " + forHtml(where))
        + "</span> · " + forHtml(t.get("km", String.format(Locale.ROOT, "%.1f", s.distanceKm())));
  }

  private String municipalityName(String code) {
    return code == null ? null : guide.municipality(code).map(Municipality::name).orElse(null);
  }

  private String shortName(String document, String lang) {
    Ontology ontology = guide.ontology();
    return ontology.altLabels(document, lang).stream().min(Comparator.comparingInt(String::length))
        .orElseGet(() -> ontology.label(document, lang));
  }

  static String link(PageText t, String typed, int radiusKm) {
    var query = "?lang=" + t.lang();
    if (typed != null && !typed.isBlank()) {
      query += "&municipio=" + forUriComponent(typed) + "&radio=" + radiusKm;
    }
    return "/documentos" + query;
  }

  /** The name of the publication's file, which names the law (LMigra.pdf). */
  private static String file(String url) {
    return url.substring(url.lastIndexOf('/') + 1);
  }

  private static String local(String iri) {
    return iri.substring(iri.indexOf('#') + 1);
  }

  private static String pick(java.util.Map<String, String> byLang, String lang) {
    return byLang.getOrDefault(lang, byLang.getOrDefault("es", byLang.get("en")));
  }
}
