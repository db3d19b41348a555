/** The arguments of a Liquid tag or a Hugo shortcode: positional ones in order, named ones by name. */
export type Parameters = { positional: string[]; named: Map<string, string> };

// `name="value"`, `name='value'`, name=value, or a lone (quoted or `raw`) value.
const parameter = /([A-Za-z_][\w-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|`([^`]*)`|([^\s"'`]+))|"((?:[^"\\]|\\.)*)"|'([^']*)'|`([^`]*)`|([^\s"'`=]+)/gu;

/**
 * Hand-written: Liquid's and Hugo's argument grammars are this small, and
 * neither engine ships a parser that works on a lone tag without its site.
 */
export function parseParameters(text: string): Parameters {
  const positional: string[] = [];
  const named = new Map<string, string>();
  for (const match of text.matchAll(parameter)) {
    const name = match[1];
    if (name !== undefined) named.set(name.toLowerCase(), match[2] !== undefined ? unquote(match[2]) : (match[3] ?? match[4] ?? match[5] ?? ""));
    else positional.push(match[6] !== undefined ? unquote(match[6]) : (match[7] ?? match[8] ?? match[9] ?? ""));
  }
  return { positional, named };
}

/** `\"` inside a double-quoted value, as Hugo (Go) and Liquid read it. */
function unquote(quoted: string): string {
  return quoted.replace(/\\(["\\])/gu, "$1");
}

/** A named parameter, else the positional one at `index`, else null. */
export function parameterValue(parameters: Parameters, name: string, index?: number): string | null {
  const value = parameters.named.get(name) ?? (index === undefined ? undefined : parameters.positional[index]);
  return value === undefined ? null : value;
}
