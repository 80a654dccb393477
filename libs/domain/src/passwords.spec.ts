import { passwordProblem } from './passwords';

describe('passwordProblem', () => {
  it('rejects passwords shorter than 8 characters', () => {
    expect(passwordProblem('1234567')).toBe('Use at least 8 characters.');
  });
  it('accepts 8 and 128 characters, with no composition rules', () => {
    expect(passwordProblem('aaaaaaaa')).toBeNull();
    expect(passwordProblem('a'.repeat(128))).toBeNull();
  });
  it('rejects more than 128 characters', () => {
    expect(passwordProblem('a'.repeat(129))).toBe('Use at most 128 characters.');
  });
  it('counts characters, not UTF-16 units', () => {
    expect(passwordProblem('🔥'.repeat(8))).toBeNull();
  });
});
