/** `npm run web:build` — builds the web portal into web/dist (npm start and npm test do it when it is missing or stale). */
import { ensureWebBuild } from './lib/web-build';

await ensureWebBuild((line) => process.stdout.write(`${line}\n`), true);
process.stdout.write('Web portal built into web/dist.\n');
