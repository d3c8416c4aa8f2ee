/** Pictures in the narrative: local PNG/JPEG/SVG only, embedded as data: URIs, numbered; everything else refused. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAKS_GAMBAR, readNarrativeImages } from '../../pipeline/load/read-narrative-images.ts';
import { createDaftar } from '../../pipeline/render/daftar.ts';
import { markdownHtml } from '../../pipeline/render/markdown.ts';
import { narasiGambarDiagnostics, resolveGambar } from '../../pipeline/render/narasi-gambar.ts';
import { gambarBab } from '../../pipeline/render/view-narasi.ts';
import { removeTempDirs, tempDir } from '../fixtures/write-workbook.ts';

afterAll(removeTempDirs);

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';
const berkas = {
  'bagan.svg': { mime: 'image/svg+xml', ukuran: SVG.length, base64: Buffer.from(SVG).toString('base64') },
  'foto/besar.png': { mime: 'image/png', ukuran: 3 * 1024 * 1024, base64: null },
};

describe('reading the pictures next to the narrative', () => {
  it('reads PNG, JPEG and SVG under narasi/ and lists a file above the limit without reading it', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'narasi', 'foto'), { recursive: true });
    await writeFile(path.join(dir, 'narasi', 'bagan.svg'), SVG);
    await writeFile(path.join(dir, 'narasi', 'foto', 'Besar.PNG'), Buffer.alloc(MAKS_GAMBAR + 1));
    await writeFile(path.join(dir, 'narasi', 'catatan.txt'), 'x');
    const read = await readNarrativeImages(dir);
    expect(Object.keys(read)).toEqual(['bagan.svg', 'foto/Besar.PNG']);
    expect(read['bagan.svg']?.base64).toBe(Buffer.from(SVG).toString('base64'));
    expect(read['foto/Besar.PNG']).toEqual({ mime: 'image/png', ukuran: MAKS_GAMBAR + 1, base64: null });
  });
});

describe('resolving a picture', () => {
  it('embeds a local file as a data: URI', () => {
    expect(resolveGambar('./bagan.svg', berkas)).toEqual({
      ok: true,
      kunci: 'bagan.svg',
      dataUri: `data:image/svg+xml;base64,${berkas['bagan.svg'].base64}`,
    });
  });

  it.each([
    ['https://example.com/logo.png', 'gambar-bukan-lokal'],
    ['//example.com/logo.png', 'gambar-bukan-lokal'],
    ['file:///etc/passwd.png', 'gambar-bukan-lokal'],
    ['data:image/png;base64,AAAA', 'gambar-bukan-lokal'],
    ['/etc/logo.png', 'gambar-bukan-lokal'],
    ['../laporan.png', 'gambar-bukan-lokal'],
    ['bagan.gif', 'gambar-format'],
    ['tidak-ada.png', 'gambar-tidak-ditemukan'],
    ['foto/besar.png', 'gambar-terlalu-besar'],
  ])('refuses %s: %s', (src, rule) => {
    const r = resolveGambar(src, berkas);
    expect(r.ok ? 'ok' : r.rule).toBe(rule);
  });
});

describe('pictures in the Markdown', () => {
  const render = (text: string) => {
    const daftar = createDaftar(null);
    return { html: markdownHtml(text, undefined, gambarBab(daftar, '1', berkas)), daftar };
  };

  it('prints a picture paragraph as a numbered figure listed in Daftar Gambar', () => {
    const { html, daftar } = render('Teks.\n\n![Struktur Organisasi](bagan.svg)\n');
    expect(html).toContain(
      '<figure class="gambar gambar-narasi"><div class="gambar-isi"><img src="data:image/svg+xml;base64,',
    );
    expect(html).toContain(
      '<h6 class="judul-gambar" id="gambar-1-1"><span class="nomor-tabel">Gambar 1.1</span> Struktur Organisasi</h6>',
    );
    expect(html).not.toMatch(/<p>\s*<figure/);
    expect(daftar.gambarList.map((g) => `${g.nomor} ${g.teks}`)).toEqual(['Gambar 1.1 Struktur Organisasi']);
  });

  it('never puts a web address where the browser would load it: a refused picture is a visible box with the reason', () => {
    const { html, daftar } = render('![Logo](https://example.com/logo.png)\n');
    expect(html).not.toMatch(/<img|src=|href=/);
    expect(html).toContain(
      '<div class="gambar-kosong" role="note">Gambar tidak dapat dicetak: &quot;https://example.com/logo.png&quot; bukan berkas',
    );
    expect(daftar.gambarList).toEqual([]);
  });

  it('prints a picture inside a sentence as words', () => {
    expect(render('Lihat ![bagan](bagan.svg) di atas.').html).toBe('<p>Lihat [Gambar: bagan] di atas.</p>\n');
  });
});

describe('the build’s messages about pictures', () => {
  it('names the file, the picture and how to fix it', () => {
    const ds = narasiGambarDiagnostics(
      {
        'struktur-organisasi':
          '![Bagan](https://contoh.go.id/bagan.png)\n\n![Foto](foto/besar.png)\n\nLihat ![](bagan.svg).\n',
      },
      berkas,
    );
    expect(ds.map((d) => [d.severity, d.rule, d.file])).toEqual([
      ['error', 'gambar-bukan-lokal', 'narasi/struktur-organisasi.md'],
      ['error', 'gambar-terlalu-besar', 'narasi/struktur-organisasi.md'],
      ['warning', 'gambar-sebaris', 'narasi/struktur-organisasi.md'],
      ['warning', 'gambar-tanpa-judul', 'narasi/struktur-organisasi.md'],
    ]);
    expect(ds[0]?.message).toBe(
      'Gambar di narasi/struktur-organisasi.md: "https://contoh.go.id/bagan.png" bukan berkas di folder inputs/narasi/. Laporan tidak mengambil apa pun dari internet atau dari luar folder itu: simpan gambarnya di inputs/narasi/ lalu tulis nama berkasnya saja, misalnya ![Struktur Organisasi](struktur-organisasi.png).',
    );
    expect(ds[1]?.message).toBe(
      'Gambar di narasi/struktur-organisasi.md: berkas narasi/foto/besar.png berukuran 3 MB, melebihi batas 2 MB. Perkecil gambarnya (misalnya simpan ulang dengan lebar 2.000 piksel atau sebagai JPEG), lalu susun ulang laporan.',
    );
  });
});
