/** Draft numbering, keeping and pruning under output/riwayat/, and reading SOURCE_DATE_EPOCH. */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BadSourceDateEpoch, sourceDateEpoch } from '../../pipeline/deliver/history/build-time.ts';
import { keepDraft, lastDraft, nextDraft, type DraftRecord } from '../../pipeline/deliver/history/draft-history.ts';
import type { Dataset } from '../../schemas/dataset.ts';

const record = (nomor: number, sidik: string): DraftRecord => ({
  nomor,
  sidik,
  dibuat: `2025-01-0${nomor}T00:00:00.000Z`,
  halaman: {},
  // Only kept and read back here, never looked into.
  dataset: { tahun: 2024 } as Dataset,
  diagnostics: [],
  narrative: {},
});

let dir = '';
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('nextDraft', () => {
  const now = new Date('2025-02-01T00:00:00Z');
  it('starts at 1, keeps number and time for the same fingerprint, counts on for another', () => {
    expect(nextDraft(null, 'aaa', now, null)).toEqual({ nomor: 1, dibuat: now.toISOString(), baru: true });
    expect(nextDraft(record(3, 'aaa'), 'aaa', now, null)).toEqual({
      nomor: 3,
      dibuat: '2025-01-03T00:00:00.000Z',
      baru: false,
    });
    expect(nextDraft(record(3, 'aaa'), 'bbb', now, null)).toEqual({ nomor: 4, dibuat: now.toISOString(), baru: true });
  });
  it('takes SOURCE_DATE_EPOCH as the time when given', () => {
    const epoch = new Date('2025-01-15T03:00:00Z');
    expect(nextDraft(record(3, 'aaa'), 'aaa', now, epoch).dibuat).toBe(epoch.toISOString());
  });
});

describe('keepDraft', () => {
  it('keeps only the last `simpan` drafts (record and PDF)', async () => {
    dir = await mkdtemp(join(tmpdir(), 'lkj-riwayat-'));
    for (let n = 1; n <= 4; n++) await keepDraft(dir, record(n, `s${n}`), new Uint8Array([n]), 2);
    expect((await readdir(join(dir, 'riwayat'))).sort()).toEqual([
      'draf-0003.json',
      'draf-0003.pdf',
      'draf-0004.json',
      'draf-0004.pdf',
    ]);
    expect((await lastDraft(dir))?.nomor).toBe(4);
  });
});

describe('sourceDateEpoch', () => {
  it('reads whole seconds, ignores an unset or empty value, refuses anything else', () => {
    expect(sourceDateEpoch({ SOURCE_DATE_EPOCH: '1736910000' })?.toISOString()).toBe('2025-01-15T03:00:00.000Z');
    expect(sourceDateEpoch({})).toBeNull();
    expect(sourceDateEpoch({ SOURCE_DATE_EPOCH: ' ' })).toBeNull();
    expect(() => sourceDateEpoch({ SOURCE_DATE_EPOCH: '1.5' })).toThrow(BadSourceDateEpoch);
  });
});
