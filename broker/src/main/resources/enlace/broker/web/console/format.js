// How the console writes dates, ages, capacities and opening status, in the chosen language.
export function date(iso, i18n) {
  if (!iso) return i18n.t('never');
  return new Date(iso).toLocaleString(i18n.lang === 'es' ? 'es-MX' : 'en-US', { dateStyle: 'medium', timeStyle: 'short' });
}

export function ago(iso, i18n) {
  if (!iso) return i18n.t('never');
  const hours = (Date.now() - new Date(iso).getTime()) / 3_600_000;
  if (hours < 1) return i18n.t('agoMinutes', { n: Math.max(1, Math.round(hours * 60)) });
  if (hours < 48) return i18n.t('agoHours', { n: Math.round(hours) });
  return i18n.t('agoDays', { n: Math.round(hours / 24) });
}

/** "12 of 30 free · updated 3 h ago" with a badge saying whether to trust it; text, never colour only. */
export function capacity(c, i18n) {
  if (!c) return `<span class="badge">${i18n.t('noCapacity')}</span>`;
  const kind = c.stale ? 'warn' : c.available > 0 ? 'ok' : 'bad';
  const fresh = c.stale ? i18n.t('stale') : i18n.t('updated', { ago: ago(c.updatedAt, i18n) });
  return `<span class="badge ${kind}">${i18n.t('free', { available: c.available, total: c.total })}</span> ${fresh}`;
}

export function openBadge(open, i18n) {
  return `<span class="badge ${open ? 'ok' : 'bad'}">${i18n.t(open ? 'openNowYes' : 'closedNow')}</span>`;
}

export function escape(text) {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

export function km(value, i18n) {
  return `${i18n.number(value, 1)} km`;
}
