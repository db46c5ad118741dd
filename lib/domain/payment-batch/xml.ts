/**
 * Just enough XML for bank files, both ways. Pure. Writing escapes text; reading is a small
 * non-validating parser for ISO 20022 statements: elements, attributes, text, CDATA, comments and
 * the five predefined entities plus character references. A DOCTYPE is refused outright (no
 * entity expansion, no external entities), and so is anything malformed.
 */

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);
}

export type XmlElement = { name: string; attrs: Record<string, string>; children: XmlElement[]; text: string };

export class XmlError extends Error {}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (_m, ref: string) => {
    if (ref.startsWith("#x")) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith("#")) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    const value = ENTITIES[ref];
    if (value === undefined) throw new XmlError(`unknown entity &${ref};`);
    return value;
  });
}

/** Local name: namespace prefixes do not matter to us (camt.053 versions differ only in the URI). */
const local = (name: string) => name.slice(name.indexOf(":") + 1);

export function parseXml(source: string): XmlElement {
  let i = 0;
  const root: XmlElement = { name: "#root", attrs: {}, children: [], text: "" };
  const stack: XmlElement[] = [root];
  const n = source.length;
  while (i < n) {
    const lt = source.indexOf("<", i);
    const textEnd = lt === -1 ? n : lt;
    if (textEnd > i) stack[stack.length - 1].text += decode(source.slice(i, textEnd));
    if (lt === -1) break;
    if (source.startsWith("<!--", lt)) {
      const end = source.indexOf("-->", lt + 4);
      if (end === -1) throw new XmlError("unterminated comment");
      i = end + 3;
    } else if (source.startsWith("<![CDATA[", lt)) {
      const end = source.indexOf("]]>", lt + 9);
      if (end === -1) throw new XmlError("unterminated CDATA");
      stack[stack.length - 1].text += source.slice(lt + 9, end);
      i = end + 3;
    } else if (source.startsWith("<!", lt)) {
      throw new XmlError("DOCTYPE and declarations are not accepted");
    } else if (source.startsWith("<?", lt)) {
      const end = source.indexOf("?>", lt + 2);
      if (end === -1) throw new XmlError("unterminated processing instruction");
      i = end + 2;
    } else if (source.startsWith("</", lt)) {
      const end = source.indexOf(">", lt);
      if (end === -1) throw new XmlError("unterminated end tag");
      const name = local(source.slice(lt + 2, end).trim());
      const open = stack.pop();
      if (!open || open === root || open.name !== name) throw new XmlError(`unexpected </${name}>`);
      i = end + 1;
    } else {
      const end = findTagEnd(source, lt);
      let body = source.slice(lt + 1, end);
      const selfClosing = body.endsWith("/");
      if (selfClosing) body = body.slice(0, -1);
      const nameMatch = /^[^\s/>]+/.exec(body);
      if (!nameMatch) throw new XmlError("element without a name");
      const attrs: Record<string, string> = {};
      const attrPattern = /([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
      for (const m of body.slice(nameMatch[0].length).matchAll(attrPattern)) attrs[local(m[1])] = decode(m[3] ?? m[4] ?? "");
      const element: XmlElement = { name: local(nameMatch[0]), attrs, children: [], text: "" };
      stack[stack.length - 1].children.push(element);
      if (!selfClosing) stack.push(element);
      i = end + 1;
    }
  }
  if (stack.length !== 1) throw new XmlError(`unclosed <${stack[stack.length - 1].name}>`);
  if (root.children.length !== 1) throw new XmlError("expected one root element");
  return root.children[0];
}

function findTagEnd(source: string, from: number): number {
  let quote: string | null = null;
  for (let j = from + 1; j < source.length; j++) {
    const c = source[j];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ">") return j;
  }
  throw new XmlError("unterminated tag");
}

/** The first descendant along a path of child names, e.g. child(e, "Refs", "EndToEndId"). */
export function child(element: XmlElement | undefined, ...path: string[]): XmlElement | undefined {
  let current = element;
  for (const name of path) {
    current = current?.children.find((c) => c.name === name);
    if (!current) return undefined;
  }
  return current;
}

export function children(element: XmlElement | undefined, name: string): XmlElement[] {
  return element ? element.children.filter((c) => c.name === name) : [];
}

export function textAt(element: XmlElement | undefined, ...path: string[]): string | undefined {
  const found = child(element, ...path);
  const text = found?.text.trim();
  return text ? text : undefined;
}
