package enlace.broker.referral;

import java.util.List;
import java.util.Locale;

/**
 * What comes before any match for a child or adolescent without an adult: the region's child protection (the DIF's
 * Procuraduría de Protección de Niñas, Niños y Adolescentes), nearest first, as Mexican law requires.
 */
public record FirstStep(List<ServiceMatch> services) {

  public FirstStep {
    services = List.copyOf(services);
  }

  /** Why this comes first, in Spanish, or in English for a language tag starting with {@code en}. */
  public String why(String lang) {
    boolean en = lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en");
    var law = en
        ? "A child or adolescent without an adult: first the region's child protection office (DIF, Procuraduría de"
            + " Protección de Niñas, Niños y Adolescentes), as the General Law on the Rights of Children and"
            + " Adolescents requires; never a shelter for adults or families."
        : "Niña, niño o adolescente sin persona adulta: primero la Procuraduría de Protección de Niñas, Niños y"
            + " Adolescentes (DIF) de la región, como pide la Ley General de los Derechos de Niñas, Niños y"
            + " Adolescentes; nunca un albergue para personas adultas o familias.";
    if (!services.isEmpty()) {
      return law;
    }
    return law + (en ? " This directory lists none in the region: call the state's Procuraduría de Protección before"
        + " any other referral." : " Este directorio no lista ninguna en la región: llame a la Procuraduría de"
        + " Protección del estado antes de cualquier otra canalización.");
  }
}
