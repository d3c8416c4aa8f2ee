/**
 * The three reference files of a new year, made from last year's (or the sample's): values that usually carry over
 * are kept, the year's own values are reset, and every field the Pelaksana must fill or check gets an Indonesian
 * comment (`ISI:` fill in, `PERIKSA:` check). Comments of the old files are dropped (the sample's say "invented").
 */
import { isMap, isNode, isScalar, isSeq, parseDocument, visit, type Document } from 'yaml';

/** Old file texts in, new file texts out. */
export interface YearFiles {
  laporan: string;
  iku: string;
  renstra: string;
}

const SCHEMA = (name: string) => `yaml-language-server: $schema=../schemas/json/${name}.schema.json`;
const GUIDE = 'Panduan: docs/panduan-pengguna.md bagian 5 (aturan YAML) dan 6 (arti setiap isian).';

function dropComments(doc: Document): void {
  doc.commentBefore = null;
  doc.comment = null;
  visit(doc, (_key, node) => {
    if (isNode(node)) {
      node.comment = null;
      node.commentBefore = null;
    }
  });
}

/** A comment on the line above `path` (a key of a map, or an item of a list). */
function note(doc: Document, path: (string | number)[], text: string): void {
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
  const last = path[path.length - 1];
  if (isMap(parent)) {
    const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === last);
    if (pair && isScalar(pair.key)) pair.key.commentBefore = ` ${text}`;
  } else if (isSeq(parent) && typeof last === 'number') {
    const item = parent.items[last];
    if (item && typeof item === 'object') (item as { commentBefore?: string }).commentBefore = ` ${text}`;
  }
}

function set(doc: Document, path: (string | number)[], value: unknown): void {
  const node = doc.getIn(path, true);
  if (isScalar(node)) node.value = value;
  else doc.setIn(path, value);
}

function header(doc: Document, lines: string[]): void {
  doc.commentBefore = lines.map((l) => ` ${l}`).join('\n');
}

