import assert from 'node:assert/strict';
import { candidates, findPhones } from '../../shared/src/detectors/phone';
import { real, texts } from './helpers';

const found = (text: string, regions?: string[]) => real(text, findPhones(text, { regions }));

describe('detectors/phone', () => {
  describe('international numbers (E.164, any country)', () => {
    const cases: Array<[string, string, string]> = [
      ['Call +1 (415) 555-2671', '+1 (415) 555-2671', 'US'],
      ['Ruf +49 30 90182000 an', '+49 30 90182000', 'DE'],
      ['Appelez +33 1 42 68 53 00', '+33 1 42 68 53 00', 'FR'],
      ['Call +91 98450 12345', '+91 98450 12345', 'IN'],
      ['Call +81 3-3224-5000', '+81 3-3224-5000', 'JP'],
      ['Call +61 2 9374 4000', '+61 2 9374 4000', 'AU'],
      ['WhatsApp +55 11 98765-4321', '+55 11 98765-4321', 'BR'],
      ['fax (+44) 20 7123 4567', '(+44) 20 7123 4567', 'GB'],
      ['dial 0044 20 7123 4567', '0044 20 7123 4567', 'GB'],
      ['compact +442071234567 works', '+442071234567', 'GB'],
    ];
    for (const [text, expected, country] of cases) {
      it(text, () => {
        const d = findPhones(text).filter((x) => x.confidence >= 0.5);
        assert.deepEqual(texts(text, d), [expected]);
        assert.equal(d[0].facts?.country, country);
        assert.equal(d[0].facts?.format, 'international');
        assert.ok(d[0].normalized.startsWith('+'), 'normalized to E.164');
      });
    }
  });

  describe('national numbers in the default regions', () => {
    const cases: Array<[string, string]> = [
      ['Call (212) 555-2671', '(212) 555-2671'],
      ['call me at 425.882.9090 today', '425.882.9090'],
      ['Call 1-800-275-2273', '1-800-275-2273'],
      ['Call 020 7123 4567', '020 7123 4567'],
      ['Ruf 030 12345678 an', '030 12345678'],
      ['Appelez le 01 42 68 53 00', '01 42 68 53 00'],
      ['móvil 612 34 56 78', '612 34 56 78'],
      ['tel (0)20 7123 4567', '(0)20 7123 4567'],
    ];
    for (const [text, expected] of cases) {
      it(text, () => assert.deepEqual(found(text), [expected]));
    }
    it('the regions option limits the national plans tried', () => {
      assert.deepEqual(found('Ruf 030 12345678 an', ['US']), []);
      assert.deepEqual(found('Call (212) 555-2671', ['US']), ['(212) 555-2671']);
    });
  });

  describe('bare digit runs need a context word', () => {
    it('found after "phone"', () => assert.deepEqual(found('phone: 4155552671'), ['4155552671']));
    it('not found alone', () => assert.deepEqual(found('value 4155552671'), []));
    it('not found after "id"', () => assert.deepEqual(found('user id 4155552671'), []));
  });

  describe('shapes that are something else are rejected', () => {
    for (const text of [
      'date 2024-01-15', 'on 15/01/2024', 'on 2024.01.15', 'at 2024-01-15 10:30:00', 'time 10:30:00-11:45:00',
      'version 10.0.19041.1', 'build 2024.1.3', 'ip 192.168.100.200', 'order #4155552671', 'total $1 234 567', 'total €4 155 552 671',
      'ssn 536-22-8109', 'card 4532 0151 1283 0366', 'id 12345678901234567890', 'epoch 1700000000', 'at 20240115103000',
      'years 1999-2024', 'ISBN 978-3-16-148410-0', 'ref 123-456-7890x', 'pi 3.14159265358', 'rate 4155552671%', 'sku AB-4155552671',
      'sequence 0123456789', 'repeated 555-555-5555', 'ratio 1234567/89',
    ]) {
      it(text, () => assert.deepEqual(found(text), []));
    }
  });

  describe('numbers reserved for fiction are placeholders', () => {
    for (const [text, value] of [
      ['Call (212) 555-0187', '(212) 555-0187'],
      ['Call +1-800-555-0199', '+1-800-555-0199'],
      ['Call +44 20 7946 0018', '+44 20 7946 0018'],
      ['Call 07700 900123', '07700 900123'],
    ] as const) {
      it(text, () => {
        const d = findPhones(text);
        assert.deepEqual(texts(text, d), [value]);
        assert.equal(d[0].placeholder, 'documentation');
      });
    }
  });

  it('context words raise and lower confidence', () => {
    const plain = findPhones('see 415-555-2671')[0].confidence;
    const call = findPhones('call 415-555-2671')[0].confidence;
    const invoice = findPhones('invoice 415-555-2671')[0].confidence;
    assert.ok(call > plain, `${call} > ${plain}`);
    assert.ok(invoice < plain, `${invoice} < ${plain}`);
    assert.ok(invoice < 0.5);
  });

  it('a number followed directly by a card line is found (the next line does not lower it)', () => {
    for (const text of ['Customer phone: 4155552671\nCustomer card: 4532 0151 1283 0366', 'Jane Doe +1 415 234 5678\ncard number 4532015112830366', 'Jane: 020 7946 0018\nCredit card: 4532015112830366']) {
      const found = findPhones(text, { minConfidence: 0.5 });
      assert.equal(found.length, 1, JSON.stringify(text));
      assert.ok(!found[0].context.includes('-card'), JSON.stringify(found[0].context));
    }
  });

  it('candidates come only from digit runs, and a long digit run is skipped whole', () => {
    const text = 'x'.repeat(1000) + ' 1234567890123456789012345 ' + 'y'.repeat(1000);
    assert.deepEqual([...candidates(text)], []);
    const many = '12 '.repeat(30_000);
    assert.ok([...candidates(many)].length < 30_000);
  });
});

