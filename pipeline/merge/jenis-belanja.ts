/** Jenis belanja from an akun code: the first two digits of the 6-digit akun, as the BAS chart of accounts groups them. */

/** BAS (Bagan Akun Standar) groups of central-government spending, by the akun's first two digits. */
export const JENIS_BELANJA: Readonly<Record<string, string>> = {
  '51': 'Belanja Pegawai',
  '52': 'Belanja Barang',
  '53': 'Belanja Modal',
  '54': 'Belanja Pembayaran Kewajiban Utang',
  '55': 'Belanja Subsidi',
  '56': 'Belanja Hibah',
  '57': 'Belanja Bantuan Sosial',
  '58': 'Belanja Lain-lain',
};

/** Key of lines whose code ends in no akun. */
export const TANPA_AKUN = '–';

/** The akun of a budget code: its last segment when that is 6 digits (`076.01.WA.4369.EBA.962.051.521211` → `521211`). */
export function akunOf(kode: string): string | null {
  const last = kode.trim().split('.').at(-1) ?? '';
  return /^\d{6}$/.test(last) ? last : null;
}

/** `{ kode: '52', nama: 'Belanja Barang' }` for an akun; unknown groups and missing akun get their own line. */
export function jenisBelanja(akun: string | null): { kode: string; nama: string } {
  if (akun === null) return { kode: TANPA_AKUN, nama: 'Tanpa kode akun' };
  const kode = akun.slice(0, 2);
  return { kode, nama: JENIS_BELANJA[kode] ?? `Belanja akun ${kode}` };
}
