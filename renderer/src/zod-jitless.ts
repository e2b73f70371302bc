import * as z from 'zod';

// zod 4 compiles fast object parsers with `new Function` once it has probed that eval is allowed.
// Under the page's CSP (no 'unsafe-eval') the probe fails harmlessly but is still reported as a
// violation on every load, which would drown out the reports that matter. zod reads this setting
// when a schema is created, so this module must run before any module that defines one.
z.config({ jitless: true });
