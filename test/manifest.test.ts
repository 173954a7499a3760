/**
 * Offline structural checks of the add-in manifest (the official validator, `npm run validate`,
 * needs Microsoft's service): shared runtime, custom functions extension point, resources,
 * icons, URLs, requirement sets, localized overrides. Run against manifest.xml and the built
 * dist/manifest.xml.
 */
import * as fs from "fs";
import * as path from "path";
import { DOMParser, Element } from "@xmldom/xmldom";

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};
const DEV_BASE = "https://localhost:3000/";

function parse(file: string): Element {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => void (level !== "warning" && errors.push(message)),
  }).parseFromString(fs.readFileSync(file, "utf8"), "text/xml");
  expect(errors).toEqual([]);
  return doc.documentElement as Element;
}

const all = (root: Element, ns: string, tag: string): Element[] =>
  Array.from(root.getElementsByTagNameNS(ns, tag)) as Element[];
const one = (root: Element, ns: string, tag: string): Element => {
  const found = all(root, ns, tag);
  expect(found.map((e) => e.tagName)).toHaveLength(1);
  return found[0];
};
const child = (parent: Element, ns: string, tag: string): Element | undefined =>
  (Array.from(parent.childNodes) as Element[]).find(
    (n) => n.nodeType === 1 && n.namespaceURI === ns && n.localName === tag,
  );
const xsiType = (e: Element) => e.getAttributeNS(NS.xsi, "type");

/** Resource id → default value (and overrides) of bt:Images, bt:Urls, bt:ShortStrings, bt:LongStrings. */
function resources(root: Element) {
  const map = new Map<string, { kind: string; value: string; overrides: Map<string, string> }>();
  for (const kind of ["Image", "Url", "String"]) {
    for (const e of all(root, NS.bt, kind)) {
      const id = e.getAttribute("id");
      if (!id) continue; // <bt:Image size=.. resid=..> inside <Icon> references, not definitions
      expect(map.has(id)).toBe(false);
      const overrides = new Map(
        all(e, NS.bt, "Override").map((o) => [o.getAttribute("Locale") ?? "", o.getAttribute("Value") ?? ""]),
      );
      map.set(id, {
        kind: (e.parentNode as Element).localName ?? "",
        value: e.getAttribute("DefaultValue") ?? "",
        overrides,
      });
    }
  }
  return map;
}

function pngSize(file: string): [number, number] {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(1, 4).toString("ascii")).toBe("PNG");
  return [buf.readUInt32BE(16), buf.readUInt32BE(20)];
}

