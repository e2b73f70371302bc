import Ajv from 'ajv-draft-04';
import { readFileSync } from 'node:fs';
import { standardsPath } from './standards';

const SUITE = 'w3c-web-annotation';
/** The definitions the official suite registers before compiling assertions (NOTES.md, JSONtest.js). */
const DEFINITIONS = ['specificResource', 'choiceSet', 'bodyTarget', 'annotations', 'otherProperties', 'id'];

const readJson = (path: string): Record<string, unknown> =>
  JSON.parse(readFileSync(standardsPath(SUITE, path), 'utf8')) as Record<string, unknown>;

export interface MustFailure {
  readonly assertion: string;
  readonly errors: string;
}

/**
 * Checks a Web Annotation against every "must" assertion of the W3C test suite
 * (annotations/annotationMusts.test) the way the suite does: Ajv, all definitions registered, each
 * assertion compiled and expected to be valid. Formats are checked as the suite's Ajv did.
 */
export function createMustValidator(): (annotation: unknown) => MustFailure[] {
  const ajv = new Ajv({ allErrors: true, validateSchema: false, strict: false });
  ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:[^\s]*$/i);
  ajv.addFormat('date-time', (value: string) =>
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value),
  );
  for (const name of DEFINITIONS) ajv.addSchema(readJson(`definitions/${name}.json`));
  const musts = (readJson('annotations/annotationMusts.test').assertions as string[]).map((path) => {
    const schema = readJson(path);
    if ((schema.assertionType ?? 'must') !== 'must' || (schema.expectedResult ?? 'valid') !== 'valid') {
      throw new Error(`${path} is not a "must be valid" assertion`);
    }
    return { path, validate: ajv.compile(schema) };
  });
  if (musts.length !== 54) throw new Error(`expected the suite's 54 must assertions, found ${musts.length}`);
  return (annotation) =>
    musts.flatMap(({ path, validate }) =>
      validate(annotation) ? [] : [{ assertion: path, errors: ajv.errorsText(validate.errors) }],
    );
}
