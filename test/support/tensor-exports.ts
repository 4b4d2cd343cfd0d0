// Finds the public exports that take tensors or models: exported functions, constructors and
// methods (of exported classes) one of whose parameters is typed with a tensor, a model, or a
// type that holds one (found by following the project's own type aliases and interfaces).
import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

function isExported(node: ts.Node): boolean {
  return (ts.getCombinedModifierFlags(node as ts.Declaration) & ts.ModifierFlags.Export) !== 0;
}

function isPublicMember(member: ts.ClassElement): boolean {
  const flags = ts.getCombinedModifierFlags(member);
  if ((flags & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) !== 0) return false;
  return !(member.name !== undefined && ts.isPrivateIdentifier(member.name));
}

/** The type names a type refers to as data: not those only inside function types (what a callback takes or returns). */
function dataTypeNames(node: ts.Node, names: Set<string> = new Set()): Set<string> {
  if (ts.isFunctionTypeNode(node) || ts.isConstructorTypeNode(node) || ts.isMethodSignature(node)) {
    return names;
  }
  if (ts.isTypeReferenceNode(node)) names.add(node.typeName.getText());
  if (ts.isExpressionWithTypeArguments(node)) names.add(node.expression.getText());
  node.forEachChild((child) => void dataTypeNames(child, names));
  return names;
}

const TENSOR_NAME =
  /^(?:tf\.)?(?:Tensor[0-9A-Za-z]*|Scalar|LayersModel|Variable|TensorContainer|NamedTensorMap)$/;

/**
 * Names like `pairwiseDistances`, `new DuplicateDetector`, `DuplicateDetector.similarities`: the
 * public functions, constructors and methods with a parameter that holds a tensor or a model as
 * data (directly, or through the project's type aliases and interfaces).
 */
export function tensorTakingExports(srcDir: string, publicNames: ReadonlySet<string>): string[] {
  const files = sourceFiles(srcDir).map((file) =>
    ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true),
  );
  const typeReferences = new Map<string, Set<string>>();
  for (const file of files) {
    file.forEachChild((node) => {
      if (ts.isTypeAliasDeclaration(node))
        typeReferences.set(node.name.text, dataTypeNames(node.type));
      if (ts.isInterfaceDeclaration(node)) {
        const names = new Set<string>();
        for (const member of node.members) dataTypeNames(member, names);
        for (const clause of node.heritageClauses ?? []) dataTypeNames(clause, names);
        typeReferences.set(node.name.text, names);
      }
    });
  }
  // Type names that hold a tensor, grown until nothing changes.
  const holding = new Set<string>();
  for (let grew = true; grew;) {
    grew = false;
    for (const [name, references] of typeReferences) {
      if (holding.has(name)) continue;
      if ([...references].some((r) => TENSOR_NAME.test(r) || holding.has(r))) {
        holding.add(name);
        grew = true;
      }
    }
  }
  const takesTensor = (params: ts.NodeArray<ts.ParameterDeclaration>): boolean =>
    params.some(
      (p) =>
        p.type !== undefined &&
        [...dataTypeNames(p.type)].some((r) => TENSOR_NAME.test(r) || holding.has(r)),
    );

  const found = new Set<string>();
  for (const file of files) {
    file.forEachChild((node) => {
      if (ts.isFunctionDeclaration(node) && node.name && isExported(node)) {
        if (publicNames.has(node.name.text) && takesTensor(node.parameters)) {
          found.add(node.name.text);
        }
      }
      if (ts.isClassDeclaration(node) && node.name && isExported(node)) {
        const className = node.name.text;
        if (!publicNames.has(className)) return;
        for (const member of node.members) {
          if (!isPublicMember(member)) continue;
          if (ts.isConstructorDeclaration(member) && takesTensor(member.parameters)) {
            found.add(`new ${className}`);
          }
          if (
            (ts.isMethodDeclaration(member) || ts.isSetAccessorDeclaration(member)) &&
            ts.isIdentifier(member.name) &&
            takesTensor(member.parameters)
          ) {
            found.add(`${className}.${member.name.text}`);
          }
        }
      }
    });
  }
  return [...found].sort();
}
