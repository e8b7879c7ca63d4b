// npx tsx scripts/unused-exports.ts: lists the exports of lib/, components/, utils/ and cli/ that
// no other file imports (tests, scripts and entrypoints count as importers). An export used only in
// its own file is listed too: it need not be exported. Reads imports with the TypeScript checker,
// so re-exports, `import type` and `export * from` are followed to the declaration.
import path from 'node:path';
import ts from 'typescript';

const root = path.resolve(import.meta.dirname, '..');
const config = ts.getParsedCommandLineOfConfigFile(
  path.join(root, 'tsconfig.json'),
  {},
  {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  },
)!;
const program = ts.createProgram(config.fileNames, config.options);
const checker = program.getTypeChecker();
const rel = (f: string) => path.relative(root, f);
const ours = program
  .getSourceFiles()
  .filter(
    (f) =>
      !f.isDeclarationFile &&
      !rel(f.fileName).startsWith('..') &&
      !f.fileName.includes('node_modules'),
  );
const scanned = (f: ts.SourceFile) =>
  /^(?:lib|components|utils|cli)\//.test(rel(f.fileName)) && rel(f.fileName) !== 'cli/main.ts';

const original = (s: ts.Symbol) =>
  s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
/** Declarations imported from another file. */
const used = new Set<ts.Symbol>();

for (const file of ours) {
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      const moduleSymbol = checker.getSymbolAtLocation(node.moduleSpecifier);
      if (moduleSymbol) {
        const clause = ts.isImportDeclaration(node) ? node.importClause : undefined;
        const named = ts.isImportDeclaration(node) ? clause?.namedBindings : node.exportClause;
        const whole = ts.isImportDeclaration(node)
          ? !!named && ts.isNamespaceImport(named)
          : !node.exportClause;
        if (whole) for (const s of checker.getExportsOfModule(moduleSymbol)) used.add(original(s));
        if (clause?.name) {
          const s = checker.getSymbolAtLocation(clause.name);
          if (s) used.add(original(s));
        }
        if (named && (ts.isNamedImports(named) || ts.isNamedExports(named))) {
          for (const el of named.elements) {
            const exported = checker
              .getExportsOfModule(moduleSymbol)
              .find((s) => s.name === (el.propertyName ?? el.name).text);
            if (exported) used.add(original(exported));
          }
        }
      }
    }
    // import('…') types and dynamic imports: count every export of the module as used.
    if (
      ts.isImportTypeNode(node) ||
      (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword)
    ) {
      const arg = ts.isImportTypeNode(node) ? node.argument : node.arguments[0];
      const lit = arg && ts.isLiteralTypeNode(arg) ? arg.literal : arg;
      const moduleSymbol = lit ? checker.getSymbolAtLocation(lit) : undefined;
      if (moduleSymbol)
        for (const s of checker.getExportsOfModule(moduleSymbol)) used.add(original(s));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
}

const unused: string[] = [];
for (const file of ours.filter(scanned)) {
  const moduleSymbol = checker.getSymbolAtLocation(file);
  if (!moduleSymbol) continue;
  for (const s of checker.getExportsOfModule(moduleSymbol)) {
    if (s.name === 'default' || used.has(original(s))) continue;
    const declaredHere = original(s).declarations?.some((d) => d.getSourceFile() === file);
    if (!declaredHere) continue; // a re-export: its own file is where it is judged
    const line =
      file.getLineAndCharacterOfPosition(original(s).declarations![0]!.getStart()).line + 1;
    unused.push(`${rel(file.fileName)}:${line} ${s.name}`);
  }
}
console.log(unused.length ? unused.join('\n') : 'No unused exports.');
process.exitCode = unused.length ? 1 : 0;
