/**
 * The one HTML escaper for HTML the code builds itself (chart labels, Markdown captions, the problem report); the
 * templates' `{{value}}` is escaped by Handlebars. Quotes are escaped too, so the result is safe in attributes.
 */
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** `a & "b"` → `a &amp; &quot;b&quot;`: text safe inside an element or a quoted attribute. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
