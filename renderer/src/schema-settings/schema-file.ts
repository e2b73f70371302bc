import type { AnnotationSchemaDefinition } from '../../../shared/model/annotation';
import { downloadFile } from '../dom/download-file';

/** Saves the schema as a JSON file in the downloads. */
export function downloadSchema(schema: AnnotationSchemaDefinition, fileName = 'annotation-schema.json'): void {
  downloadFile(`${JSON.stringify(schema, null, 2)}\n`, fileName, 'application/json');
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
