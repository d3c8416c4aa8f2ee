import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../pipeline/cli/args.ts';

describe('parseCliArgs', () => {
  it('reads the options with their defaults', () => {
    expect(parseCliArgs(['--check', '--inputs', 'masukan'])).toEqual({
      ok: true,
      args: { check: true, json: false, inputs: 'masukan', output: 'output', help: false, watch: false },
    });
  });

  it('takes the word after --json as the file for the JSON, unless it is an option', () => {
    const withFile = parseCliArgs(['--json', 'C:\\Laporan 2025\\hasil.json', '--check']);
    expect(withFile).toMatchObject({
      ok: true,
      args: { json: true, check: true, jsonFile: 'C:\\Laporan 2025\\hasil.json' },
    });
    const alone = parseCliArgs(['--json', '--check']);
    expect(alone).toMatchObject({ ok: true, args: { json: true, check: true } });
    expect(alone.ok && 'jsonFile' in alone.args).toBe(false);
  });

  it.each([
    [['--cek'], 'Pilihan tidak dikenal: --cek.'],
    [['masukan'], 'Argumen tidak dikenal: masukan. Folder ditulis dengan --inputs <folder> atau --output <folder>.'],
    [['--inputs'], 'Pilihan --inputs perlu diikuti nama folder, misalnya --inputs masukan-2024.'],
    [['--output'], 'Pilihan --output perlu diikuti nama folder, misalnya --output keluaran-2024.'],
    [['--check=ya'], 'Pilihan --check tidak menerima nilai; tulis --check saja.'],
  ])('says in Indonesian what is wrong with %j', (argv, message) => {
    expect(parseCliArgs(argv)).toEqual({ ok: false, message });
  });
});
