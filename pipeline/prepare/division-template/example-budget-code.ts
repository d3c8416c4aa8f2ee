/** A budget code to show as an example, built from the first program and kegiatan of the Renstra. */
import type { Reference } from '../../../schemas/reference.ts';

/** `076.01.WA.4369.EBA.962.051.521211`: program, kegiatan, then an illustrative KRO.RO.komponen and akun 521211. */
export function exampleBudgetCode(ref: Reference): string {
  const program = ref.renstra.program[0];
  return `${program?.kode ?? '076.01.WA'}.${program?.kegiatan[0]?.kode ?? '1234'}.EBA.962.051.521211`;
}
