package enlace.broker.graphql;

/**
 * What the network learns by using the directory, in the API: partners' field notes and employment outcomes
 * with the cautions they lead to. A null part leaves its fields answering nothing.
 */
public record Knowledge(NoteFetchers notes, OutcomeFetchers outcomes) {

  public static final Knowledge NONE = new Knowledge(null, null);

  void wire(graphql.schema.idl.RuntimeWiring.Builder wiring) {
    if (notes != null) {
      notes.wire(wiring);
    }
    if (outcomes != null) {
      outcomes.wire(wiring);
    }
  }
}
