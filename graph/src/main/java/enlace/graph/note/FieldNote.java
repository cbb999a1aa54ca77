package enlace.graph.note;

import enlace.graph.Ids;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a partner organization learnt about a service or an organization, dated and attributed to the
 * organization (never to a person), with the other partners' verdicts, the owner's answer, and, when the
 * region's coordinators hid it, why. {@code owner} is the organization the note is about (the service's).
 */
public record FieldNote(String id, String region, Target target, String owner, String organization, String text,
    List<String> concepts, Instant writtenAt, List<Verdict> verdicts, Optional<Answer> answer,
    Optional<Moderation> moderation) {

  public static final int MAX_LENGTH = 1_000;

  public FieldNote {
    Ids.require(id, "note id");
    Ids.require(region, "note region");
    Objects.requireNonNull(target, "target");
    Ids.require(owner, "owner organization");
    Ids.require(organization, "author organization");
    Objects.requireNonNull(text, "text");
    concepts = List.copyOf(concepts);
    Objects.requireNonNull(writtenAt, "writtenAt");
    verdicts = List.copyOf(verdicts);
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(moderation, "moderation");
  }

  public boolean hidden() {
    return moderation.isPresent();
  }

  /** The note's date, or its latest confirmation: what its age counts from. */
  public Instant freshSince() {
    return verdicts.stream().filter(v -> v.kind() == Verdict.Kind.CONFIRM).map(Verdict::at)
        .max(Instant::compareTo).filter(at -> at.isAfter(writtenAt)).orElse(writtenAt);
  }

  public long count(Verdict.Kind kind) {
    return verdicts.stream().filter(v -> v.kind() == kind).count();
  }

  /** A service or an organization, by its local id. */
  public record Target(Kind kind, String id) {

    public enum Kind { SERVICE, ORGANIZATION }

    public Target {
      Objects.requireNonNull(kind, "kind");
      Ids.require(id, "target id");
    }

    /** As the audit log and the store name it: {@code Service:<id>}. */
    public String key() {
      return (kind == Kind.SERVICE ? "Service:" : "Organization:") + id;
    }
  }

  /** Another partner organization says the note still holds, or no longer does. */
  public record Verdict(String organization, Kind kind, Instant at) {
    public enum Kind { CONFIRM, DISPUTE }

    public Verdict {
      Ids.require(organization, "organization");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(at, "at");
    }
  }

  /** The owner's answer to the note. */
  public record Answer(String organization, String text, Instant at) {}

  /** Hidden by a coordinator of the region, with the reason (also kept in the audit log). */
  public record Moderation(Instant at, String by, String reason) {}
}
