// Text of an HTML page for the corpus: parsed with parse5 (the WHATWG algorithm browsers use),
// with scripts, styles, navigation, headers and footers dropped; paragraphs, headings and list
// items become lines separated by blank lines; table rows become lines of cells joined by " | ".
//
// What a reader of the page cannot see is not published text, so it is dropped too, and counted
// by reason for the stored document's front matter (ingest_dropped):
//  - the `hidden` attribute; inline `display:none`, `visibility:hidden|collapse`, `opacity:0`,
//    `font-size:0`, a transparent colour; the same declarations reached through a class, id or
//    tag rule of a <style> element in the page (simple selectors only: `.c`, `p.c`, `#id`, `p`,
//    and lists of them; a rule with combinators, or from an external stylesheet, is not read);
//  - text whose colour is its background's: a colour equal to the nearest declared background
//    (inline or by a simple rule), or white when no background is declared on the way to the
//    root (a browser's page is white). Backgrounds from images, gradients or external CSS are
//    not known: such text is kept (it may be visible), never guessed away;
//  - <del> (text the publisher deleted) and <s>/<strike> (text marked no longer accurate).
// `aria-hidden` is kept: it hides text from screen readers only; a sighted reader sees it.
//
// <sup> and <sub> are set apart by spaces ("1,234<sup>12</sup>" is "1,234 12", never 1,23412),
// except an ordinal suffix ("1<sup>st</sup>" stays "1st").
import { parse } from "parse5";

type Node = {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
};

/** Why text is not shown to a reader, as counted in the front matter. */
export type DropReason =
  | "hidden attribute"
  | "display:none"
  | "visibility:hidden"
  | "opacity:0"
  | "font-size:0"
  | "transparent text"
  | "text coloured as its background"
  | "deleted (<del>)"
  | "struck through (<s>)";

export interface HtmlText {
  text: string;
  /** Elements dropped as invisible, by reason (only reasons that occur). */
  dropped: Partial<Record<DropReason, number>>;
}

type Declarations = Map<string, string>;

/** "a: b; c: d" → {a → b, c → d}, names lowercased, !important dropped; the last one wins. */
function declarations(css: string): Declarations {
  const out: Declarations = new Map();
  for (const part of css.split(";")) {
    const colon = part.indexOf(":");
    if (colon < 0) continue;
    const name = part.slice(0, colon).trim().toLowerCase();
    const value = part
      .slice(colon + 1)
      .replace(/!\s*important/i, "")
      .trim()
      .toLowerCase();
    if (name && value) out.set(name, value);
  }
  return out;
}

/** Rules of the page's <style> elements with simple selectors: tag, .class, #id, tag.class. */
interface Rule {
  tag: string | null;
  classes: string[];
  id: string | null;
  decls: Declarations;
}

