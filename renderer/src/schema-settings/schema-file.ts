import type { AnnotationSchemaDefinition } from '../../../shared/model/annotation';

/**
 * Saves the schema as a JSON file through the browser's download: a blob: URL on an <a download>
 * is a download, not a navigation, so neither the CSP nor the navigation guard stops it.
 */
export function downloadSchema(schema: AnnotationSchemaDefinition, fileName = 'annotation-schema.json'): void {
  const blob = new Blob([`${JSON.stringify(schema, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download reads the blob asynchronously, so the URL lives a moment longer.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The parsed JSON of a schema file, or a sentence saying why it is not JSON. */
export async function readSchemaFile(
  file: File,
): Promise<{ ok: true; value: unknown } | { ok: false; message: string }> {
  try {
    return { ok: true, value: JSON.parse(await file.text()) as unknown };
  } catch (error) {
    const reason = error instanceof SyntaxError ? error.message : 'it could not be read';
    return { ok: false, message: `“${file.name}” is not a schema file: ${reason}.` };
  }
}
