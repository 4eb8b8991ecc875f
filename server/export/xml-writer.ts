// XML written piece by piece, as xmlbuilder2's `end({ prettyPrint: true })` lays it out (two-space
// indent, text-only elements on one line, an element without children self-closed), so an export
// can be streamed without building the document first.

/** Characters XML 1.0 does not allow (https://www.w3.org/TR/xml/#charsets): dropped. */
const notXmlChar =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML 1.0 forbids.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeText(value: string): string {
  return value.replace(notXmlChar, "").replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/** Tabs and line breaks as references too, so a parser's attribute normalisation keeps them. */
export function escapeAttribute(value: string): string {
  return escapeText(value)
    .replaceAll('"', "&quot;")
    .replaceAll("\t", "&#9;")
    .replaceAll("\n", "&#10;")
    .replaceAll("\r", "&#13;");
}

export type Attributes = Readonly<Record<string, string>>;

const tag = (name: string, attributes: Attributes) =>
  `<${name}${Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`)
    .join("")}`;

/** Each method returns the text to write next; an opened element is written once it has a child. */
export class XmlWriter {
  private readonly open: string[] = [];
  /** The start tag of the innermost element, not written until a child or its end decides its form. */
  private pending: string | null = null;

  declaration(): string {
    return '<?xml version="1.0" encoding="UTF-8"?>';
  }

  start(name: string, attributes: Attributes = {}): string {
    const before = this.flush();
    this.pending = `${this.indent()}${tag(name, attributes)}`;
    this.open.push(name);
    return before;
  }

  /** An element without children, or with only `text`. */
  leaf(name: string, attributes: Attributes = {}, text?: string): string {
    const before = this.flush();
    const body = text === undefined || text === "" ? "/>" : `>${escapeText(text)}</${name}>`;
    return `${before}\n${this.indent()}${tag(name, attributes)}${body}`;
  }

  end(): string {
    const name = this.open.pop();
    if (name === undefined) throw new Error("XmlWriter: end() without an open element");
    if (this.pending !== null) {
      const closed = `\n${this.pending}/>`;
      this.pending = null;
      return closed;
    }
    return `\n${this.indent()}</${name}>`;
  }

  private flush(): string {
    if (this.pending === null) return "";
    const text = `\n${this.pending}>`;
    this.pending = null;
    return text;
  }

  private indent(): string {
    return "  ".repeat(this.open.length);
  }
}
