import { builtinModules } from 'node:module';
import ts from 'typescript';

/** One place a source file depends on another module. */
export interface ImportSite {
  readonly line: number;
  readonly specifier: string;
  /** `import type`, `export type … from`, or a type position such as `import('x').T`. */
  readonly typeOnly: boolean;
}

function isTypeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (clause === undefined) return false; // `import 'x'` runs the module.
  if (clause.phaseModifier === ts.SyntaxKind.TypeKeyword) return true;
  const bindings = clause.namedBindings;
  return (
    clause.name === undefined &&
    bindings !== undefined &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((element) => element.isTypeOnly)
  );
}

/**
 * Every module specifier in a TypeScript source: static, re-exported, dynamic, `require`d and
 * type-position imports, plus `/// <reference types|lib>` directives (reported as `types:x` and
 * `lib:x`), each with its 1-based line.
 */
export function importsOf(fileName: string, source: string): ImportSite[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const sites: ImportSite[] = [];
  const lineOf = (position: number) => file.getLineAndCharacterOfPosition(position).line + 1;
  const add = (node: ts.Node, specifier: string, typeOnly: boolean) =>
    sites.push({ line: lineOf(node.getStart(file)), specifier, typeOnly });

  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node, node.moduleSpecifier.text, isTypeOnlyImport(node));
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node, node.moduleSpecifier.text, node.isTypeOnly);
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference) &&
      ts.isStringLiteral(node.moduleReference.expression)
    ) {
      add(node, node.moduleReference.expression.text, node.isTypeOnly);
    } else if (ts.isCallExpression(node)) {
      const [first] = node.arguments;
      const isImportCall = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      if ((isImportCall || isRequire) && first !== undefined && ts.isStringLiteralLike(first))
        add(node, first.text, false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const literal = node.argument.literal;
      if (ts.isStringLiteral(literal)) add(node, literal.text, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);

  for (const reference of file.typeReferenceDirectives) {
    sites.push({ line: lineOf(reference.pos), specifier: `types:${reference.fileName}`, typeOnly: true });
  }
  for (const reference of file.libReferenceDirectives) {
    sites.push({ line: lineOf(reference.pos), specifier: `lib:${reference.fileName}`, typeOnly: true });
  }
  return sites.sort((a, b) => a.line - b.line);
}

const NODE_BUILTINS: ReadonlySet<string> = new Set(builtinModules.map((name) => name.replace(/^node:/, '')));

/** `node:fs`, `fs`, `fs/promises`, … */
export function isNodeBuiltin(specifier: string): boolean {
  if (specifier.startsWith('node:')) return true;
  return NODE_BUILTINS.has(specifier.split('/')[0] ?? '');
}

export function isElectron(specifier: string): boolean {
  return specifier === 'electron' || specifier.startsWith('electron/');
}
