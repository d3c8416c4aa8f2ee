import { describe, expect, it } from 'vitest';
import {
  daftarKata,
  formatAngka,
  formatAngkaPersis,
  formatNip,
  formatPersen,
  formatPersenTanda,
  formatRomawi,
  formatRupiah,
  formatTanggal,
  formatTanggalWib,
  formatTarget,
  formatTargetPersis,
  formatUang,
  formatWaktuWib,
} from '../../pipeline/format.ts';

describe('formatAngka', () => {
  it('groups thousands with dots and uses a decimal comma', () => {
    expect(formatAngka(8179547)).toBe('8.179.547');
    expect(formatAngka(77.5)).toBe('77,5');
    expect(formatAngka(0.2)).toBe('0,2');
  });
  it('drops float noise beyond two decimals unless told otherwise', () => {
    expect(formatAngka(3.3000000000000003)).toBe('3,3');
    expect(formatAngka(3, 2)).toBe('3,00');
    expect(formatAngka(104734936307.4, 0)).toBe('104.734.936.307');
  });
  it('prints a real zero, and no "-0"', () => {
    expect(formatAngka(0)).toBe('0');
    expect(formatAngka(-0.001, 2)).toBe('0,00');
    expect(formatAngka(-1234.5)).toBe('-1.234,5');
  });
  it('refuses what is not a number instead of printing NaN', () => {
    expect(() => formatAngka(Number.NaN)).toThrow(/bukan angka/);
  });
});

describe('formatAngkaPersis (a value quoted from a cell, for messages)', () => {
  it('keeps up to four decimals where the report rounds to two', () => {
    expect(formatAngkaPersis(77.504)).toBe('77,504');
    expect(formatAngka(77.504)).toBe('77,5');
    expect(formatAngkaPersis(0.0012)).toBe('0,0012');
    expect(formatAngkaPersis(8179547)).toBe('8.179.547');
    expect(formatAngkaPersis(-0.00001)).toBe('0');
  });
  it('quotes a target or a range the same way', () => {
    expect(formatTargetPersis(77.504)).toBe('77,504');
    expect(formatTargetPersis({ min: 80, max: 90.25 })).toBe('80–90,25');
  });
  it('rejects what is not a number', () => {
    expect(() => formatAngkaPersis(Number.NaN)).toThrow(/bukan angka/);
  });
});

describe('percent and money', () => {
  it('prints whole rupiah for budget tables', () => {
    expect(formatUang(125000000.4)).toBe('125.000.000');
  });
  it('prints capaian with two decimals, with or without the sign', () => {
    expect(formatPersen(82.5)).toBe('82,50');
    expect(formatPersen((3 / 3.52) * 100)).toBe('85,23');
    expect(formatPersenTanda(82.5)).toBe('82,50%');
  });
  it('prints rupiah with the currency, a no-break space and cents', () => {
    expect(formatRupiah(104734936307)).toBe('Rp\u00a0104.734.936.307,00');
    expect(formatRupiah(-1500)).toBe('-Rp\u00a01.500,00');
  });
  it('prints a range target with an en dash', () => {
    expect(formatTarget({ min: 80, max: 90 })).toBe('80–90');
    expect(formatTarget(77.5)).toBe('77,5');
  });
});

describe('dates, NIP, roman numerals', () => {
  it('takes the calendar date of a timestamp in WIB, not in UTC', () => {
    expect(formatTanggalWib('2025-01-09T18:30:00Z')).toBe('10 Januari 2025');
  });
  it('writes the month in Indonesian, whatever the machine time zone', () => {
    expect(formatTanggal('2025-01-15')).toBe('15 Januari 2025');
    expect(formatTanggal('2024-12-31')).toBe('31 Desember 2024');
    expect(() => formatTanggal('15/01/2025')).toThrow(/YYYY-MM-DD/);
  });
  it('prints build times in WIB', () => {
    expect(formatWaktuWib('2025-01-10T07:05:00.000Z')).toBe('10 Januari 2025 14.05 WIB');
    expect(formatWaktuWib('2024-12-31T20:30:00Z')).toBe('1 Januari 2025 03.30 WIB');
  });
  it('groups an 18-digit NIP as printed under a signature', () => {
    expect(formatNip('196502222007011005')).toBe('19650222 200701 1 005');
    expect(formatNip('19650222 200701 1 005')).toBe('19650222 200701 1 005');
    expect(() => formatNip('12345')).toThrow(/18 digit/);
  });
  it('writes roman numerals for chapters and months', () => {
    expect(formatRomawi(3)).toBe('III');
    expect(formatRomawi(4)).toBe('IV');
    expect(formatRomawi(12)).toBe('XII');
    expect(formatRomawi(2024)).toBe('MMXXIV');
    expect(() => formatRomawi(0)).toThrow();
  });
});

describe('daftarKata', () => {
  it('joins an Indonesian list', () => {
    expect(daftarKata(['a'])).toBe('a');
    expect(daftarKata(['a', 'b'])).toBe('a dan b');
    expect(daftarKata(['a', 'b', 'c'])).toBe('a, b, dan c');
  });
});
