// Where no worker can run (here, Node), the page checks a bank's text itself, with the same
// answers: a bank that passes resolves, one that does not rejects with its problems.
import { describe, expect, it } from 'vitest';
import { testBank } from '$lib/domain/fixtures/banks';
import { checkBankText } from './bank-check';

describe('checkBankText', () => {
  it('passes a valid bank', async () => {
    await expect(checkBankText(JSON.stringify(testBank('alpha', 3, 'a-')))).resolves.toBe(
      undefined
    );
  });

  it('rejects a bank with a bad item, saying what is wrong', async () => {
    const bank = testBank('alpha', 3, 'a-');
    const text = JSON.stringify({ ...bank, items: [{ ...bank.items[0], evidence: [] }] });
    await expect(checkBankText(text)).rejects.toThrow(
      /Invalid article bank:\n.*Expected >=1 but received 0/
    );
  });

  it('rejects text that is not JSON', async () => {
    await expect(checkBankText('{"slug": "alpha",')).rejects.toThrow(SyntaxError);
  });
});