function styleRules(css: string): Rule[] {
  const rules: Rule[] = [];
  // Comments out; @media and other at-rule blocks are read as their inner rules would apply
  // only sometimes: they are skipped (a rule hiding text on print does not hide it on screen).
  const clean = css.replace(/\/\*[\s\S]*?\*\//g, "");
  let depth = 0;
  let inAt = false;
  let selector = "";
  let body = "";
  for (const ch of clean) {
    if (ch === "{") {
      depth++;
      if (depth === 1) inAt = selector.trim().startsWith("@");
      if (depth > 1 || inAt) continue;
      body = "";
      continue;
    }
    if (ch === "}") {
      depth = Math.max(0, depth - 1);
      if (depth === 0) {
        if (!inAt) {
          const decls = declarations(body);
          for (const sel of selector.split(",")) {
            const m = /^\s*([a-z][a-z0-9]*)?((?:[.#][\w-]+)*)\s*$/i.exec(sel);
            if (!m || (!m[1] && !m[2])) continue;
            const parts = m[2].match(/[.#][\w-]+/g) ?? [];
            const ids = parts.filter((p) => p.startsWith("#"));
            if (ids.length > 1) continue;
            rules.push({
              tag: m[1]?.toLowerCase() ?? null,
              classes: parts.filter((p) => p.startsWith(".")).map((p) => p.slice(1)),
              id: ids[0]?.slice(1) ?? null,
              decls,
            });
          }
        }
        selector = "";
        inAt = false;
      }
      continue;
    }
    if (depth === 0) selector += ch;
    else if (!inAt && depth === 1) body += ch;
  }
  return rules;
}

/** A CSS colour as "r,g,b,a" (a in 0–1), for the forms pages use; null when not understood. */
function colour(value: string | undefined): string | null {
  if (!value) return null;
  const v = value.replace(/\s+/g, "");
  const named: Record<string, string> = { white: "255,255,255,1", black: "0,0,0,1", transparent: "0,0,0,0" };
  if (named[v]) return named[v];
  let m = /^#([0-9a-f]{3,4})$/.exec(v);
  if (m) {
    const [r, g, b, a = "f"] = [...m[1]].map((c) => c + c);
    return `${parseInt(r, 16)},${parseInt(g, 16)},${parseInt(b, 16)},${+(parseInt(a[0] + a[0], 16) / 255).toFixed(2)}`;
  }
  m = /^#([0-9a-f]{6})([0-9a-f]{2})?$/.exec(v);
  if (m) {
    const n = m[1];
    const a = m[2] ? +(parseInt(m[2], 16) / 255).toFixed(2) : 1;
    return `${parseInt(n.slice(0, 2), 16)},${parseInt(n.slice(2, 4), 16)},${parseInt(n.slice(4, 6), 16)},${a}`;
  }
  m = /^rgba?\((\d+),(\d+),(\d+)(?:,([\d.]+%?))?\)$/.exec(v);
  if (m) {
    const a = m[4] === undefined ? 1 : m[4].endsWith("%") ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
    return `${+m[1]},${+m[2]},${+m[3]},${a}`;
  }
  return null;
}

const transparent = (c: string | null) => c !== null && c.endsWith(",0");
const zero = (v: string | undefined) =>
  v !== undefined && /^(?:0|0?\.0+|0+%|0(?:px|em|rem|pt))$/.test(v.replace(/\s+/g, ""));

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

/** The page's text, as `htmlToText` reads it. */
export const textFromHtml = (html: string): string => htmlToText(html).text;

const ORDINAL_SUFFIX = /^\s*(?:st|nd|rd|th)\s*$/i;

export function htmlToText(html: string): HtmlText {
  const document = parse(html) as unknown as Node;
  const dropped: HtmlText["dropped"] = {};
  const attr = (n: Node, name: string) => n.attrs?.find((a) => a.name === name)?.value;
  // The page's own <style> rules, wherever they are (head or body).
  const rules: Rule[] = [];
  // An external stylesheet may paint the page dark: white text is then not known to be unseen.
  let externalCss = false;
  const collect = (n: Node) => {
    if (n.tagName === "link" && /(?:^|\s)stylesheet(?:\s|$)/i.test(attr(n, "rel") ?? "")) externalCss = true;
    if (n.tagName === "style")
      rules.push(...styleRules((n.childNodes ?? []).map((c) => (c.nodeName === "#text" ? c.value : "")).join("")));
    for (const c of n.childNodes ?? []) collect(c);
    if (n.content) collect(n.content);
  };
  collect(document);
  /** The declarations that apply to `n`: matching rules in order, then its style attribute. */
  const styleOf = (n: Node): Declarations => {
    const out: Declarations = new Map();
    if (!n.tagName) return out;
    const classes = (attr(n, "class") ?? "").split(/\s+/).filter(Boolean);
    const id = attr(n, "id");
    for (const r of rules)
      if (
        (r.tag === null || r.tag === n.tagName) &&
        (r.id === null || r.id === id) &&
        r.classes.every((c) => classes.includes(c))
      )
        for (const [k, v] of r.decls) out.set(k, v);
    for (const [k, v] of declarations(attr(n, "style") ?? "")) out.set(k, v);
    return out;
  };
  /** The background declared on the way to the root, or null (a browser paints the page white). */
  const backgrounds: (string | null)[] = [];
  const declaredBackground = () => {
    for (let i = backgrounds.length - 1; i >= 0; i--) if (backgrounds[i] !== null) return backgrounds[i];
    return null;
  };
  /** Why an element is not seen, or null. Its background is pushed for its descendants. */
  const invisible = (n: Node, d: Declarations): DropReason | null => {
    const tag = n.tagName;
    if (tag === "del") return "deleted (<del>)";
    if (tag === "s" || tag === "strike") return "struck through (<s>)";
    if (n.attrs?.some((a) => a.name === "hidden")) return "hidden attribute";
    if (d.get("display") === "none") return "display:none";
    if (/^(?:hidden|collapse)$/.test(d.get("visibility") ?? "")) return "visibility:hidden";
    if (zero(d.get("opacity"))) return "opacity:0";
    if (zero(d.get("font-size"))) return "font-size:0";
    const fg = colour(d.get("color"));
    if (transparent(fg)) return "transparent text";
    if (fg !== null) {
      const own = colour(d.get("background-color") ?? d.get("background"));
      const bg = own ?? declaredBackground() ?? (externalCss || backgroundUnknown() ? null : "255,255,255,1");
      if (bg !== null && fg === bg) return "text coloured as its background";
    }
    return null;
  };
  // A background we cannot read (an image, a gradient, a var()) on the way to the root: the text
  // colour is then not compared with anything.
  const unknownBackgrounds: boolean[] = [];
  const backgroundUnknown = () => unknownBackgrounds.some(Boolean);
  const drop = (reason: DropReason) => (dropped[reason] = (dropped[reason] ?? 0) + 1);
  /** Walk `n`'s element scope: returns false when `n` is dropped as invisible. */
  const enter = (n: Node): boolean => {
    if (!n.tagName) return true;
    const d = styleOf(n);
    const reason = invisible(n, d);
    if (reason) {
      drop(reason);
      return false;
    }
    const bgText = d.get("background-color") ?? d.get("background");
    const bg = colour(bgText);
    backgrounds.push(bg);
    unknownBackgrounds.push(bgText !== undefined && bg === null && !/^(?:none|initial|inherit|unset)$/.test(bgText));
    return true;
  };
  const leave = (n: Node) => {
    if (!n.tagName) return;
    backgrounds.pop();
    unknownBackgrounds.pop();
  };
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
    let after = false;
    const visit = (n: Node, top = false) => {
      if (n.nodeName === "#text") {
        if (after && /^[\p{L}\p{N}]/u.test(n.value ?? "")) out += " ";
        after = false;
        out += n.value;
      } else if (n.tagName && DROP.has(n.tagName)) return;
      else if (n.tagName === "br") out += " ";
      else {
        // The cell itself was entered by the row.
        if (!top && !enter(n)) return;
        const apart = separated(n);
        if (apart) out += " ";
        after = false;
        for (const c of n.childNodes ?? []) visit(c);
        if (apart) after = true;
        if (!top) leave(n);
      }
    };
    visit(node, true);
    return out.replace(/\s+/g, " ").trim();
  };
  let apartBefore = false;
  const walk = (node: Node) => {
    if (node.nodeName === "#text") {
      const text = node.value!.replace(/\s+/g, " ");
      // After a <sup>/<sub>, a space only before a letter or digit: "2019 3, the", not "3 ,".
      if (apartBefore && /^[\p{L}\p{N}]/u.test(text)) current += " ";
      apartBefore = false;
      current += text;
      return;
    }
    if (node.nodeName === "#comment") return;
    const tag = node.tagName;
    if (tag && DROP.has(tag)) return;
    if (!enter(node)) return;
    if (tag === "tr") {
      flush(false);
      // A hidden cell is left out; the others keep their order.
      const cells = (node.childNodes ?? [])
        .filter((c) => c.tagName === "td" || c.tagName === "th")
        .flatMap((c) => {
          if (!enter(c)) return [];
          const text = cellText(c);
          leave(c);
          return [text];
        });
      if (cells.some(Boolean)) lines.push(cells.join(" | "));
      leave(node);
      return;
    }
    if (tag === "br") {
      flush(false);
      leave(node);
      return;
    }
    const block = tag !== undefined && BLOCK.has(tag);
    const apart = separated(node);
    if (block) flush(true);
    if (apart) current += " ";
    apartBefore = false;
    for (const child of node.childNodes ?? []) walk(child);
    if (apart) apartBefore = true;
    if (block) flush(true);
    leave(node);
  };
  walk(document);
  flush(false);
  while (lines.at(-1) === "") lines.pop();
  while (lines[0] === "") lines.shift();
  return { text: `${lines.join("\n")}\n`, dropped };
}

/** Is `n` a <sup> or <sub> to set apart from its neighbours (a footnote mark, an exponent)? */
function separated(n: Node): boolean {
  if (n.tagName !== "sup" && n.tagName !== "sub") return false;
  const text = (function all(x: Node): string {
    return x.nodeName === "#text" ? (x.value ?? "") : (x.childNodes ?? []).map(all).join("");
  })(n);
  return !ORDINAL_SUFFIX.test(text);
}

/** The front matter's account of what was dropped: "display:none 2; deleted (<del>) 1", or null. */
export function droppedSummary(dropped: HtmlText["dropped"]): string | null {
  const parts = Object.entries(dropped).map(([reason, n]) => `${reason} ${n}`);
  return parts.length ? parts.join("; ") : null;
}
