/**
 * Small stand-ins for VS Code's Markdown and YAML grammars (not available outside VS Code),
 * with the scope names of the real ones where the injection cares: fenced code, inline code,
 * HTML and YAML comments (which the injection selector excludes), links, headings, front
 * matter, keys and scalars. Regions the injection should reach are begin/end rules, as in the
 * real grammars, because an injection cannot reach inside a single `match` token.
 */
import type { IRawGrammar } from 'vscode-textmate';

export const MARKDOWN_STAND_IN = {
  scopeName: 'text.html.markdown',
  patterns: [{ include: '#frontmatter' }, { include: '#fence' }, { include: '#heading' }, { include: '#inline' }],
  repository: {
    frontmatter: { begin: '\\A---$', end: '^---$', contentName: 'meta.embedded.block.frontmatter', patterns: [{ include: 'source.yaml' }] },
    fence: { begin: '^[ \\t]*(`{3,}|~{3,})[ \\t]*([\\w-]*).*$', end: '^[ \\t]*\\1[ \\t]*$', name: 'markup.fenced_code.block.markdown' },
    heading: {
      match: '^(#{1,6})[ \\t]+(.*)$',
      name: 'markup.heading.markdown',
      captures: { 1: { name: 'punctuation.definition.heading.markdown' }, 2: { name: 'entity.name.section.markdown', patterns: [{ include: '#inline' }] } },
    },
    inline: { patterns: [{ include: '#comment' }, { include: '#raw' }, { include: '#link' }, { include: '#autolink' }, { include: '#bold' }] },
    comment: { begin: '<!--', end: '-->', name: 'comment.block.html' },
    raw: { begin: '(`+)', end: '\\1', name: 'markup.inline.raw.string.markdown' },
    link: {
      match: '(\\[)([^\\]]*)(\\])(\\()([^)\\s]*)(\\))',
      name: 'meta.link.inline.markdown',
      captures: { 2: { name: 'string.other.link.title.markdown', patterns: [{ include: '#bold' }] }, 5: { name: 'markup.underline.link.markdown' } },
    },
    autolink: { match: '(<)((?:https?|ftp)://[^>\\s]*)(>)', captures: { 2: { name: 'markup.underline.link.markdown' } } },
    bold: { begin: '\\*\\*(?=\\S)', end: '(?<=\\S)\\*\\*', name: 'markup.bold.markdown', patterns: [{ include: '#comment' }, { include: '#raw' }, { include: '#link' }] },
  },
} as unknown as IRawGrammar;

export const YAML_STAND_IN = {
  scopeName: 'source.yaml',
  patterns: [{ include: '#comment' }, { include: '#key' }, { include: '#value' }],
  repository: {
    comment: { begin: '(?:^|(?<=[ \\t]))#', end: '$', name: 'comment.line.number-sign.yaml' },
    key: {
      match: '^([ \\t]*)(?:(-)[ \\t]+)?([\\w.-]+)(:)(?=[ \\t]|$)',
      captures: { 2: { name: 'punctuation.definition.block.sequence.item.yaml' }, 3: { name: 'entity.name.tag.yaml' }, 4: { name: 'punctuation.separator.key-value.mapping.yaml' } },
    },
    value: { patterns: [{ include: '#double' }, { include: '#single' }, { include: '#flow' }, { include: '#plain' }] },
    double: { begin: '"', end: '"', name: 'string.quoted.double.yaml' },
    single: { begin: "'", end: "'", name: 'string.quoted.single.yaml' },
    flow: {
      begin: '\\[',
      end: '\\]',
      name: 'meta.flow.sequence.yaml',
      patterns: [{ match: ',', name: 'punctuation.separator.sequence.yaml' }, { include: '#double' }, { include: '#single' }, { begin: '(?=[^\\s,\\[\\]{}"\'])', end: '(?=[ \\t]*[,\\]])', name: 'string.unquoted.plain.in.yaml' }],
    },
    // As in the TextMate YAML bundle: a zero-width begin where a scalar can start, so an
    // injection matching at that same place (with L: priority) takes it over.
    plain: { begin: '(?=[^\\s\\-?:,\\[\\]{}#&*!|>\'"%@`]|[?:-]\\S)', end: '(?=[ \\t]*$|[ \\t]+#|[ \\t]*:(?:[ \\t]|$))', name: 'string.unquoted.plain.out.yaml' },
  },
} as unknown as IRawGrammar;
