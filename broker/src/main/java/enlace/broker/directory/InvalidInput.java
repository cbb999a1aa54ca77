package enlace.broker.directory;

import java.util.List;
import java.util.stream.Collectors;

/** Several arguments of one input the node cannot use, all found before anything was written. */
public final class InvalidInput extends RuntimeException {

  private final transient List<InvalidArgument> problems;

  public InvalidInput(List<InvalidArgument> problems) {
    super(problems.stream().map(InvalidArgument::getMessage).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public List<InvalidArgument> problems() {
    return problems;
  }
}
