package enlace.broker.referral;

import enlace.graph.referral.Profile;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What to ask the person when a service's audience depends on a part of the profile nobody said: the field the
 * answer goes into and the answers that make the service take the person ({@code WOMAN}, {@code true}...).
 */
public record Question(ProfileField field, Set<String> accepts) {

  public Question {
    accepts = Set.copyOf(accepts);
    if (accepts.isEmpty()) {
      throw new IllegalArgumentException("a question accepts at least one answer");
    }
  }

  /** Whether the profile answers the question and how: empty when it says nothing about the field. */
  public Optional<Boolean> answeredBy(Profile profile) {
    return field.answer(profile).map(accepts::contains);
  }

  /** The question in Spanish, or in English for a language tag starting with {@code en}. */
  public String text(String lang) {
    boolean en = lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en");
    return switch (field) {
      case GENDER -> accepts.contains("WOMAN")
          ? (en ? "Is the person a woman?" : "¿La persona es mujer?")
          : (en ? "Is the person a man?" : "¿La persona es hombre?");
      case LGBTI_SAFE_PLACE -> en ? "Does the person ask for an LGBTI+-safe place?"
          : "¿La persona pide un lugar seguro para personas LGBTI+?";
      case PREGNANT -> en ? "Is the person pregnant?" : "¿La persona está embarazada?";
      case REDUCED_MOBILITY -> en ? "Does the person have a disability or reduced mobility?"
          : "¿La persona tiene una discapacidad o movilidad reducida?";
      case PROTECTED_PLACE -> en ? "Is the person a survivor of violence asking for a protected place?"
          : "¿La persona sobrevivió violencia y pide un lugar protegido?";
    };
  }
}