/** Every URL the manifest points to: attribute values and the text of URL elements. */
function urls(root: Element): string[] {
  const out: string[] = [];
  const walk = (e: Element) => {
    for (const attr of Array.from(e.attributes)) {
      if (!attr.name.startsWith("xmlns") && /^[a-z][a-z0-9+.-]*:\/\//i.test(attr.value)) out.push(attr.value);
    }
    if (e.localName === "AppDomain" && e.textContent) out.push(e.textContent.trim());
    for (const c of Array.from(e.childNodes)) if (c.nodeType === 1) walk(c as Element);
  };
  walk(root);
  return out;
}

describe.each([
  ["manifest.xml", path.join(ROOT, "manifest.xml")],
  ["dist/manifest.xml", path.join(DIST, "manifest.xml")],
])("%s", (_label, file) => {
  const root = parse(file);
  const res = resources(root);
  const resolve = (resid: string | null) => {
    expect(resid).toBeTruthy();
    const r = res.get(resid as string);
    if (!r) throw new Error(`resid ${resid} is not defined in <Resources>`);
    return r;
  };

  test("is a task pane add-in for Excel with an id, a version and a default locale", () => {
    expect(root.localName).toBe("OfficeApp");
    expect(root.namespaceURI).toBe(NS.app);
    expect(xsiType(root)).toBe("TaskPaneApp");
    expect(one(root, NS.app, "Id").textContent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    );
    expect(one(root, NS.app, "Version").textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(one(root, NS.app, "DefaultLocale").textContent).toBe("en-US");
    const hosts = child(root, NS.app, "Hosts") as Element;
    expect(all(hosts, NS.app, "Host").map((h) => h.getAttribute("Name"))).toEqual(["Workbook"]);
    expect(one(root, NS.app, "Permissions").textContent).toBe("ReadWriteDocument");
  });

  test("requires the shared runtime and custom functions requirement sets", () => {
    const sets = new Map(all(root, NS.app, "Set").map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")]));
    expect(sets.get("SharedRuntime")).toBe("1.1");
    // The error codes the functions return (#VALUE!, #N/A with a message) came with 1.3.
    expect(Number(sets.get("CustomFunctionsRuntime"))).toBeGreaterThanOrEqual(1.3);
  });

  test("runs functions and task pane in one shared runtime with a long lifetime", () => {
    const runtimes = all(root, NS.ov, "Runtime");
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0].getAttribute("lifetime")).toBe("long");
    const runtimeUrl = runtimes[0].getAttribute("resid");
    expect(resolve(runtimeUrl).value).toBe(one(root, NS.app, "SourceLocation").getAttribute("DefaultValue"));
    const cf = all(root, NS.ov, "ExtensionPoint").filter((e) => xsiType(e) === "CustomFunctions");
    expect(cf).toHaveLength(1);
    const page = child(child(cf[0], NS.ov, "Page") as Element, NS.ov, "SourceLocation") as Element;
    expect(page.getAttribute("resid")).toBe(runtimeUrl);
    expect(one(root, NS.ov, "FunctionFile").getAttribute("resid")).toBe(runtimeUrl);
    for (const action of all(root, NS.ov, "Action").filter((a) => xsiType(a) === "ShowTaskpane")) {
      expect((child(action, NS.ov, "SourceLocation") as Element).getAttribute("resid")).toBe(runtimeUrl);
    }
  });

  test("declares the custom functions script, page, metadata and namespace", () => {
    const cf = all(root, NS.ov, "ExtensionPoint").find((e) => xsiType(e) === "CustomFunctions") as Element;
    const src = (tag: string) =>
      (child(child(cf, NS.ov, tag) as Element, NS.ov, "SourceLocation") as Element).getAttribute("resid");
    expect(resolve(src("Script")).value).toMatch(/\/functions\.js$/);
    expect(resolve(src("Page")).value).toMatch(/\/taskpane\.html$/);
    const metadata = resolve(src("Metadata"));
    expect(metadata.value).toMatch(/\/functions\.json$/);
    expect(metadata.overrides.get("zh-CN")).toMatch(/\/functions\.zh-CN\.json$/);
    const namespace = resolve((child(cf, NS.ov, "Namespace") as Element).getAttribute("resid"));
    expect(namespace.kind).toBe("ShortStrings");
    expect(namespace.value).toBe("TCLOUD");
  });

  test("every resid is defined, and strings respect the schema's lengths", () => {
    for (const e of [...all(root, NS.ov, "*"), ...all(root, NS.bt, "*")]) {
      const resid = e.getAttribute("resid");
      if (resid) resolve(resid);
    }
    for (const [id, r] of res) {
      const max = { ShortStrings: 125, LongStrings: 250, Urls: 2048, Images: 2048 }[r.kind];
      expect(max).toBeDefined();
      for (const v of [r.value, ...r.overrides.values()]) {
        expect({ id, length: v.length <= (max as number) }).toEqual({ id, length: true });
        expect(v.trim()).not.toBe("");
      }
      for (const locale of r.overrides.keys()) expect(locale).toMatch(/^[a-z]{2}-[A-Z]{2}$/);
    }
  });

  test("icons are PNG files in assets/ of the sizes they claim", () => {
    const iconUrls = [
      ["IconUrl", one(root, NS.app, "IconUrl").getAttribute("DefaultValue"), 32],
      ["HighResolutionIconUrl", one(root, NS.app, "HighResolutionIconUrl").getAttribute("DefaultValue"), 64],
      ...[...res]
        .filter(([, r]) => r.kind === "Images")
        .map(([id, r]) => [id, r.value, Number(/(\d+)x\1$/.exec(id)?.[1])]),
    ] as [string, string, number][];
    expect(iconUrls.length).toBeGreaterThanOrEqual(5);
    for (const [id, url, size] of iconUrls) {
      const m = /\/assets\/([\w.-]+\.png)$/.exec(url);
      if (!m) throw new Error(`${id}: ${url} is not a PNG in assets/`);
      const asset = path.join(ROOT, "assets", m[1]);
      expect(fs.existsSync(asset)).toBe(true);
      expect({ id, size: pngSize(asset) }).toEqual({ id, size: [size, size] });
    }
    for (const img of all(root, NS.bt, "Image").filter((i) => i.getAttribute("size"))) {
      expect(resolve(img.getAttribute("resid")).kind).toBe("Images");
      expect(img.getAttribute("resid")).toBe(`Icon.${img.getAttribute("size")}x${img.getAttribute("size")}`);
    }
  });

  test("every URL is https on one origin and base path, and the app domain is that origin", () => {
    const list = urls(root);
    expect(list.length).toBeGreaterThan(10);
    const base = new URL(resolve("Taskpane.Url").value.replace(/taskpane\.html$/, ""));
    for (const url of list) {
      const u = new URL(url);
      expect({ url, protocol: u.protocol }).toEqual({ url, protocol: "https:" });
      expect({ url, origin: u.origin }).toEqual({ url, origin: base.origin });
      if (u.pathname !== "/")
        expect({ url, inBase: u.pathname.startsWith(base.pathname) }).toEqual({ url, inBase: true });
    }
    expect(all(root, NS.app, "AppDomain").map((d) => d.textContent)).toEqual([base.origin]);
  });

  test("the URLs point at files the build produces", () => {
    const base = resolve("Taskpane.Url").value.replace(/taskpane\.html$/, "");
    for (const url of urls(root).filter((u) => u.startsWith(base))) {
      const rel = url.slice(base.length);
      if (rel === "") continue;
      expect({ url, exists: fs.existsSync(path.join(DIST, rel)) }).toEqual({ url, exists: true });
    }
  });
});

test("the built manifest is the source manifest (development build)", () => {
  const built = fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8");
  if (built.includes(DEV_BASE)) expect(built).toBe(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"));
});

test("the npm scripts of an Office add-in project are there", () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
  for (const script of ["build", "start", "stop", "validate", "lint", "test", "dev-server", "watch"]) {
    expect(Object.keys(pkg.scripts)).toContain(script);
  }
  expect(pkg.scripts.validate).toMatch(/office-addin-manifest validate manifest\.xml/);
});
