import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../main/security/content-security-policy';

function directives(policy: string): Map<string, string[]> {
  const parsed = new Map<string, string[]>();
  for (const directive of policy.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name !== undefined && name !== '') parsed.set(name, sources);
  }
  return parsed;
}

describe.each([false, true])('content security policy (allowConnectToSelf: %s)', (allowConnectToSelf) => {
  const policy = contentSecurityPolicy({ allowConnectToSelf });
  const parsed = directives(policy);

  it("denies everything by default and runs only the app's own scripts", () => {
    expect(parsed.get('default-src')).toEqual(["'none'"]);
    expect(parsed.get('script-src')).toEqual(["'self'"]);
    expect(parsed.get('object-src')).toEqual(["'none'"]);
    expect(parsed.get('base-uri')).toEqual(["'none'"]);
  });

  it('allows no inline or evaluated code', () => {
    expect(policy).not.toContain("'unsafe-inline'");
    expect(policy).not.toContain("'unsafe-eval'");
    expect(policy).not.toContain("'wasm-unsafe-eval'");
    expect(policy).not.toContain("'unsafe-hashes'");
  });

  it('names no remote hosts or wildcards', () => {
    const sources = [...parsed.values()].flat();
    const allowed = new Set(["'self'", "'none'", 'data:']);
    expect(sources.filter((source) => !allowed.has(source))).toEqual([]);
  });

  it('lets the page connect to its own origin only when the host needs it', () => {
    expect(parsed.get('connect-src')).toEqual([allowConnectToSelf ? "'self'" : "'none'"]);
  });
});
