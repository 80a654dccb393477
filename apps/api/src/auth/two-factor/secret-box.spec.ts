import { SecretBox } from './secret-box';

describe('SecretBox', () => {
  const box = new SecretBox('a test key that is long enough to be a key');
  const owner = '6f1c2d3e-0000-4000-8000-000000000001';

  it('opens what it sealed, and never stores the plaintext', () => {
    const sealed = box.seal('JBSWY3DPEHPK3PXP', owner);
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(box.open(sealed, owner)).toBe('JBSWY3DPEHPK3PXP');
    // A fresh IV each time: the same secret never looks the same twice.
    expect(box.seal('JBSWY3DPEHPK3PXP', owner)).not.toBe(sealed);
  });

  it('refuses a ciphertext moved to another person, altered, or under another key', () => {
    const sealed = box.seal('JBSWY3DPEHPK3PXP', owner);
    expect(() => box.open(sealed, '6f1c2d3e-0000-4000-8000-000000000002')).toThrow();
    const [v, iv, tag, body] = sealed.split('.');
    const flipped = `${body!.startsWith('A') ? 'B' : 'A'}${body!.slice(1)}`;
    expect(() => box.open([v, iv, tag, flipped].join('.'), owner)).toThrow();
    expect(() =>
      new SecretBox('another key, just as long as the first').open(sealed, owner),
    ).toThrow();
    expect(() => box.open('not-a-box', owner)).toThrow();
  });
});
