package enlace.graph;

/** The outcome of a change to one record: done, no such record, or the record belongs to somebody else. */
public sealed interface Change<T> {

  record Done<T>(T value) implements Change<T> {}

  record NotFound<T>(String id) implements Change<T> {}

  record NotOwned<T>(String id) implements Change<T> {}
}
