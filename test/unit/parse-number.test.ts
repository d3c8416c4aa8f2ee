import { describe, expect, it } from 'vitest';
import type { RawCell } from '../../pipeline/load/types.ts';
import { parseNumber } from '../../pipeline/validate/parse-number.ts';

const text = (t: string): RawCell => ({ row: 7, col: 9, address: 'I7', kind: 'text', text: t });
const num = (n: number, numFmt?: string): RawCell => ({
  row: 7,
  col: 9,
  address: 'I7',
  kind: 'number',
  number: n,
  text: String(n),
  ...(numFmt ? { numFmt } : {}),
});
const pct = { satuan: '%' };

describe('parseNumber', () => {
  it('treats a missing cell, blank text and a lone dash as empty, but 0 as a value', () => {
    expect(parseNumber(undefined, pct)).toEqual({ kind: 'empty' });
    expect(parseNumber(text(''), pct)).toEqual({ kind: 'empty' });
    expect(parseNumber(text(' \u00a0 '), pct)).toEqual({ kind: 'empty' });
    expect(parseNumber(text('-'), pct)).toEqual({ kind: 'empty' });
    expect(parseNumber(text('–'), pct)).toEqual({ kind: 'empty' });
    expect(parseNumber(num(0), pct)).toEqual({ kind: 'number', value: 0 });
    expect(parseNumber(text('0'), pct)).toEqual({ kind: 'number', value: 0 });
  });

  it.each([
    ['77,5', 77.5],
    ['1.234,5', 1234.5],
    ['8.179.547', 8179547],
    ['0.2', 0.2],
    ['1,234.5', 1234.5],
    ['1,234,567', 1234567],
    ['77,5%', 77.5],
    ['77.5 %', 77.5],
    ['\u00a0100\u00a0', 100],
    ['8 179 547', 8179547],
    ['-3,5', -3.5],
  ])('reads the text %j as %d', (t, value) => {
    expect(parseNumber(text(t), pct)).toEqual({ kind: 'number', value });
  });

  it('reads a percent-formatted 0.775 as 77.5 for a % indicator, and leaves it alone otherwise', () => {
    expect(parseNumber(num(0.775, '0.0%'), pct)).toEqual({ kind: 'number', value: 77.5 });
    expect(parseNumber(num(0.775, '0.0%'), { satuan: 'nilai' })).toEqual({ kind: 'number', value: 0.775 });
    expect(parseNumber(num(0.775), pct)).toEqual({ kind: 'number', value: 0.775 });
  });

  it('removes floating-point noise from numbers', () => {
    expect(parseNumber(num(3.3000000000000003), {})).toEqual({ kind: 'number', value: 3.3 });
  });

  it('accepts a unit in the cell only when it is the satuan', () => {
    expect(parseNumber(text('11 Lap'), { satuan: 'Lap' })).toEqual({ kind: 'number', value: 11 });
    expect(parseNumber(text('2 dokumen'), { satuan: 'Dokumen' })).toEqual({ kind: 'number', value: 2 });
    expect(parseNumber(text('11 Lap'), pct)).toEqual({
      kind: 'invalid',
      text: '11 Lap',
      reason: 'memuat "Lap", padahal satuan indikator ini "%"',
    });
    expect(parseNumber(text('77,5%'), { satuan: 'Lap' })).toMatchObject({ kind: 'invalid' });
    expect(parseNumber(text('5%'), {})).toMatchObject({ kind: 'invalid', reason: 'memuat "%", tulis angkanya saja' });
    expect(parseNumber(text('Rp 38.512.640.000,00'), { satuan: 'Rp' })).toEqual({ kind: 'number', value: 38512640000 });
  });

  it('reads an ambiguous "1.234" as thousands and "1,234" as a decimal, each with a note', () => {
    // The advice of each note reads without a note: it never sends the user from one ambiguous form to the other.
    for (const written of ['1.234', '1,234']) {
      const read = parseNumber(text(written), pct);
      const advice = read.kind === 'number' ? (read.note ?? '') : '';
      const suggested = [...advice.matchAll(/tulis "?(\d[\d.,]*\d)/g)].map((m) => m[1] ?? '');
      expect(suggested, advice).toHaveLength(1);
      for (const s of suggested) expect(parseNumber(text(s), pct), `${written} → ${s}`).not.toHaveProperty('note');
    }
    expect(parseNumber(text('1.234'), pct)).toMatchObject({
      kind: 'number',
      value: 1234,
      note: expect.stringContaining('pemisah ribuan'),
    });
    expect(parseNumber(text('1,234'), pct)).toMatchObject({
      kind: 'number',
      value: 1.234,
      note: expect.stringContaining('tanda desimal'),
    });
    // Not ambiguous: leading 0, or not exactly three digits after the mark.
    expect(parseNumber(text('0.234'), pct)).toEqual({ kind: 'number', value: 0.234 });
    expect(parseNumber(text('1.25'), pct)).toEqual({ kind: 'number', value: 1.25 });
  });

  it('rejects text that is not a number', () => {
    expect(parseNumber(text('abc'), pct)).toEqual({ kind: 'invalid', text: 'abc', reason: 'bukan angka' });
    expect(parseNumber(text('1.2.3'), pct)).toMatchObject({ kind: 'invalid' });
    expect(parseNumber(text('12,5.3'), pct)).toMatchObject({ kind: 'invalid' });
    expect(parseNumber(text('80 - 90'), pct)).toMatchObject({ kind: 'invalid' });
  });

  it('rejects dates, Excel errors and uncomputed formulas with a reason', () => {
    expect(parseNumber({ ...text('2024-05-01'), kind: 'date', number: 0 }, pct)).toMatchObject({
      kind: 'invalid',
      reason: 'berisi tanggal, bukan angka',
    });
    expect(parseNumber({ ...text('#DIV/0!'), kind: 'error' }, pct)).toMatchObject({
      kind: 'invalid',
      reason: 'berisi galat Excel #DIV/0!',
    });
    expect(parseNumber({ ...text('=B5*2'), kind: 'formula-no-result' }, pct)).toMatchObject({ kind: 'invalid' });
  });
});
