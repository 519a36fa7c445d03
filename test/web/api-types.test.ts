import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WEB_API_TYPES_FILE, webApiTypes } from '../../scripts/lib/web-api-types';

describe("the portal's API client", () => {
  it('is typed from the API as it is today: regenerating the types from the routes changes nothing (run `npm run web:api-types` after changing a route)', async () => {
    const committed = readFileSync(WEB_API_TYPES_FILE, 'utf8');
    expect(await webApiTypes()).toBe(committed);
  });
});
