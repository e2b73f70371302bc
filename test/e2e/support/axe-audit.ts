import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** One critical or serious axe violation in a view, as the accessibility tests report it. */
export interface Finding {
  readonly view: string;
  readonly rule: string;
  readonly impact: string;
  readonly targets: readonly string[];
  readonly summary: string;
}

/** Runs axe over the page as it is now and adds its critical and serious violations to `findings`. */
export async function audit(app: Page, view: string, findings: Finding[]): Promise<void> {
  const { violations } = await new AxeBuilder({ page: app }).analyze();
  for (const violation of violations) {
    if (violation.impact !== 'critical' && violation.impact !== 'serious') continue;
    findings.push({
      view,
      rule: violation.id,
      impact: violation.impact,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
      summary: violation.nodes[0]?.failureSummary?.split('\n').slice(0, 3).join(' ') ?? '',
    });
  }
}
