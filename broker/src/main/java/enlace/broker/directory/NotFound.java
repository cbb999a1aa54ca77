package enlace.broker.directory;

/** The record an argument names does not exist on this node. */
public final class NotFound extends RuntimeException {

  private final String argument;

  public NotFound(String argument, String message) {
    super(message);
    this.argument = argument;
  }

  public String argument() {
    return argument;
  }
}
