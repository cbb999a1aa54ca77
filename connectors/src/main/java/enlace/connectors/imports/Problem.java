package enlace.connectors.imports;

/**
 * Why a record was not imported: the file, where in it (a line number, or a JSON pointer), the field and
 * the reason.
 */
public record Problem(String file, String where, String field, String reason) {

  public Problem {
    file = file == null ? "" : file;
    where = where == null ? "" : where;
    field = field == null ? "" : field;
  }

  @Override
  public String toString() {
    return file + (where.isEmpty() ? "" : " " + where) + (field.isEmpty() ? "" : " [" + field + "]") + ": " + reason;
  }
}