/** laporan.yaml for `tahun`; `fromSample` also clears the sample's invented signatory. */
function laporan(text: string, tahun: number, fromSample: boolean): string {
  const doc = parseDocument(text);
  dropComments(doc);
  header(doc, [
    SCHEMA('laporan'),
    `Laporan Kinerja tahun ${tahun}: identitas, penandatangan, kebijakan perhitungan dan unit kerja.`,
    'Dibuat oleh `npm run mulai`. Isi setiap isian bertanda ISI dan periksa yang bertanda PERIKSA.',
    GUIDE,
  ]);
  set(doc, ['tahun'], tahun);
  set(doc, ['tanggal'], `${tahun + 1}-01-15`);
  set(doc, ['status'], 'draf');
  if (doc.hasIn(['batasPengumpulan'])) set(doc, ['batasPengumpulan'], `${tahun + 1}-01-10`);
  note(doc, ['instansi'], 'PERIKSA: nama instansi dan satuan kerja seperti di kop surat.');
  note(doc, ['tahun'], 'Tahun yang dilaporkan.');
  note(doc, ['alamat'], 'PERIKSA: alamat, telepon dan situs web sesuai kop surat (tercetak di sampul).');
  note(doc, ['tempat'], 'ISI: tempat dan tanggal penandatanganan laporan (tanggal: tahun-bulan-hari).');
  note(doc, ['status'], 'draf = bertanda air DRAF; ubah menjadi final untuk versi yang ditandatangani.');
  if (fromSample) {
    set(doc, ['penandatangan', 'sekretaris', 'nama'], 'ISI NAMA SEKRETARIS');
    doc.deleteIn(['penandatangan', 'sekretaris', 'nip']);
    note(
      doc,
      ['penandatangan', 'sekretaris'],
      "ISI: nama Sekretaris yang menjabat, lalu tambahkan baris  nip: '…'  (18 angka, dalam tanda petik).",
    );
  } else {
    note(
      doc,
      ['penandatangan', 'sekretaris'],
      'PERIKSA: Sekretaris yang menjabat pada tanggal penandatanganan (nama, jabatan, NIP 18 angka).',
    );
  }
  note(doc, ['penandatangan', 'ketua'], 'PERIKSA: Ketua yang menjabat (tanpa NIP).');
  note(doc, ['kebijakan'], 'PERIKSA: kebijakan perhitungan capaian; biasanya sama dari tahun ke tahun.');
  note(
    doc,
    ['unitKerja'],
    'PERIKSA: unit yang melapor tahun ini. kode dipakai di iku.yaml; alias = ejaan lain yang diterima.',
  );
  if (doc.hasIn(['contoh'])) {
    note(
      doc,
      ['contoh'],
      'PERIKSA: nilai contoh (rekaan) yang mungkin masih dipakai di atas. Laporan final ditolak selama nilai di atas sama dengan nilai di sini; setelah diganti, baris di sini boleh dihapus.',
    );
  }
  if (doc.hasIn(['riwayat'])) note(doc, ['riwayat'], 'Berapa draf terakhir yang disimpan di output/riwayat/.');
  if (doc.hasIn(['batasPengumpulan']))
    note(
      doc,
      ['batasPengumpulan'],
      'ISI: batas waktu unit mengembalikan buku kerja, dan kontak untuk pertanyaan (tercetak di templat).',
    );
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** iku.yaml for `tahun`: last year's indicators, targets taken from the Renstra where it has this year's. */
function iku(text: string, tahun: number, renstraTargets: Map<string, number>): string {
  const doc = parseDocument(text);
  dropComments(doc);
  header(doc, [
    SCHEMA('iku'),
    `IKU dan Perjanjian Kinerja tahun ${tahun}, dengan Rencana Aksi (target triwulan).`,
    'Dibuat oleh `npm run mulai` dari IKU tahun sebelumnya. PERIKSA setiap indikator terhadap Perjanjian Kinerja yang',
    'ditandatangani; hapus yang tidak ada lagi, tambahkan yang baru. Angka desimal memakai titik (77.5).',
    GUIDE,
  ]);
  set(doc, ['tahun'], tahun);
  if (doc.hasIn(['tanggalPk'])) set(doc, ['tanggalPk'], `${tahun}-01-31`);
  note(doc, ['tahun'], 'Sama dengan tahun di laporan.yaml.');
  if (doc.hasIn(['tanggalPk'])) note(doc, ['tanggalPk'], 'ISI: tanggal penandatanganan Perjanjian Kinerja.');
  const indikator = doc.getIn(['indikator'], true);
  if (isSeq(indikator)) {
    indikator.items.forEach((_, i) => {
      const kode = String(doc.getIn(['indikator', i, 'kode']));
      const fromRenstra = renstraTargets.get(kode);
      if (fromRenstra !== undefined) set(doc, ['indikator', i, 'target'], fromRenstra);
      note(
        doc,
        ['indikator', i, 'target'],
        fromRenstra !== undefined
          ? `PERIKSA: target ${tahun} diambil dari renstra.yaml; samakan dengan PK. ISI targetTriwulan (Rencana Aksi ${tahun}).`
          : `ISI: target PK ${tahun} (angka ini target tahun lalu) dan targetTriwulan (Rencana Aksi ${tahun}; null = tidak ada).`,
      );
    });
  }
  note(doc, ['program'], `ISI: anggaran per program dalam Perjanjian Kinerja ${tahun} (rupiah, tanpa titik).`);
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** renstra.yaml kept, with what to update this year. */
function renstra(text: string, tahun: number): string {
  const doc = parseDocument(text);
  dropComments(doc);
  const akhir = Number(doc.getIn(['periode', 'akhir']));
  header(doc, [
    SCHEMA('renstra'),
    'Rencana Strategis (lima tahunan): visi, misi, tujuan, sasaran dan target indikator per tahun.',
    ...(akhir < tahun
      ? [`PERIKSA: Renstra ini berakhir tahun ${akhir}; ganti isinya dengan Renstra yang berlaku untuk tahun ${tahun}.`]
      : []),
    `ISI setiap tahun: realisasi tahun ${tahun - 1} setiap indikator (realisasi: { '${tahun - 1}': … }).`,
    GUIDE,
  ]);
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** The Renstra's target for `tahun`, per IKU code. */
function renstraTargets(text: string, tahun: number): Map<string, number> {
  const data = parseDocument(text).toJS() as {
    sasaran?: { indikator?: { kodeIku: string; target?: Record<string, number> }[] }[];
  };
  const out = new Map<string, number>();
  for (const s of data.sasaran ?? [])
    for (const i of s.indikator ?? []) {
      const t = i.target?.[String(tahun)];
      if (typeof t === 'number') out.set(i.kodeIku, t);
    }
  return out;
}

/** New laporan/iku/renstra texts for `tahun` from the old ones. */
export function yearSkeletons(old: YearFiles, tahun: number, fromSample: boolean): YearFiles {
  return {
    laporan: laporan(old.laporan, tahun, fromSample),
    iku: iku(old.iku, tahun, renstraTargets(old.renstra, tahun)),
    renstra: renstra(old.renstra, tahun),
  };
}
