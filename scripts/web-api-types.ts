/** `npm run web:api-types` — regenerates web/src/api/schema.d.ts from the API's routes. */
import { writeFileSync } from 'node:fs';
import { WEB_API_TYPES_FILE, webApiTypes } from './lib/web-api-types';

writeFileSync(WEB_API_TYPES_FILE, await webApiTypes());
process.stdout.write(`Wrote ${WEB_API_TYPES_FILE}\n`);
