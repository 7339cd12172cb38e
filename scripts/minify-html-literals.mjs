import ts from 'typescript';

/**
 * A TypeScript transformer for the bundle: collapses the line breaks and indentation in the static
 * parts of Lit's html`…` and svg`…` templates, which terser leaves as they are written. Only white
 * space that holds a line break is touched: it becomes one space, or nothing just inside a tag's
 * angle brackets. HTML collapses such runs anyway, so no text or layout changes (no template of
 * the library has a <pre> or <textarea>, and one that had would be left alone).
 */
export function minifyHtmlLiterals() {
  const squeeze = (text) =>
    text.replace(/<\s*\n\s*/g, '<').replace(/\s*\n\s*>/g, '>').replace(/\s*\n\s*/g, ' ');
  return (context) => {
    const { factory } = context;
    const staticText = (template) =>
      ts.isNoSubstitutionTemplateLiteral(template)
        ? template.text
        : [template.head.text, ...template.templateSpans.map((span) => span.literal.text)].join('');
    const isLitTemplate = (node) =>
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      (node.tag.text === 'html' || node.tag.text === 'svg') &&
      !/<(pre|textarea)\b/i.test(staticText(node.template));
    const literal = (part, create) => create(squeeze(part.text), squeeze(part.rawText ?? part.text));
    const visit = (node) => {
      const visited = ts.visitEachChild(node, visit, context);
      if (!isLitTemplate(node)) return visited;
      const { template } = visited;
      const squeezed = ts.isNoSubstitutionTemplateLiteral(template)
        ? literal(template, (text, raw) => factory.createNoSubstitutionTemplateLiteral(text, raw))
        : factory.createTemplateExpression(
            literal(template.head, (text, raw) => factory.createTemplateHead(text, raw)),
            template.templateSpans.map((span, index) =>
              factory.createTemplateSpan(
                span.expression,
                literal(span.literal, (text, raw) =>
                  index === template.templateSpans.length - 1
                    ? factory.createTemplateTail(text, raw)
                    : factory.createTemplateMiddle(text, raw),
                ),
              ),
            ),
          );
      return factory.updateTaggedTemplateExpression(visited, visited.tag, visited.typeArguments, squeezed);
    };
    return (sourceFile) => ts.visitNode(sourceFile, visit);
  };
}
