package enlace.connectors.exports;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Walks a keyset-paged listing (ids after the last one seen) and hands each item to a sink. */
final class Pages {

  static final int SIZE = 500;

  interface Sink<T> {
    void accept(T item) throws IOException;
  }

  private Pages() {}

  static <T> int each(BiFunction<String, Integer, CompletionStage<List<T>>> page, Function<T, String> id, Sink<T> sink)
      throws IOException {
    int count = 0;
    for (String after = null; ; ) {
      var items = page.apply(after, SIZE).toCompletableFuture().join();
      if (items.isEmpty()) {
        return count;
      }
      for (var item : items) {
        sink.accept(item);
        count++;
      }
      after = id.apply(items.getLast());
    }
  }
}