describe('detectors/phone: quantities', () => {
  for (const text of ['Complex integration: 7000-10000 tokens', 'between 2000 - 3000 users', 'budget 4155552671 tokens']) {
    it(text, () => assert.deepEqual(findPhones(text, { minConfidence: 0.5 }).map((d) => text.slice(d.span.offset, d.span.endOffset)), []));
  }
});

describe('detectors/phone: minConfidence', () => {
  it('minConfidence only leaves out numbers below it: the numbers at or above it are those found without it', () => {
    // Lookups are skipped for regions whose numbers would score under the threshold. (Candidates with a
    // parenthesized remark are left out here: one that scores under the threshold whole is retried without
    // the remark when a threshold is given, and may then give a number: older behaviour this does not check.)
    let seed = 9;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const digits = (n: number): string => Array.from({ length: n }, () => String(Math.floor(random() * 10))).join('');
    const shapes = [
      () => `${2 + Math.floor(random() * 8)}${digits(3)} ${digits(4)} ${digits(4)}`,
      () => `0${digits(2)} ${digits(4)} ${digits(4)}`,
      () => `${digits(3)}-${digits(3)}-${digits(4)}`,
      () => `+49 ${digits(3)} ${digits(7)}`,
      () => `${2 + Math.floor(random() * 8)}${digits(9)}`,
      () => `0${digits(3)} ${digits(6)}`,
      () => digits(12),
    ];
    const words = ['', 'call', 'phone:', 'order', 'aadhaar', 'the id is', 'mobile', 'ref'];
    const key = (d: { span: { offset: number; endOffset: number }; confidence: number }) => `${d.span.offset}:${d.span.endOffset}:${d.confidence}`;
    let found = 0;
    for (let n = 0; n < 400; n++) {
      const text = `${words[n % words.length]} ${shapes[n % shapes.length]()} ${words[(n >> 3) % words.length]}`;
      const all = findPhones(text).filter((d) => d.confidence >= 0.5).map(key);
      const cut = findPhones(text, { minConfidence: 0.5 }).filter((d) => d.confidence >= 0.5).map(key);
      assert.deepEqual(cut, all, text);
      found += all.length;
    }
    assert.ok(found > 40, `${found} numbers at or above 0.5`);
  });
});
