import { describe, expect, it } from 'vitest';
import { checkDimonaCompleteness, type ContractDimonaFacts } from './dimona-completeness';

const contract = (over: Partial<ContractDimonaFacts>): ContractDimonaFacts => ({
  contractId: 'c1',
  workerId: 'w1',
  workerCode: 'W-1',
  startDate: '2026-01-05',
  endDate: '2026-12-31',
  endedOn: null,
  status: 'active',
  dimona: { IN: 'accepted' },
  ...over,
});

describe.shuffle('Dimona completeness of a quarter', () => {
  it.each([
    ['an acknowledged IN', {}, []],
    ['an IN accepted with warnings', { dimona: { IN: 'accepted-with-warnings' } }, []],
    ['no IN', { dimona: {} }, ['dimona-in-missing']],
    ['a refused IN', { dimona: { IN: 'refused' } }, ['dimona-in-missing']],
    ['an early end without OUT', { endedOn: '2026-02-10', status: 'ended' }, ['dimona-out-missing']],
    ['an early end with its OUT', { endedOn: '2026-02-10', status: 'ended', dimona: { IN: 'accepted', OUT: 'accepted' } }, []],
    ['a fixed term ending on its planned date', { endDate: '2026-02-10', status: 'ended' }, []],
    ['an early end after the quarter', { endedOn: '2026-05-10' }, []],
    ['a contract starting after the quarter', { startDate: '2026-04-01', dimona: {} }, []],
    ['a cancelled contract', { status: 'cancelled', dimona: {} }, []],
  ])('%s', (_what, over, codes) => {
    const found = checkDimonaCompleteness('2026-Q1', [contract(over as Partial<ContractDimonaFacts>)], new Set(['w1']));
    expect(found.map((e) => e.code)).toEqual(codes);
    for (const e of found) expect(e).toMatchObject({ workerId: 'w1', blocking: true });
  });

  it('only looks at workers the declaration names', () => {
    expect(checkDimonaCompleteness('2026-Q1', [contract({ dimona: {} })], new Set())).toEqual([]);
  });
});
