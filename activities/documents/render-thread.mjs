// A payslip-rendering thread of the render pool (render-pool.ts). Plain JavaScript so that Node
// can start it as is; it registers tsx itself to import the TypeScript renderer, which works
// under `npm start`, `node --import tsx` and vitest alike.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { renderPayslipPdf } = await import('./payslip-pdf.ts');

parentPort.on('message', async ({ id, input }) => {
  try {
    const pdf = await renderPayslipPdf(input);
    const bytes = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength).slice();
    parentPort.postMessage({ id, pdf: bytes }, [bytes.buffer]);
  } catch (err) {
    parentPort.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
parentPort.postMessage({ ready: true });
