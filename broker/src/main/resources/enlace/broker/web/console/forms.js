// Form checks shown in place: the message names the field (its label), the field is marked invalid and
// keeps what was typed; the first bad field takes the focus.
const $ = (id) => document.getElementById(id);

export function clearErrors(form) {
  form.querySelectorAll('.error').forEach((el) => { el.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
}

function labelOf(id) {
  const label = document.querySelector(`label[for="${id}"]`);
  if (label) return label.textContent.trim();
  const input = $(id);
  const wrapping = input && input.closest('label');
  if (wrapping) return wrapping.textContent.trim();
  const legend = input && input.closest('fieldset') && input.closest('fieldset').querySelector('legend');
  return legend ? legend.textContent.trim() : id;
}

/** Shows message under field id (its error element is id-error); returns false for chaining checks. */
export function fieldError(id, message) {
  const el = $(id);
  $(`${id}-error`).textContent = `${labelOf(id)}: ${message}`;
  if (el) el.setAttribute('aria-invalid', 'true');
  return false;
}

export function focusFirstError(form) {
  const bad = form.querySelector('[aria-invalid="true"]');
  if (bad) bad.focus();
  return !bad;
}

/** A whole number within [min, max] from an input, or null after showing the error. */
export function wholeNumber(id, min, max, t) {
  const raw = $(id).value.trim();
  const value = Number(raw);
  if (raw === '' || !Number.isInteger(value) || value < min || value > max) {
    fieldError(id, t('errRange', { min, max }));
    return null;
  }
  return value;
}

/**
 * Shows a GraphQL error in place: BAD_USER_INPUT names an argument, mapped to a field by fields
 * (argument prefix → element id); anything else goes to the form's general error element.
 */
export function serverError(error, fields, generalId) {
  const argument = error.argument || '';
  const match = Object.keys(fields).find((prefix) => argument === prefix || argument.startsWith(`${prefix}.`)
    || argument.startsWith(`${prefix}[`));
  if (error.code === 'BAD_USER_INPUT' && match) {
    fieldError(fields[match], error.message);
  } else {
    $(generalId).textContent = error.message;
  }
}
