import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../pipeline/cli/args.ts';

describe('parseCliArgs', () => {
  it('reads the options with their defaults', () => {
    expect(parseCliArgs(['--check', '--inputs', 'masukan'])).toEqual({
      ok: true,
      args: { check: true, json: false, inputs: 'masukan', output: 'output', help: false, watch: false },
    });
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
