import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'url', 'util', 'stream'];

// Layer rules from the developers' guide; test/unit/architecture checks the same from the other side.
export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'release/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    // Type-aware rules for every TypeScript file; the *.js/*.mjs build scripts stay on the untyped set above.
    files: ['**/*.ts'],
    extends: [...tseslint.configs.strictTypeChecked],
    languageOptions: {
      parserOptions: {
        // Each file is checked with the tsconfig next to it (shared/, main/, main/browser-host/page/, renderer/,
        // test/); the root *.config.ts files have none and are compiled as test/tsconfig.json includes them.
        projectService: { allowDefaultProject: ['*.config.ts'], defaultProject: 'test/tsconfig.json' },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        {
          // A number prints the same in every locale and cannot print "[object Object]" or "undefined"; the
          // rule still stops nullable, boolean and object values from reaching user-visible text.
          allowNumber: true,
          allowAny: false,
          allowBoolean: false,
          allowNever: false,
          allowNullish: false,
          allowRegExp: false,
        },
      ],
      // `() => view.render()` hands a callback its one statement; the braces the rule wants add nothing, and a
      // void result used in any other position is still reported.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // Spreading a string is how we split it into code points on purpose: interchange formats count offsets
      // in code points and a cut must not fall inside a surrogate pair. Other misused spreads stay errors.
      '@typescript-eslint/no-misused-spread': ['error', { allow: ['string'] }],
      // zod's `z` export is one object holding all of zod, its 64 locales too, so no bundler can leave any of
      // it out: imported that way, zod was 760 KB of every store worker's and the browser host's start-up.
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='zod'] > ImportSpecifier",
          message: "Import zod as a namespace (import * as z from 'zod'), so bundles keep only what is used.",
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Test doubles stand in for async APIs; `vi.fn(async () => null)` is the plainest way to write one.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['test/unit/**/*.test.ts'],
    rules: {
      // Unit tests hand vi.fn() mocks to expect() and vi.mocked(), which never call them; the rule cannot tell a
      // mock being inspected from a method being detached (typescript-eslint points test code to a test-aware variant).
      '@typescript-eslint/unbound-method': 'off',
      // expect.stringMatching(), expect.objectContaining() and the other asymmetric matchers are typed `any` so
      // they fit any expected value; every other unsafe-* rule stays on.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/main/**', '**/renderer/**'], message: 'shared/ must not depend on main/ or renderer/.' },
            { group: [...nodeBuiltins, 'electron'], message: 'shared/ runs in every layer: no Node or Electron APIs.' },
          ],
        },
      ],
    },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/shell/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'Only main/shell/ may import electron; the rest of main/ is plain Node.' },
          ],
          patterns: [{ group: ['**/renderer/**'], message: 'main/ must not depend on renderer/.' }],
        },
      ],
    },
  },
  {
    files: ['main/browser-host/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The browser host is a shell of its own: no Electron.' }],
          patterns: [
            { group: ['**/renderer/**'], message: 'main/ must not depend on renderer/.' },
            { group: ['**/shell/**'], message: 'The browser host is a shell of its own: it must not use main/shell/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['main/browser-host/page/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/renderer/**'], message: 'main/ must not depend on renderer/.' },
            { group: ['**/shell/**'], message: 'The browser host is a shell of its own: it must not use main/shell/.' },
            {
              group: [...nodeBuiltins, 'electron'],
              message: 'The page half runs in the browser: no Node or Electron.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts'],
    rules: {
      // The window is composed in order (services, views, commands): a closure that refers to
      // something built later is a wiring cycle waiting to fire early. Hoisted helper functions are fine.
      '@typescript-eslint/no-use-before-define': ['error', { functions: false, classes: true, variables: true }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/main/**'], message: 'The renderer talks to main only through the preload API.' },
            { group: [...nodeBuiltins, 'electron'], message: 'The renderer is sandboxed: no Node or Electron APIs.' },
          ],
        },
      ],
    },
  },
);
