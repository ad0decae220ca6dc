// Text of an HTML page for the corpus: parsed with parse5 (the WHATWG algorithm browsers use),
// with scripts, styles, navigation, headers and footers dropped; paragraphs, headings and list
// items become lines separated by blank lines; table rows become lines of cells joined by " | ".
import { parse } from "parse5";

type Node = { nodeName: string; tagName?: string; value?: string; childNodes?: Node[]; content?: Node };

const DROP = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "nav",
  "header",
  "footer",
  "aside",
  "form",
  "button",
  "select",
  "svg",
  "iframe",
  "object",
  "head",
  "menu",
]);
const BLOCK = new Set([
  "p",
  "div",
  "section",
  "article",
  "main",
  "li",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "blockquote",
  "pre",
  "dd",
  "dt",
  "figcaption",
  "caption",
  "address",
  "ul",
  "ol",
  "dl",
  "table",
  "tbody",
  "thead",
  "tfoot",
  "body",
  "html",
]);

export function textFromHtml(html: string): string {
  const document = parse(html) as unknown as Node;
  const lines: string[] = [];
  let current = "";
  const flush = (blank: boolean) => {
    const line = current.replace(/[ \t\f\v\u00a0]+/g, " ").trim();
    if (line) lines.push(line);
    if (blank && lines.length && lines.at(-1) !== "") lines.push("");
    current = "";
  };
  const cellText = (node: Node): string => {
    let out = "";
    const visit = (n: Node) => {
      if (n.nodeName === "#text") out += n.value;
      else if (n.tagName && DROP.has(n.tagName)) return;
      else if (n.tagName === "br") out += " ";
      else for (const c of n.childNodes ?? []) visit(c);
    };
    visit(node);
    return out.replace(/\s+/g, " ").trim();
  };
  const walk = (node: Node) => {
    if (node.nodeName === "#text") {
      current += node.value!.replace(/\s+/g, " ");
      return;
    }
    if (node.nodeName === "#comment") return;
    const tag = node.tagName;
    if (tag && DROP.has(tag)) return;
    if (tag === "tr") {
      flush(false);
      const cells = (node.childNodes ?? []).filter((c) => c.tagName === "td" || c.tagName === "th").map(cellText);
      if (cells.some(Boolean)) lines.push(cells.join(" | "));
      return;
    }
    if (tag === "br") {
      flush(false);
      return;
    }
    const block = tag !== undefined && BLOCK.has(tag);
    if (block) flush(true);
    for (const child of node.childNodes ?? []) walk(child);
    if (block) flush(true);
  };
  walk(document);
  flush(false);
  while (lines.at(-1) === "") lines.pop();
  while (lines[0] === "") lines.shift();
  return `${lines.join("\n")}\n`;
}
