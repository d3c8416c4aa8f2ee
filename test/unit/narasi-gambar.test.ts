/** Pictures in the narrative: local PNG/JPEG/SVG only, embedded as data: URIs, numbered; everything else refused. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAKS_GAMBAR, readNarrativeImages } from '../../pipeline/load/read-narrative-images.ts';
import { createDaftar } from '../../pipeline/render/daftar.ts';
import { markdownHtml } from '../../pipeline/render/markdown.ts';
import { narasiGambarDiagnostics, resolveGambar } from '../../pipeline/render/narasi-gambar.ts';
import { withReportFont } from '../../pipeline/render/svg-report-font.ts';
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
    // The SVG printed carries the report's font (see below).
    const src = /<img src="data:image\/svg\+xml;base64,([^"]+)"/.exec(html)?.[1] ?? '';
    expect(Buffer.from(src, 'base64').toString('utf8')).toContain('@font-face { font-family: "Arimo";');
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

describe("an SVG picture in the report's font", () => {
  const svgUri = (svg: string) => `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  const svgOf = (uri: string) => Buffer.from(uri.replace('data:image/svg+xml;base64,', ''), 'base64').toString('utf8');
  const faces = (svg: string) =>
    [...svg.matchAll(/font-weight: (\d+);.*?unicode-range: U\+(\w+)/g)].map((m) => m.slice(1));

  it('declares Arimo inside the SVG, since an <img> sees none of the page fonts; only the subsets it needs', () => {
    const text = (t: string) => `<svg xmlns="http://www.w3.org/2000/svg" font-family="Arimo"><text>${t}</text></svg>`;
    const latin = svgOf(withReportFont(svgUri(text('Sekretaris'))));
    expect(latin).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" font-family="Arimo"><style><!\[CDATA\[\n@font-face \{ font-family: "Arimo";/,
    );
    expect(latin).toMatch(/src: url\(data:font\/woff2;base64,[A-Za-z0-9+/=]+\) format\("woff2"\)/);
    expect(latin.endsWith(']]></style><text>Sekretaris</text></svg>')).toBe(true);
    expect(faces(latin)).toEqual([
      ['400', '0000'],
      ['700', '0000'],
      ['400', '0000'],
      ['700', '0000'],
    ]);
    // Ş (U+015E) is in the latin-ext subset.
    expect(faces(svgOf(withReportFont(svgUri(text('Şahin'))))).map(([, from]) => from)).toEqual([
      '0000',
      '0000',
      '0000',
      '0000',
      '0100',
      '0100',
      '0100',
      '0100',
    ]);
  });

  it('leaves other pictures, and an SVG it cannot safely rewrite, as they are', () => {
    for (const uri of [
      'data:image/png;base64,iVBORw0KGgo=',
      svgUri('<svg xmlns="http://www.w3.org/2000/svg"/>'),
      svgUri('<?xml version="1.0" encoding="ISO-8859-1"?><svg xmlns="http://www.w3.org/2000/svg"><text>x</text></svg>'),
      svgUri('bukan svg'),
    ])
      expect(withReportFont(uri)).toBe(uri);
  });

  it('finds the end of the root tag past a ">" in a quoted attribute', () => {
    const svg = svgOf(
      withReportFont(svgUri('<svg xmlns="http://www.w3.org/2000/svg" data-x="a>b"><text>x</text></svg>')),
    );
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" data-x="a>b"><style>')).toBe(true);
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
