/**
 * Before printing, long words get break opportunities, and what is still wider than its page is reported (with its
 * text and its cell's source) instead of letting Chromium shrink the page. Real Chromium, small pages.
 */
import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tooWideDiagnostic } from '../../pipeline/print/fit-to-page.ts';
import { launchBrowser } from '../../pipeline/print/launch-browser.ts';
import { openPrint, type RawPrint } from '../../pipeline/print/print-pdf.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

/** One print of `html` on a page of its own, as the build prints. */
async function printRaw(browser: Browser, html: string): Promise<RawPrint> {
  const session = await openPrint(browser);
  try {
    return await session.print(html);
  } finally {
    await session.close();
  }
}

const page = (body: string) =>
  `<!doctype html><html><head><style>@page { size: A4; margin: 25mm 20mm 22mm 25mm; } body { margin: 0; font: 11pt sans-serif; }</style></head><body>${body}</body></html>`;
const LINK = `https://contoh.go.id/${'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789'.repeat(8)}`;

describe('fitToPage (in a print)', () => {
  it('a 300-character link in a table cell and a paragraph wraps: nothing too wide', async () => {
    const { tooWide } = await printRaw(
      browser,
      page(`<table><tr><td>IKU-01</td><td>${LINK}</td></tr></table><p>Sumber: ${LINK}</p>`),
    );
    expect(tooWide).toEqual([]);
  });

  it('what cannot wrap (a fixed 250 mm box in a portrait page, 86 mm over its 165 mm with the cell padding) is reported with its text and its source', async () => {
    const html = page(
      `<table><tr><td data-sumber="divisi-x.xlsx, Analisis!B7"><div style="width:250mm">Kotak lebar</div></td></tr></table>`,
    );
    const { tooWide } = await printRaw(browser, html);
    expect(tooWide).toEqual([{ text: 'Kotak lebar', source: 'divisi-x.xlsx, Analisis!B7', overMm: 86 }]);
    // The warning names the workbook cell the text came from (its wording is pinned in test/failures/messages.test.ts).
    expect(tooWideDiagnostic(tooWide[0]!)).toMatchObject({
      severity: 'warning',
      rule: 'teks-terlalu-lebar',
      file: 'divisi-x.xlsx',
      sheet: 'Analisis',
      cell: 'B7',
    });
  });

  it('a landscape section is held to the landscape width', async () => {
    const wide = `<section class="wide"><div style="width:240mm">Tabel lanskap</div></section>`;
    expect((await printRaw(browser, page(wide))).tooWide).toEqual([]);
  });
});
