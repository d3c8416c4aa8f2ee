/** View model of what frames the content: cover, running header, draft marks and the signature. */
import type { Config } from '../../schemas/config.ts';
import { formatNip, formatTanggal, formatWaktuWib } from '../format.ts';
import type { ReportView } from './view-types-bab.ts';
import type { BuildInfo, SampulView, TandaTanganView } from './view-types.ts';

/** `Laporan Kinerja Sekretariat KPU Provinsi Banten Tahun 2024`: the title, running header and PDF title. */
export const judulLaporan = (config: Config, tahun: number): string =>
  `Laporan Kinerja ${config.satker} Tahun ${tahun}`;

/** Cover lines, upper case as printed (primer §5). */
export function sampulView(config: Config, tahun: number): SampulView {
  const kontak = [
    config.telepon ? `Telepon ${config.telepon}` : '',
    config.email ? `Pos-el ${config.email}` : '',
    config.website ? `Laman ${config.website}` : '',
  ].filter((s) => s !== '');
  return {
    baris: ['LAPORAN KINERJA', config.satker.toUpperCase(), `TAHUN ${tahun}`],
    instansi: config.instansi.toUpperCase(),
    alamat: config.alamat,
    kontak,
  };
}

/**
 * A signature block. `tempatTanggal` `''` leaves out the place and date (the PK prints them once above both
 * columns); `sebutan` is a line above the position, e.g. `Pihak Pertama,`.
 */
export function tandaTanganView(
  config: Config,
  siapa: 'sekretaris' | 'ketua',
  opts: { tempatTanggal?: string; sebutan?: string } = {},
): TandaTanganView {
  const s = config.penandatangan[siapa];
  return {
    tempatTanggal: opts.tempatTanggal ?? `${config.tempat}, ${formatTanggal(config.tanggal)}`,
    sebutan: opts.sebutan ?? '',
    jabatan: s.jabatan,
    nama: s.nama,
    nip: s.nip ? `NIP. ${formatNip(s.nip)}` : '',
  };
}

/** The draft watermark and provenance line; `null` for a final report. */
export function drafView(build: BuildInfo): ReportView['draf'] {
  if (build.status === 'final') return null;
  return {
    watermark: 'DRAF',
    baris: `${build.nomorDraf ? `DRAF ke-${build.nomorDraf}` : 'DRAF'}, bukan dokumen resmi · disusun ${formatWaktuWib(build.builtAt)} · kode berkas ${build.fingerprint}`,
  };
}

/** The line closing a final report: its input fingerprint (`fingerprintInputs`), `''` on drafts. */
export function sidikFinal(build: BuildInfo): string {
  if (build.status !== 'final') return '';
  return `Kode berkas masukan laporan ini: ${build.fingerprint} (SHA-256 atas berkas masukan yang membentuk isinya: berkas YAML, buku kerja, narasi beserta gambarnya, logo dan pindaian PK). Cocokkan dengan berkas MANIFEST.txt pada paket pengiriman.`;
}

/**
 * A CSS string literal. `<` is escaped too, so no value can close the `<style>` element it is printed in.
 * Handlebars' HTML escaping is wrong inside `<style>` (entities are not decoded there), hence this.
 */
export function cssString(text: string): string {
  return `"${text
    .replace(/[\\"]/g, (c) => `\\${c}`)
    .replace(/</g, '\\3c ')
    .replace(/[\n\r]/g, ' ')}"`;
}

/** Page-box rules that carry data: the running header on every page but the cover, the draft line on all. */
export function halamanCss(judul: string, draf: ReportView['draf']): string {
  const rules = [
    `@page { @top-right { content: ${cssString(judul)}; } }`,
    '@page cover { @top-right { content: none; } }',
  ];
  if (draf) rules.push(`@page { @bottom-left { content: ${cssString(draf.baris)}; } }`);
  return rules.join('\n');
}
