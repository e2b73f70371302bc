import { test as hostTest } from './browser-host';

// Tests that a page raises no Content-Security-Policy violation use this fixture: it listens
// from before the page's first load.

/**
 * Everything reported about the page's security policy: the page's violation events, and the CSP
 * issues DevTools shows (Chromium reports CSP errors as issues there, not as console messages).
 */
export interface CspReports {
  violations(): Promise<string[]>;
  devToolsIssues: string[];
}

export const test = hostTest.extend<{ cspReports: CspReports }>({
  cspReports: [
    async ({ page }, use) => {
      // Registered before the app's first page load (an automatic fixture is set up before `app`),
      // so a violation during boot is caught too.
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { cspViolations: string[] }).cspViolations = seen;
        document.addEventListener('securitypolicyviolation', (event) => {
          seen.push(
            `${event.effectiveDirective} blocked ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`,
          );
        });
      });
      const devToolsIssues: string[] = [];
      const devTools = await page.context().newCDPSession(page);
      devTools.on('Audits.issueAdded', ({ issue }) => {
        if (issue.code === 'ContentSecurityPolicyIssue') devToolsIssues.push(JSON.stringify(issue.details));
      });
      await devTools.send('Audits.enable');
      await use({
        violations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
        devToolsIssues,
      });
    },
    { auto: true },
  ],
});
