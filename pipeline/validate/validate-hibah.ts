/** `hibah.yaml` (optional): its schema, then against `laporan.yaml` and `iku.yaml` (known source, IKU, years). Pure. */
import { hibahSchema, type Hibah } from '../../schemas/hibah.ts';
import type { Reference } from '../../schemas/reference.ts';
import { error, warning, type Diagnostic } from '../diagnostic.ts';
import type { RawReferenceFile } from '../load/types.ts';
import { formatAngkaPersis } from '../format.ts';
import { parseReferenceFile } from './parse-reference-file.ts';
import { yamlLine } from '../load/yaml-line-map.ts';

const FILE = 'hibah.yaml';

/** The hibah when the file is present and valid (null otherwise), with every problem found. */
export function validateHibah(
  raw: RawReferenceFile | undefined,
  ref: Reference,
): { hibah: Hibah | null; diagnostics: Diagnostic[] } {
  if (!raw) return { hibah: null, diagnostics: [] };
  const parsed = parseReferenceFile(raw, hibahSchema);
  if (!parsed.data) return { hibah: null, diagnostics: parsed.diagnostics };
  return { hibah: parsed.data, diagnostics: checkHibah(parsed.data, ref, raw.lines ?? {}) };
}

function checkHibah(hibah: Hibah, ref: Reference, lines: Record<string, number>): Diagnostic[] {
  const lineOf = (path: string) => yamlLine(lines, path);
  const at = (path: string) => {
    const { line } = lineOf(path);
    return `${FILE} ${path}${line ? ` (baris ${line})` : ''}`;
  };
  const sumber = ref.config.sumberDana.map((s) => s.kode);
  const iku = new Set(ref.iku.indikator.map((i) => i.kode));
  const out: Diagnostic[] = [];
  const kode = hibah.hibah.map((h) => h.kode);
  hibah.hibah.forEach((h, n) => {
    const p = `hibah[${n}]`;
    if (kode.indexOf(h.kode) !== n) {
      const message = `${at(`${p}.kode`)}: kode ${h.kode} dipakai dua kali. Beri setiap hibah kode sendiri.`;
      out.push(error({ rule: 'referensi-hibah-ganda', file: FILE, ...lineOf(`${p}.kode`), message, actual: h.kode }));
    }
    if (!sumber.includes(h.sumberDana)) {
      const message = `${at(`${p}.sumberDana`)}: sumber dana ${h.sumberDana} tidak ada di sumberDana pada laporan.yaml (yang ada: ${sumber.join(', ')}). Tambahkan di laporan.yaml atau perbaiki kodenya.`;
      out.push(
        error({
          rule: 'referensi-sumber-dana-tidak-dikenal',
          file: FILE,
          ...lineOf(`${p}.sumberDana`),
          message,
          actual: h.sumberDana,
          expected: sumber,
        }),
      );
    }
    h.penggunaan.forEach((u, i) => {
      const q = `${p}.penggunaan[${i}]`;
      if (u.tahun < h.periode.awal || u.tahun > h.periode.akhir) {
        const message = `${at(`${q}.tahun`)}: tahun ${u.tahun} di luar periode hibah ${h.periode.awal}–${h.periode.akhir}. Perbaiki tahunnya atau periode hibah.`;
        out.push(
          error({
            rule: 'referensi-hibah-tahun',
            file: FILE,
            ...lineOf(`${q}.tahun`),
            message,
            actual: String(u.tahun),
          }),
        );
      }
      if (u.kodeIku !== undefined && !iku.has(u.kodeIku) && u.tahun === ref.config.tahun) {
        const message = `${at(`${q}.kodeIku`)}: ${u.kodeIku} tidak ada di iku.yaml. Tulis kode IKU yang ada, atau hapus kodeIku.`;
        out.push(
          error({ rule: 'referensi-hibah-iku', file: FILE, ...lineOf(`${q}.kodeIku`), message, actual: u.kodeIku }),
        );
      }
    });
    const pagu = h.penggunaan.reduce((a, u) => a + u.pagu, 0);
    const realisasi = h.penggunaan.reduce((a, u) => a + u.realisasi, 0);
    if (realisasi > h.jumlah) {
      const message = `${at(`${p}.jumlah`)}: realisasi seluruh tahun ${formatAngkaPersis(realisasi)} melebihi nilai NPHD ${formatAngkaPersis(h.jumlah)}. Periksa realisasi atau nilai hibah (termasuk adendum).`;
      out.push(
        error({
          rule: 'referensi-hibah-melebihi',
          file: FILE,
          ...lineOf(`${p}.jumlah`),
          message,
          actual: formatAngkaPersis(realisasi),
          expected: `≤ ${formatAngkaPersis(h.jumlah)}`,
        }),
      );
    } else if (pagu > h.jumlah) {
      const message = `${at(`${p}.jumlah`)}: rencana penggunaan ${formatAngkaPersis(pagu)} melebihi nilai NPHD ${formatAngkaPersis(h.jumlah)}. Periksa pagu per tahun.`;
      out.push(
        warning({
          rule: 'referensi-hibah-melebihi',
          file: FILE,
          ...lineOf(`${p}.jumlah`),
          message,
          actual: formatAngkaPersis(pagu),
          expected: `≤ ${formatAngkaPersis(h.jumlah)}`,
        }),
      );
    }
  });
  return out;
}
