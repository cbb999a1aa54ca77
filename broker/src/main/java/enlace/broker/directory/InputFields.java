package enlace.broker.directory;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** Which fields of an input record the caller set: what an audit event names, never the values. */
final class InputFields {

  private InputFields() {}

  static List<String> given(Record input) {
    return Arrays.stream(input.getClass().getRecordComponents())
        .filter(c -> !c.getName().equals("id") && isSet(value(c, input)))
        .map(RecordComponent::getName)
        .toList();
  }

  private static boolean isSet(Object value) {
    return value != null && !Boolean.FALSE.equals(value) && !(value instanceof Collection<?> c && c.isEmpty());
  }

  private static Object value(RecordComponent component, Record input) {
    try {
      return component.getAccessor().invoke(input);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component.getName() + " of an input record", e);
    }
  }
}
