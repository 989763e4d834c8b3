/**
 * One representation of a template, two renderings: plain text for a new file, and a VS Code
 * snippet body with tab stops. Keeping a single list of parts is what makes "the snippet,
 * expanded to its defaults, is the plain text" true by construction (test/templates/).
 */

/** The date variables VS Code resolves in snippets; plain rendering takes them from `today`. */
export type DateVariable = 'CURRENT_YEAR' | 'CURRENT_MONTH' | 'CURRENT_DATE';
export type Segment = string | { readonly variable: DateVariable };

/** Values a caller may supply in place of a field's default. */
export type OptionName = 'title' | 'id' | 'owner' | 'riskId';

/**
 * How a value is written where it lands. Defaults and caller values both pass through it, so a
 * title with ": " in it stays valid YAML and a "|" cannot split a table cell.
 */
export type ValueContext = 'text' | 'yaml' | 'heading' | 'cell';

export type Part =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'variable'; readonly variable: DateVariable }
  | { readonly type: 'field'; readonly stop: number; readonly value: readonly Segment[]; readonly context: ValueContext; readonly option?: OptionName }
  | { readonly type: 'mirror'; readonly stop: number; readonly option: OptionName; readonly context: ValueContext }
  | { readonly type: 'choice'; readonly stop: number; readonly options: readonly string[] }
  | { readonly type: 'final' };

export interface Template {
  readonly parts: readonly Part[];
}

export interface RenderValues {
  readonly today: string;
  readonly title?: string | undefined;
  readonly id?: string | undefined;
  readonly owner?: string | undefined;
  readonly riskId?: string | undefined;
}

/** Appends parts; tab stops are numbered in the order fields are added, from 1. */
export class TemplateBuilder {
  private readonly parts: Part[] = [];
  private nextStop = 1;
  private readonly optionStops = new Map<OptionName, number>();

  text(text: string): this {
    if (text) this.parts.push({ type: 'text', text });
    return this;
  }

  variable(variable: DateVariable): this {
    this.parts.push({ type: 'variable', variable });
    return this;
  }

  /** A tab stop with a default; `option` lets renderTemplate's caller replace the default. */
  field(value: string | readonly Segment[], context: ValueContext = 'text', option?: OptionName): this {
    const stop = this.nextStop++;
    if (option) this.optionStops.set(option, stop);
    this.parts.push({ type: 'field', stop, value: typeof value === 'string' ? [value] : value, context, ...(option ? { option } : {}) });
    return this;
  }

  /** The same value again (the H1 repeats the title): VS Code edits both at once. */
  mirror(option: OptionName, context: ValueContext = 'text'): this {
    const stop = this.optionStops.get(option);
    if (stop === undefined) throw new Error(`template: mirror of "${option}" before its field`);
    this.parts.push({ type: 'mirror', stop, option, context });
    return this;
  }

  /** A tab stop offering a fixed list; the first option is the default. */
  choice(options: readonly string[]): this {
    this.parts.push({ type: 'choice', stop: this.nextStop++, options });
    return this;
  }

  final(): this {
    this.parts.push({ type: 'final' });
    return this;
  }

  build(): Template {
    return { parts: [...this.parts] };
  }
}

function variableValue(variable: DateVariable, today: string): string {
  const [y = '', m = '', d = ''] = today.split('-');
  return variable === 'CURRENT_YEAR' ? y : variable === 'CURRENT_MONTH' ? m : d;
}

function segmentsText(value: readonly Segment[], today: string): string {
  return value.map((s) => (typeof s === 'string' ? s : variableValue(s.variable, today))).join('');
}

/** The default of the field a caller may replace as `option` (POL-001; RR-2026 in 2026), when the template has one. */
export function fieldDefault(template: Template, option: OptionName, today: string): string | undefined {
  for (const p of template.parts) if (p.type === 'field' && p.option === option) return segmentsText(p.value, today);
  return undefined;
}

/** Plain text, with LF line ends. */
export function renderText(template: Template, values: RenderValues): string {
  const raw = new Map<number, string>();
  const given = (option: OptionName | undefined) => (option ? values[option] : undefined);
  let out = '';
  for (const p of template.parts) {
    switch (p.type) {
      case 'text':
        out += p.text;
        break;
      case 'variable':
        out += variableValue(p.variable, values.today);
        break;
      case 'field': {
        const v = given(p.option) ?? segmentsText(p.value, values.today);
        raw.set(p.stop, v);
        out += writeValue(p.context, v);
        break;
      }
      case 'mirror':
        out += writeValue(p.context, raw.get(p.stop) ?? '');
        break;
      case 'choice':
        out += p.options[0] ?? '';
        break;
      case 'final':
        break;
    }
  }
  return out;
}

/** Outside placeholders and inside defaults VS Code treats `$`, `}` and `\` specially. */
export function escapeSnippetText(text: string): string {
  return text.replace(/[\\$}]/g, (c) => '\\' + c);
}

/** Inside `${1|a,b|}` only `,`, `|` and `\` are special. */
export function escapeSnippetChoice(text: string): string {
  return text.replace(/[\\,|]/g, (c) => '\\' + c);
}

/**
 * The snippet body as one string with LF line ends. A default is written as plain text would
 * write it (quoted for YAML if need be); a date variable inside a default stays a variable.
 */
export function renderSnippet(template: Template, given: Partial<Record<OptionName, string>> = {}): string {
  let out = '';
  for (const p of template.parts) {
    switch (p.type) {
      case 'text':
        out += escapeSnippetText(p.text);
        break;
      case 'variable':
        out += '${' + p.variable + '}';
        break;
      case 'field': {
        // A caller's value (a free ID) replaces the default, as in renderText.
        const value = p.option && given[p.option] !== undefined ? [given[p.option]!] : p.value;
        const plain = value.every((s) => typeof s === 'string');
        const body = plain
          ? escapeSnippetText(writeValue(p.context, value.join('')))
          : value.map((s) => (typeof s === 'string' ? escapeSnippetText(s) : '${' + s.variable + '}')).join('');
        // An empty default is a bare tab stop; braces keep "$8" from running into a digit after it.
        out += body === '' ? '${' + p.stop + '}' : '${' + p.stop + ':' + body + '}';
        break;
      }
      case 'mirror':
        out += '$' + p.stop;
        break;
      case 'choice':
        out += '${' + p.stop + '|' + p.options.map(escapeSnippetChoice).join(',') + '|}';
        break;
      case 'final':
        out += '$0';
        break;
    }
  }
  return out;
}

const YAML_RESERVED = /^(?:true|false|yes|no|on|off|null|~|y|n)$/i;

/** A YAML scalar: plain when that reads back as the same string, else double-quoted. */
export function yamlScalar(value: string): string {
  const plain =
    /^[\p{L}(][^\n:#]*$/u.test(value) && !/\s$/.test(value) && !YAML_RESERVED.test(value) && !/^[-+]?(?:\d|\.\d)/.test(value);
  // A JSON string is a valid YAML double-quoted scalar.
  return plain ? value : JSON.stringify(value);
}

export function writeValue(context: ValueContext, value: string): string {
  switch (context) {
    case 'text':
      return value;
    case 'yaml':
      return yamlScalar(value);
    case 'heading':
      return value.replace(/\s*[\r\n]+\s*/g, ' ');
    case 'cell':
      return value.replace(/\s*[\r\n]+\s*/g, ' ').replace(/(?<!\\)\|/g, '\\|');
  }
}
