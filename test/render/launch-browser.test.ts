import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findBrowserExecutable } from '../../pipeline/print/launch-browser.ts';

describe('findBrowserExecutable', () => {
  it('takes PUPPETEER_EXECUTABLE_PATH first, as given', () => {
    expect(findBrowserExecutable({ PUPPETEER_EXECUTABLE_PATH: '/opt/chrome/chrome' })).toBe('/opt/chrome/chrome');
  });
  it('otherwise finds an installed browser or answers null, never a path that does not exist', () => {
    const found = findBrowserExecutable({});
    if (found !== null) expect(existsSync(found)).toBe(true);
  });
});
