import { base58CheckEncode } from '../../../shared/src/detectors/base58';
import { bech32Encode, convertBits } from '../../../shared/src/detectors/bech32';
import { toEip55 } from '../../../shared/src/detectors/cryptoWallet';
import { sha256, toHex, utf8 } from '../../../shared/src/detectors/sha256';
import rule from '../../../shared/src/rules/pii/crypto-wallet';
import { ruleTester } from '../harness';

const P = (body: string) => `---\nmodel: googleai/gemini-2.5-flash\n---\n${body}`;
const hash = (seed: string) => [...sha256(utf8(seed))];
const BTC = base58CheckEncode(Uint8Array.from([0, ...hash('wallet-a').slice(0, 20)]));
const BC1 = bech32Encode('bc', [0, ...convertBits(hash('wallet-b').slice(0, 20), 8, 5, true)!], 'bech32');
const ETH = `0x${toEip55(toHex(Uint8Array.from(hash('wallet-c').slice(0, 20))))}`;
const BAD = BTC.slice(0, -1) + (BTC.endsWith('z') ? 'y' : 'z');

ruleTester(rule, {
  valid: [
    { name: 'a base58 string with a wrong checksum', path: 'prompts/a.prompt', text: P(`Send to ${BAD}.\n`) },
    { name: 'a git SHA is not an address', path: 'prompts/a.prompt', text: P('Commit 3f2a9c0d1e4b5a6978c0d1e2f3a4b5c6d7e8f901.\n') },
    { name: 'placeholders ignored when asked', path: 'prompts/a.prompt', text: P('Genesis 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa.\n'), options: { reportPlaceholders: false } },
  ],
  invalid: [
    {
      name: 'Bitcoin, Bech32 and Ethereum addresses',
      path: 'prompts/a.prompt',
      text: P(`{{role "system"}}\nDonate to ${BTC}, ${BC1} or ${ETH}.\n{{role "user"}}\n{{q}}\n`),
      errors: [
        { text: BTC, line: 5, severity: 'warning', entity: 'crypto-wallet', message: `Bitcoin wallet address ${BTC.slice(0, 4)}…${BTC.slice(-4)} in a system message` },
        { text: BC1, message: /Bitcoin wallet/ },
        { text: ETH, message: /Ethereum wallet/ },
      ],
      output: P('{{role "system"}}\nDonate to [REDACTED_CRYPTO_WALLET], [REDACTED_CRYPTO_WALLET] or [REDACTED_CRYPTO_WALLET].\n{{role "user"}}\n{{q}}\n'),
    },
    {
      name: 'published examples are placeholders',
      path: '.github/prompts/a.prompt.md',
      text: 'Genesis 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa.\n',
      errors: [{ text: '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa', severity: 'info' }],
      output: null,
    },
  ],
});
