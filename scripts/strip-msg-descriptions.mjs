import ts from 'typescript';

/**
 * A TypeScript transformer for the bundle: drops the `desc` option from `msg()` calls. Those
 * descriptions are notes for translators, read from the sources by `lit-localize extract`; at run
 * time @lit/localize never reads them, so shipping them would only cost readers bytes.
 */
export function stripMsgDescriptions() {
  return (context) => {
    const { factory } = context;
    const isDescription = (property) =>
      property.name !== undefined && ts.isIdentifier(property.name) && property.name.text === 'desc';
    const visit = (node) => {
      const visited = ts.visitEachChild(node, visit, context);
      if (
        !ts.isCallExpression(visited) ||
        !ts.isIdentifier(visited.expression) ||
        visited.expression.text !== 'msg' ||
        visited.arguments.length !== 2 ||
        !ts.isObjectLiteralExpression(visited.arguments[1])
      ) {
        return visited;
      }
      const [template, options] = visited.arguments;
      const kept = options.properties.filter((property) => !isDescription(property));
      const args = kept.length ? [template, factory.updateObjectLiteralExpression(options, kept)] : [template];
      return factory.updateCallExpression(visited, visited.expression, visited.typeArguments, args);
    };
    return (sourceFile) => ts.visitNode(sourceFile, visit);
  };
}
