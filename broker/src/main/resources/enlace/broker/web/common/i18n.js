// A small i18n helper: Spanish first, English on request. Elements carry data-i18n="key" (text) or
// data-i18n-title / data-i18n-placeholder; t(key, vars) fills {name} placeholders.
export function createI18n(dictionaries, fallback = 'es') {
  let lang = localStorage.getItem('enlace.lang') || fallback;
  if (!dictionaries[lang]) lang = fallback;
  const listeners = [];
  const t = (key, vars = {}) => {
    const text = (dictionaries[lang] && dictionaries[lang][key]) ?? dictionaries[fallback][key] ?? key;
    return text.replace(/\{(\w+)\}/g, (_, name) => (vars[name] ?? ''));
  };
  const apply = (root = document) => {
    document.documentElement.lang = lang;
    root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
    root.querySelectorAll('[data-i18n-title]').forEach((el) => { el.title = t(el.dataset.i18nTitle); });
    root.querySelectorAll('[data-i18n-aria]').forEach((el) => { el.setAttribute('aria-label', t(el.dataset.i18nAria)); });
    root.querySelectorAll('[data-i18n-placeholder]').forEach((el) => { el.placeholder = t(el.dataset.i18nPlaceholder); });
  };
  return {
    t,
    apply,
    get lang() { return lang; },
    set(next) {
      lang = dictionaries[next] ? next : fallback;
      localStorage.setItem('enlace.lang', lang);
      apply();
      listeners.forEach((fn) => fn(lang));
    },
    onChange(fn) { listeners.push(fn); },
    number(value, digits = 0) {
      return value == null ? '—' : Number(value).toLocaleString(lang === 'es' ? 'es-MX' : 'en-US',
        { maximumFractionDigits: digits });
    },
  };
}
