/** File-name slug of a unit name. */

/** `Bagian Keuangan, Umum dan Logistik` → `bagian-keuangan-umum-dan-logistik`. */
export const unitSlug = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
