import assert from 'node:assert/strict';
import { mask } from '../../shared/src/engine/mask';

describe('engine/mask: the kinds added for PII', () => {
  it('keeps the existing shapes', () => {
    assert.equal(mask('john.doe@example.com', 'email'), 'j***@e***.com');
    assert.equal(mask('+1 415-555-2671', 'phone'), '+1 ***-***-**71');
    assert.equal(mask('4111 1111 1111 1111', 'number'), '**** **** **** 1111');
  });
  it('id: letters and digits alike, last two kept', () => {
    assert.equal(mask('AB 52 74 91 C', 'id'), '** ** ** *1 C');
    assert.equal(mask('RSSMRA85T10A562S', 'id'), '**************2S');
    assert.equal(mask('BNZPM2501F', 'id'), '********1F');
  });
  it('iban: country code and last four', () => {
    assert.equal(mask('DE89 3704 0044 0532 0130 00', 'iban'), 'DE** **** **** **** **30 00');
    assert.equal(mask('GB82WEST12345698765432', 'iban'), 'GB****************5432');
  });
  it('ip: first group only', () => {
    assert.equal(mask('52.14.22.9', 'ip'), '52.**.**.*');
    assert.equal(mask('2a00:1450::200e', 'ip'), '2a00:****::****');
  });
  it('mac: the vendor prefix only', () => {
    assert.equal(mask('3c:22:fb:45:9a:10', 'mac'), '3c:22:fb:**:**:**');
  });
  it('wallet: first and last four', () => {
    assert.equal(mask('1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa', 'wallet'), '1A1z…vfNa');
  });
  it('shows at most a quarter of a short id', () => {
    assert.equal(mask('AB12', 'id'), '***2');
    assert.equal(mask('A1', 'id'), '**');
  });
});
