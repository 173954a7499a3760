/**
 * The only way the pane builds DOM: createElement, setAttribute and textContent. No HTML
 * strings anywhere (no innerHTML, insertAdjacentHTML or document.write), so text that came
 * from a catalog, a URL or a sheet is always text.
 */

export type Child = Node | string | number | null | undefined | false;

export type Attrs = Readonly<Record<string, string | number | boolean | null | undefined>>;

const SAFE_ATTRIBUTE =
  /^(?:id|class|for|type|name|value|min|max|step|placeholder|accept|title|href|download|hidden|disabled|checked|selected|multiple|required|readonly|rows|cols|scope|colspan|role|tabindex|list|autocomplete|inputmode|lang|spellcheck|(?:aria|data)-[a-z-]+)$/;

/** An element with attributes and text/element children. Unknown attributes (on*, style, src…) are refused. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (!SAFE_ATTRIBUTE.test(name)) throw new Error(`attribute ${name} is not allowed`);
    if (value === null || value === undefined || value === false) continue;
    if (name === "href" && !/^(?:blob:|#|https:)/.test(String(value)))
      throw new Error("only blob:, # and https: links are allowed");
    el.setAttribute(name, value === true ? "" : String(value));
  }
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(
      typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child,
    );
  }
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from the page`);
  return el as T;
}

let counter = 0;
/** A unique id for label/for and aria-describedby pairs. */
export const uid = (prefix: string): string => `${prefix}-${++counter}`;

/** A labelled form field: <div class="field"><label for>…</label>control<p hint></div>. */
export function field(label: string, control: HTMLElement, hint?: string): HTMLDivElement {
  if (!control.id) control.id = uid("f");
  const wrapper = h("div", { class: "field" }, h("label", { for: control.id }, label), control);
  if (hint) {
    const hintEl = h("p", { class: "hint", id: uid("hint") }, hint);
    control.setAttribute("aria-describedby", hintEl.id);
    wrapper.appendChild(hintEl);
  }
  return wrapper;
}

export function option(value: string, text: string, selected = false): HTMLOptionElement {
  const o = document.createElement("option");
  o.value = value;
  o.textContent = text;
  o.selected = selected;
  return o;
}

/** Offers bytes as a file download (a blob: link clicked programmatically). */
export function downloadBytes(fileName: string, bytes: Uint8Array, mime: string): void {
  const blob = new Blob([bytes as BlobPart], { type: mime });
  const url = URL.createObjectURL(blob);
  const link = h("a", { href: url, download: fileName, hidden: true });
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}
