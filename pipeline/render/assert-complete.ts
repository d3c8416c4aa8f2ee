/**
 * Handlebars' strict mode throws on a field that is absent, but prints nothing for a field that is present with
 * the value `undefined`, which is what a hole in loosely typed input (JSON, a cast) becomes after the view
 * builder copies it. This closes that gap: every leaf of the view model must be defined.
 */

/** Throws, naming the first path (`ikhtisar.t1[0].pertama.satuan`) whose value is `undefined`. */
export function assertComplete(value: unknown, path = 'view'): void {
  if (value === undefined) {
    throw new Error(`Model tampilan tidak lengkap: ${path} tidak terdefinisi (data masukan render kurang lengkap).`);
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => assertComplete(v, `${path}[${i}]`));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) assertComplete(v, `${path}.${k}`);
  }
}
