import type { Annotation } from '../../../../shared/model/annotation';
import { shortQuote } from './describe';
import type { ExportIndex } from './export-index';

/**
 * What a claim says beyond its span, in one line for formats that only have free-text comments:
 * `claimant: Xi Jinping; about: China, Russia; stance: supports; verdict: misleading; date: 2025-02-28`
 * (without the attribute values for formats that carry those themselves). Empty when the
 * annotation is no claim or has no details.
 */
export function claimSummary(index: ExportIndex, annotation: Annotation, withAttributes = true): string {
  const claim = annotation.claim;
  if (claim === undefined) return '';
  const parts: string[] = [];
  const claimant = index.claimant(claim);
  if (claimant !== undefined) parts.push(`claimant: ${claimant.name}`);
  const about = claim.aboutEntityIds.flatMap((id) => index.entity(id)?.name ?? []);
  if (about.length > 0) parts.push(`about: ${about.join(', ')}`);
  if (withAttributes) {
    for (const { attribute, value } of index.claimAttributes(claim)) parts.push(`${attribute.name}: ${value.name}`);
  }
  if (claim.date !== undefined) parts.push(`date: ${claim.date}`);
  return parts.join('; ');
}

/**
 * The annotation's claim details and note as one comment naming the annotation, or null when it
 * has neither: “dass China …” (Claim): claimant: Xi Jinping; verdict: misleading. Note: …
 */
export function annotationComment(index: ExportIndex, annotation: Annotation): string | null {
  const summary = claimSummary(index, annotation);
  const note = annotation.note === undefined ? '' : `Note: ${annotation.note}`;
  if (summary === '' && note === '') return null;
  const details = [summary === '' ? '' : `${summary}.`, note].filter((part) => part !== '').join(' ');
  return `“${shortQuote(annotation.quote.exact)}” (${index.label(annotation.labelId).name}): ${details}`;
}
