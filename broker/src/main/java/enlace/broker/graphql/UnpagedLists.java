package enlace.broker.graphql;

import enlace.broker.directory.InvalidArgument;
import graphql.schema.DataFetchingEnvironment;

/**
 * Lists without a cursor ({@code Organization.services}, {@code vacancies}, {@code Service.locations}) answer
 * at most their {@code first} argument, so a query's cost can count exactly that many items.
 */
final class UnpagedLists {

  static final int MAX = 100;

  private UnpagedLists() {}

  static int first(DataFetchingEnvironment env) {
    Integer first = env.getArgument("first");
    if (first == null || first < 0 || first > MAX) {
      throw new InvalidArgument("first", "must be between 0 and " + MAX + ", got " + first
          + " / debe estar entre 0 y " + MAX);
    }
    return first;
  }
}
