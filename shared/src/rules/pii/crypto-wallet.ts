import { findCryptoWallets } from '../../detectors/cryptoWallet';
import { definePiiRule } from '../../detectors/piiRule';

/**
 * pii/crypto-wallet: cryptocurrency wallet addresses verified by their checksum: Bitcoin (base58check and
 * Bech32/Bech32m), Litecoin, Dogecoin, Tron, and Ethereum (EIP-55 when written in mixed case). Testnet and
 * published example addresses are reported at info.
 */
export default definePiiRule({
  id: 'pii/crypto-wallet',
  description: 'Reports cryptocurrency wallet addresses written into prompt files.',
  defaultSeverity: 'warning',
  label: (d) => `${capitalize(String(d.facts?.coin ?? 'Crypto'))} wallet address`,
  detect: (text) => findCryptoWallets(text),
  variable: () => 'wallet_address',
});

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
