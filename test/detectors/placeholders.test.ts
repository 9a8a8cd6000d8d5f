import assert from 'node:assert/strict';
import {
  containsTemplateRef, isDocumentationDomain, isDocumentationIp, isFictionalPhone, isPlaceholderEmail, isRepeated, isSequential,
  isTestCardNumber, placeholderValue,
} from '../../shared/src/detectors/placeholders';

describe('detectors/placeholders', () => {
  describe('placeholderValue: free-form values (shared with the secrets rules)', () => {
    const cases: Array<[string, string]> = [
      ['xxxx', 'masked'], ['XXXX-XXXX-XXXX', 'masked'], ['****', 'masked'], ['sk-xxxxxxxxxxxxxxxx', 'masked'],
      ['<token>', 'angle-token'], ['<your-api-key>', 'angle-token'], ['[API_KEY]', 'word'], ['<Your Key>', 'angle-token'],
      ['YOUR_API_KEY', 'your-value'], ['your-password-here', 'your-value'], ['insert_key_here', 'your-value'], ['sk-your-key-here', 'your-value'],
      ['${env:OPENAI_API_KEY}', 'template'], ['${{ secrets.TOKEN }}', 'template'], ['{{ api_key }}', 'template'], ['%(password)s', 'template'],
      ['$API_KEY', 'template'], ['Bearer ${TOKEN}', 'template'],
      ['changeme', 'word'], ['placeholder', 'word'], ['REDACTED', 'word'], ['[REDACTED_EMAIL]', 'word'], ['', 'word'],
      ['aaaaaaaa', 'repeated'], ['0000-0000', 'repeated'], ['123456789', 'sequential'], ['abcdefgh', 'sequential'], ['9876543210', 'sequential'],
    ];
    for (const [value, reason] of cases) {
      it(`${JSON.stringify(value)} → ${reason}`, () => assert.equal(placeholderValue(value), reason));
    }
    for (const value of ['sk-proj-7Fq2LmZ9xW4rT1vB8nK3', 'ghp_R4nd0mV4lu3W1thD1g1ts', 'correct horse battery staple', 'Tr0ub4dor&3', 'AKIAIOSFODNN7EXAMPLF']) {
      it(`real-looking ${JSON.stringify(value)} is not`, () => assert.equal(placeholderValue(value), undefined));
    }
  });

  it('run detectors: repeated and sequential values ignore separators, digits wrap', () => {
    assert.ok(isRepeated('11-11-11'));
    assert.ok(!isRepeated('112'));
    assert.ok(isSequential('7890123'));
    assert.ok(!isSequential('12345')); // too short to tell
    assert.ok(!isSequential('135790'));
    assert.ok(containsTemplateRef('key=${X}'));
    assert.ok(!containsTemplateRef('a { b } ${'));
  });

  it('documentation domains (RFC 2606, RFC 6761)', () => {
    for (const d of ['example.com', 'www.example.org', 'EXAMPLE.NET', 'a.test', 'b.example', 'c.invalid', 'd.localhost', 'example.com.']) assert.ok(isDocumentationDomain(d), d);
    for (const d of ['examples.com', 'example.co', 'acme.io', 'corp.local', 'test.com']) assert.ok(!isDocumentationDomain(d), d);
    assert.ok(isPlaceholderEmail('jane@example.com'));
    assert.ok(isPlaceholderEmail('first.last@yourdomain.com'));
    assert.ok(!isPlaceholderEmail('jane.doe@acme.io'));
  });

  it('fictional phone ranges: NANP 555-01xx, Ofcom drama ranges, ACMA ranges', () => {
    assert.ok(isFictionalPhone('US', '2125550123'));
    assert.ok(isFictionalPhone(undefined, '5550199'));
    assert.ok(!isFictionalPhone('US', '2125550200'));
    assert.ok(!isFictionalPhone('US', '2125551234'));
    assert.ok(isFictionalPhone('GB', '2079460123'));
    assert.ok(isFictionalPhone('GB', '7700900456'));
    assert.ok(!isFictionalPhone('GB', '2071234567'));
    assert.ok(isFictionalPhone('AU', '255501234'));
    assert.ok(!isFictionalPhone('DE', '301234567'));
  });

  it('documentation IP blocks (RFC 5737, RFC 3849), IPv4-mapped unwrapped', () => {
    for (const ip of ['192.0.2.0', '192.0.2.255', '198.51.100.7', '203.0.113.9', '2001:db8::1', '2001:0DB8:ffff::', '::ffff:192.0.2.5', '2001:db8::2%eth0']) assert.ok(isDocumentationIp(ip), ip);
    for (const ip of ['192.0.3.1', '198.51.101.1', '8.8.8.8', '2001:db9::1', 'not an ip']) assert.ok(!isDocumentationIp(ip), ip);
  });

  it('published test card numbers', () => {
    for (const n of ['4111111111111111', '4242424242424242', '5555555555554444', '378282246310005', '6011111111111117', '4000000000000002']) assert.ok(isTestCardNumber(n), n);
    assert.ok(!isTestCardNumber('4539148803436467'));
  });
});
