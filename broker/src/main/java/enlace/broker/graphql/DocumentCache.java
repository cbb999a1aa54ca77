package enlace.broker.graphql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** Parses and validates each distinct query text once; partners send the same few queries all day. */
final class DocumentCache implements PreparsedDocumentProvider {

  private final Cache<String, PreparsedDocumentEntry> cache = Caffeine.newBuilder().maximumSize(2_000).build();

  @Override
  public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
      Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
    return CompletableFuture.completedFuture(cache.get(input.getQuery(), q -> parseAndValidate.apply(input)));
  }
}
