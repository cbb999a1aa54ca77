package enlace.broker.directory;

/** A caller's argument the node cannot use; the message says what would be accepted. */
public final class InvalidArgument extends RuntimeException {

  private final String argument;

  public InvalidArgument(String argument, String message) {
    super(argument + ": " + message);
    this.argument = argument;
  }

  public String argument() {
    return argument;
  }
}
