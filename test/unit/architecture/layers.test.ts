import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { importsOf, isElectron, isNodeBuiltin, type ImportSite } from './import-scanner';

// The layer rules of the codebase, checked from the source (ESLint's no-restricted-imports checks the
// same while editing):
//   shared/    runs in every process: nothing from main/ or renderer/, no Node, no Electron, no DOM;
//   main/      plain Node; only main/shell/ may import electron, even as a type; the browser host
//              (main/browser-host/) is a second shell beside main/shell/ and never imports it, and its
//              page half (main/browser-host/page/, the stand-in for the preload) runs in the browser:
//              no Node, nothing of main/ outside it;
//   renderer/  sandboxed web page: never main/, no Node, no Electron.

const root = process.cwd();
const SOURCE = /\.(ts|tsx|mts|cts)$/;

function sourceFiles(layer: string): string[] {
  const dir = join(root, layer);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => SOURCE.test(name) && !name.split(sep).includes('node_modules'))
    .map((name) => join(layer, name).split(sep).join('/'))
    .sort();
}

/** The project folder a relative import lands in (`main/…`), or null for package imports. */
function targetOf(file: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  return relative(root, resolve(root, dirname(file), specifier))
    .split(sep)
    .join('/');
}

const inside = (path: string | null, folder: string) =>
  path !== null && (path === folder || path.startsWith(`${folder}/`));

type Rule = (file: string, site: ImportSite) => string | null;

const rules: Record<'shared' | 'main' | 'renderer', Rule> = {
  shared: (file, { specifier }) => {
    const target = targetOf(file, specifier);
    if (inside(target, 'main') || inside(target, 'renderer')) return 'shared/ must not depend on main/ or renderer/';
    if (isElectron(specifier)) return 'shared/ must not use Electron';
    if (isNodeBuiltin(specifier)) return 'shared/ must not use Node built-ins';
    if (specifier.startsWith('types:') || specifier.startsWith('lib:')) {
      return 'shared/ must not pull in platform typings (Node, DOM) through reference directives';
    }
    return null;
  },
  main: (file, { specifier }) => {
    if (isElectron(specifier) && !file.startsWith('main/shell/')) {
      return 'only main/shell/ may import electron (type imports included)';
    }
    const target = targetOf(file, specifier);
    if (inside(target, 'renderer')) return 'main/ must not depend on renderer/';
    if (file.startsWith('main/browser-host/page/')) {
      if (isNodeBuiltin(specifier)) return 'main/browser-host/page/ runs in the browser: no Node built-ins';
      if (inside(target, 'main') && !inside(target, 'main/browser-host/page')) {
        return 'main/browser-host/page/ runs in the browser: only shared/ and its own files';
      }
    }
    if (file.startsWith('main/browser-host/') && inside(target, 'main/shell')) {
      return 'the browser host is a shell of its own: it must not depend on main/shell/';
    }
    return null;
  },
  renderer: (file, { specifier }) => {
    if (inside(targetOf(file, specifier), 'main')) return 'renderer/ talks to main only through the preload API';
    if (isElectron(specifier) || isNodeBuiltin(specifier)) return 'renderer/ is sandboxed: no Node or Electron';
    return null;
  },
};

function violations(layer: keyof typeof rules): string[] {
  return sourceFiles(layer).flatMap((file) =>
    importsOf(file, readFileSync(join(root, file), 'utf8')).flatMap((site) => {
      const broken = rules[layer](file, site);
      return broken === null ? [] : [`${file}:${site.line}  ${broken} ('${site.specifier}')`];
    }),
  );
}

function effectiveCompilerOptions(project: string): ts.CompilerOptions {
  const configPath = join(root, project, 'tsconfig.json');
  const { config, error } = ts.readConfigFile(configPath, ts.sys.readFile);
  expect(error).toBeUndefined();
  return ts.parseJsonConfigFileContent(config, ts.sys, dirname(configPath)).options;
}

describe('layer rules', () => {
  it.each(['shared', 'main', 'renderer'] as const)('%s/ imports only what its layer may', (layer) => {
    expect(sourceFiles(layer).length, `no sources found in ${layer}/`).toBeGreaterThan(0);
    const found = violations(layer);
    expect(found, `Layer rule violations:\n${found.join('\n')}`).toEqual([]);
  });

  // Identifiers like `window` or `document` cannot be found reliably by scanning text; the compiler
  // finds them, because `tsc -p shared` (npm run typecheck) compiles shared/ with no DOM and no Node types.
  it('compiles shared/ without DOM or Node typings', () => {
    const options = effectiveCompilerOptions('shared');
    expect(options.lib?.length).toBeGreaterThan(0);
    expect(options.lib?.filter((lib) => /dom|webworker|scripthost/i.test(lib))).toEqual([]);
    expect(options.types).toEqual([]);
  });

  it('compiles main/ with Node typings and no DOM', () => {
    const options = effectiveCompilerOptions('main');
    expect(options.lib?.filter((lib) => /dom|webworker|scripthost/i.test(lib))).toEqual([]);
    expect(options.types).toEqual(['node']);
  });

  it("compiles the browser host's page half with the DOM and no Node typings", () => {
    const options = effectiveCompilerOptions('main/browser-host/page');
    expect(options.lib?.some((lib) => /dom/i.test(lib))).toBe(true);
    expect(options.types).toEqual([]);
  });
});

describe('import scanner', () => {
  // Reference directives count only above the first statement.
  const source = [
    '/// <reference lib="dom" />',
    "import * as z from 'zod';",
    "import type { App } from 'electron';",
    "import { type BrowserWindow } from 'electron';",
    "import fs from 'node:fs';",
    "export { x } from '../main/x';",
    "export type { Y } from './y';",
    "const lazy = await import('path');",
    "const legacy = require('electron');",
    "let t: import('electron').WebContents;",
    "import 'side-effect';",
  ].join('\n');
  const sites = importsOf('shared/example.ts', source);

  it('finds every kind of import with its line', () => {
    expect(sites.map((site) => [site.line, site.specifier, site.typeOnly])).toEqual([
      [1, 'lib:dom', true],
      [2, 'zod', false],
      [3, 'electron', true],
      [4, 'electron', true],
      [5, 'node:fs', false],
      [6, '../main/x', false],
      [7, './y', true],
      [8, 'path', false],
      [9, 'electron', false],
      [10, 'electron', true],
      [11, 'side-effect', false],
    ]);
  });

  it('reports each of them under the shared/ rule except the package imports', () => {
    const broken = sites.filter((site) => rules.shared('shared/example.ts', site) !== null).map((site) => site.line);
    expect(broken).toEqual([1, 3, 4, 5, 6, 8, 9, 10]);
  });

  it('recognises Node built-ins with and without the node: prefix', () => {
    expect(['fs', 'fs/promises', 'node:sqlite', 'path', 'child_process'].every(isNodeBuiltin)).toBe(true);
    expect(['zod', 'prosemirror-model', 'fsevents', './fs'].some(isNodeBuiltin)).toBe(false);
  });
});
