import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_DIR, jsonSchemas } from '../../tools/make-json-schemas.ts';

describe('JSON Schemas for editors', () => {
  it('are current with the zod schemas (run `npm run json-schemas` after changing schemas/)', async () => {
    for (const [name, text] of Object.entries(jsonSchemas())) {
      expect(await readFile(join(JSON_SCHEMA_DIR, name), 'utf8'), name).toBe(text);
    }
  });
});
