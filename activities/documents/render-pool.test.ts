import { afterAll, describe, expect, it } from 'vitest';
import { renderPayslipPdf } from './payslip-pdf';
import { payslip } from './payslip-pdf.fixtures';
import { PdfRenderPool } from './render-pool';

describe('the payslip render pool', () => {
  const pool = new PdfRenderPool(2, 500);
  afterAll(() => pool.close());

  it('renders on its threads the very bytes the calling thread renders, in any number at once', async () => {
    const here = await renderPayslipPdf(payslip);
    const inputs = ['fr', 'nl', 'en', 'fr', 'nl'].map((language, i) => ({ ...payslip, language: language as 'fr', number: `2026-11-0004${i}` }));
    const there = await Promise.all(inputs.map((input) => pool.render(input)));
    expect(pool.threadCount).toBe(2);
    expect(there[0]!.subarray(0, 5).toString()).toBe('%PDF-');
    expect(Buffer.compare(there[0]!, await renderPayslipPdf(inputs[0]!))).toBe(0);
    expect(Buffer.compare(await pool.render(payslip), here)).toBe(0);
    expect(new Set(there.map((b) => b.toString('base64'))).size).toBe(5);
  });

  it('fails the job whose input the renderer refuses, and goes on with the next', async () => {
    const bad = { ...payslip, payment: { method: 'transfer' as const, ibanMasked: 'BE68539007547034' } };
    await expect(renderPayslipPdf(bad)).rejects.toThrow();
    await expect(pool.render(bad)).rejects.toThrow(/IBAN|iban/);
    expect((await pool.render(payslip)).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('ends its threads when idle, and starts them again for the next job', async () => {
    await new Promise((r) => setTimeout(r, 900));
    expect(pool.threadCount).toBe(0);
    expect((await pool.render(payslip)).subarray(0, 5).toString()).toBe('%PDF-');
    expect(pool.threadCount).toBe(1);
  });

  it('with no thread, renders in the calling thread', async () => {
    const inline = new PdfRenderPool(0);
    expect(Buffer.compare(await inline.render(payslip), await renderPayslipPdf(payslip))).toBe(0);
    expect(inline.threadCount).toBe(0);
  });
});
