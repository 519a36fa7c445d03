import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { renderPayslipPdf, type PayslipDocumentInput } from './payslip-pdf';

interface Job {
  id: number;
  input: PayslipDocumentInput;
  resolve(pdf: Buffer): void;
  reject(err: Error): void;
}

interface Thread {
  worker: Worker;
  job: Job | null;
  ready: boolean;
}

const THREAD_SCRIPT = new URL('./render-thread.mjs', import.meta.url);

/**
 * Renders payslip PDFs on a pool of worker threads, so a payroll run uses every core while its
 * activity writes to the database (pdfmake is CPU-bound: ~35 ms a payslip on one core). Threads
 * start on the first job, never keep the process alive, and end after `idleMs` without work.
 * A thread that dies fails its job (the activity retries) and is replaced on the next job.
 * Same input, same bytes as `renderPayslipPdf` in the calling thread.
 */
export class PdfRenderPool {
  private readonly threads: Thread[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(
    readonly size: number,
    private readonly idleMs = 30_000,
  ) {
    if (!Number.isInteger(size) || size < 0) throw new RangeError('size: a whole number of threads, 0 or more');
  }

  render(input: PayslipDocumentInput): Promise<Buffer> {
    if (this.size === 0) return renderPayslipPdf(input);
    clearTimeout(this.idleTimer);
    return new Promise<Buffer>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, input, resolve, reject });
      while (this.threads.length < this.size && this.threads.length < this.queue.length + this.busy()) this.spawn();
      this.dispatch();
    });
  }

  /** Threads running now (for tests and the bench). */
  get threadCount(): number {
    return this.threads.length;
  }

  async close(): Promise<void> {
    clearTimeout(this.idleTimer);
    const threads = this.threads.splice(0);
    await Promise.all(threads.map((t) => t.worker.terminate()));
  }

  private busy(): number {
    return this.threads.filter((t) => t.job).length;
  }

  private spawn(): void {
    const thread: Thread = { worker: new Worker(THREAD_SCRIPT), job: null, ready: false };
    thread.worker.unref();
    thread.worker.on('message', (m: { ready?: true; id?: number; pdf?: Uint8Array; error?: string }) => {
      if (m.ready) {
        thread.ready = true;
      } else {
        const job = thread.job;
        thread.job = null;
        if (job && m.id === job.id) {
          if (m.pdf) job.resolve(Buffer.from(m.pdf.buffer, m.pdf.byteOffset, m.pdf.byteLength));
          else job.reject(new Error(m.error ?? 'the render thread failed'));
        }
      }
      this.dispatch();
    });
    const gone = (err: Error) => {
      const index = this.threads.indexOf(thread);
      if (index >= 0) this.threads.splice(index, 1);
      thread.job?.reject(err);
      thread.job = null;
      if (this.queue.length > 0 && this.threads.length < this.size) this.spawn();
      this.dispatch();
    };
    thread.worker.on('error', (err) => gone(err));
    thread.worker.on('exit', (code) => gone(new Error(`the render thread stopped (exit ${code})`)));
    this.threads.push(thread);
  }

  private dispatch(): void {
    for (const thread of this.threads) {
      if (this.queue.length === 0) break;
      if (!thread.ready || thread.job) continue;
      const job = this.queue.shift()!;
      thread.job = job;
      thread.worker.postMessage({ id: job.id, input: job.input });
    }
    if (this.queue.length === 0 && this.busy() === 0 && this.threads.length > 0) {
      clearTimeout(this.idleTimer);
      this.idleTimer = setTimeout(() => void this.close(), this.idleMs);
      this.idleTimer.unref();
    }
  }
}

let shared: PdfRenderPool | undefined;

/** The process's payslip render pool: `threads` (default: one per core); 0 renders in the calling thread. */
export function payslipRenderPool(threads: number = availableParallelism()): PdfRenderPool {
  if (!shared || shared.size !== threads) shared = new PdfRenderPool(threads);
  return shared;
}
