// Makes the files of a release build smaller: `node scripts/shrink.mjs SITE_DIR` (run by
// scripts/post-build).
//
// 0. Writes the wasm's functions in an order that puts each next to the one most like it.
//    gzip finds repeats only within the last 32 KB it has read, and the wasm holds many
//    near-copies (Yew's code instantiated for each component, hook and callback type,
//    drop glue, iterators) that LLVM writes far apart. The order is greedy: from the first
//    function by name, the next is always the unplaced function that shares the most
//    4-byte sequences with the one just placed (a count divided by the square root of both
//    functions' counts of distinct sequences); when none shares any, the first unplaced
//    function by name. wasm-opt can only sort functions by name
//    (`--reorder-functions-by-name`), renumbering every call, so the functions are named
//    after their places first; the names are dropped afterwards. Needs the names that
//    index.html has Trunk's wasm-opt keep (`-g`). About 4.8 kB less gzipped; the code is
//    unchanged.
// 1. Shortens the names by which the wasm imports wasm-bindgen's JS functions.
//    wasm-bindgen names each of the page's ~220 imports like
//    `__wbg_appendChild_3c7b8a2f61d0e4a9`, once in the wasm and once in the JS; the hex
//    suffixes do not compress, and these names cost about 6 kB of the gzipped bundle.
//    They become `a`, `b`, ... `Ba`, ...: the same functions under shorter keys. The wasm's
//    import section is rewritten (nothing else in the module refers to import names); in
//    the JS each name must occur exactly once, as its key in the imports object, or
//    nothing is changed and the build fails.
//    The module they are imported from, wasm-bindgen's `./casecurve_bg.js`, named once
//    for each import, becomes `a` the same way (0.1 kB less).
//    Likewise the exports by which the JS calls the closures it was handed
//    (`wasm_bindgen_<hash>___convert__closures_____invoke___<types>`, up to 200
//    characters each) become `c0`, `c1`, ...; and the custom sections `producers` and
//    `target_features`, which tools read and browsers ignore, are dropped (0.6 kB less
//    gzipped in all).
// 2. Minifies the JS with terser (from tests/e2e's packages, like the build's wasm-opt):
//    its exports, which Trunk's boot script imports, keep their names (2.1 kB less).
// 3. Drops the CSS's comments and spare white space (1.2 kB less). Trunk's own CSS
//    minifier is off (index.html says why); this one changes nothing else.
//
// The Subresource Integrity hashes that Trunk put in index.html are updated to the new
// contents. Needs only node and tests/e2e's packages.
import { createRequire } from "node:module";
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const site = process.argv[2];
const fail = (why) => {
  console.error(`shrink: ${why}`);
  process.exit(1);
};
if (!site) fail("usage: node scripts/shrink.mjs SITE_DIR");

const files = readdirSync(site);
const wasmName = files.find((name) => name.endsWith("_bg.wasm"));
const jsName = wasmName && wasmName.replace(/_bg\.wasm$/, ".js");
if (!wasmName || !files.includes(jsName)) fail(`no wasm-bindgen wasm and JS pair in ${site}`);
const cssName = files.find((name) => name.endsWith(".css"));
if (!cssName) fail(`no stylesheet in ${site}`);
// As Trunk wrote it (its integrity attribute names these bytes).
const builtWasm = readFileSync(join(site, wasmName));
const js = readFileSync(join(site, jsName), "utf8");
const css = readFileSync(join(site, cssName), "utf8");

// --- Reading and writing the binary format's pieces.
function readUleb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    if (byte === undefined) fail("the wasm ends inside a number");
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}
function uleb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}
const nameBytes = (text) => Buffer.concat([uleb(Buffer.byteLength(text)), Buffer.from(text)]);

// `a` ... `z`, `A` ... `Z`, then `ba`, `bb`, ...: short, valid JS keys, never `__proto__`.
const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
function shortName(index) {
  let name = "";
  do {
    name = letters[index % letters.length] + name;
    index = Math.floor(index / letters.length);
  } while (index > 0);
  return name;
}

// The length of an import's description after its kind byte.
function skipDescription(bytes, at, kind) {
  const limits = (at) => {
    const flags = bytes[at++];
    [, at] = readUleb(bytes, at);
    if (flags & 1) [, at] = readUleb(bytes, at);
    return at;
  };
  switch (kind) {
    case 0: // function: type index
    case 4: // tag: attribute, type index
      if (kind === 4) at++;
      return readUleb(bytes, at)[1];
    case 1: // table: reference type, limits
      return limits(at + 1);
    case 2: // memory: limits
      return limits(at);
    case 3: // global: value type, mutability
      return at + 2;
    default:
      return fail(`unknown import kind ${kind}`);
  }
}

// The export section with wasm-bindgen's closure shims under short names, recorded in
// `renamedExports`.
const renamedExports = new Map();
function renameExports(start, end) {
  let [count, cursor] = readUleb(wasm, start);
  const entries = [uleb(count)];
  for (let i = 0; i < count; i++) {
    const [nameLength, nameStart] = readUleb(wasm, cursor);
    const name = wasm.subarray(nameStart, nameStart + nameLength).toString();
    const kindAt = nameStart + nameLength;
    const next = readUleb(wasm, kindAt + 1)[1];
    let newName = name;
    if (/^wasm_bindgen_[0-9a-f]+___convert__closures_/.test(name)) {
      newName = `c${renamedExports.size}`;
      renamedExports.set(name, newName);
    }
    entries.push(nameBytes(newName), wasm.subarray(kindAt, next));
    cursor = next;
  }
  if (cursor !== end) fail("the export section is not as long as its entries");
  return Buffer.concat(entries);
}

// --- 0. The functions' order.

// The module's sections: id, where the contents start and end, and where the section starts.
function sectionsOf(bytes) {
  const sections = [];
  let at = 8;
  while (at < bytes.length) {
    const [size, start] = readUleb(bytes, at + 1);
    sections.push({ id: bytes[at], at, start, end: start + size });
    at = start + size;
  }
  return sections;
}
const customName = (bytes, section) => {
  const [length, start] = readUleb(bytes, section.start);
  return bytes.subarray(start, start + length).toString();
};

// How many functions the module imports: they come first in the function index space.
function importedFunctions(bytes, section) {
  if (!section) return 0;
  let [count, cursor] = readUleb(bytes, section.start);
  let functions = 0;
  for (let i = 0; i < count; i++) {
    const [moduleLength, moduleStart] = readUleb(bytes, cursor);
    const [fieldLength, fieldStart] = readUleb(bytes, moduleStart + moduleLength);
    const kindAt = fieldStart + fieldLength;
    if (bytes[kindAt] === 0) functions++;
    cursor = skipDescription(bytes, kindAt + 1, bytes[kindAt]);
  }
  return functions;
}

// The body of each function the module defines, in index order.
function functionBodies(bytes, section) {
  let [count, cursor] = readUleb(bytes, section.start);
  const bodies = [];
  for (let i = 0; i < count; i++) {
    const [size, start] = readUleb(bytes, cursor);
    bodies.push(bytes.subarray(start, start + size));
    cursor = start + size;
  }
  return bodies;
}

// Function index -> name, from the `name` section's function names.
function functionNames(bytes, section) {
  const names = new Map();
  let [length, cursor] = readUleb(bytes, section.start);
  cursor += length;
  while (cursor < section.end) {
    const kind = bytes[cursor];
    const [size, start] = readUleb(bytes, cursor + 1);
    if (kind === 1) {
      let [count, at] = readUleb(bytes, start);
      for (let i = 0; i < count; i++) {
        let index, nameLength;
        [index, at] = readUleb(bytes, at);
        [nameLength, at] = readUleb(bytes, at);
        names.set(index, bytes.subarray(at, at + nameLength).toString());
        at += nameLength;
      }
    }
    cursor = start + size;
  }
  return names;
}

// The greedy order described at the top: defined functions' positions in the code section.
function similarOrder(bodies, names) {
  const sequences = bodies.map((body) => {
    const set = new Set();
    for (let i = 0; i + 4 <= body.length; i++) set.add(body.readUInt32LE(i));
    return set;
  });
  const holders = new Map();
  sequences.forEach((set, f) => {
    for (const sequence of set) {
      const list = holders.get(sequence);
      if (list) list.push(f);
      else holders.set(sequence, [f]);
    }
  });
  const byName = bodies
    .map((_, f) => f)
    .sort((a, b) => (names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : a - b));
  const placed = new Uint8Array(bodies.length);
  const order = [];
  let nextByName = 0;
  let current = byName[0];
  while (current !== undefined) {
    placed[current] = 1;
    order.push(current);
    const shared = new Map();
    for (const sequence of sequences[current]) {
      for (const f of holders.get(sequence)) if (!placed[f]) shared.set(f, (shared.get(f) ?? 0) + 1);
    }
    let best;
    let bestScore = 0;
    for (const [f, count] of shared) {
      const score = count / Math.sqrt(sequences[f].size * sequences[current].size);
      if (score > bestScore) [best, bestScore] = [f, score];
    }
    if (best === undefined) {
      while (nextByName < byName.length && placed[byName[nextByName]]) nextByName++;
      best = byName[nextByName];
    }
    current = best;
  }
  return order;
}

// The module with its functions in the similar order and without the name section.
function reorderFunctions(bytes) {
  const sections = sectionsOf(bytes);
  const code = sections.find((section) => section.id === 10);
  const nameSection = sections.find((section) => section.id === 0 && customName(bytes, section) === "name");
  if (!code) fail(`${wasmName} has no code`);
  if (!nameSection) fail(`${wasmName} has no function names (index.html must give Trunk's wasm-opt -g)`);
  const imported = importedFunctions(bytes, sections.find((section) => section.id === 2));
  const bodies = functionBodies(bytes, code);
  const oldNames = functionNames(bytes, nameSection);
  const order = similarOrder(bodies, bodies.map((_, f) => oldNames.get(imported + f) ?? ""));
  // Names that sort as the order: each function's place, zero-padded.
  const width = String(order.length).length;
  const entries = [uleb(order.length)];
  const place = new Array(order.length);
  order.forEach((f, position) => (place[f] = position));
  for (let f = 0; f < bodies.length; f++) {
    entries.push(uleb(imported + f), nameBytes(String(place[f]).padStart(width, "0")));
  }
  const functionNamesPart = Buffer.concat(entries);
  const contents = Buffer.concat([
    nameBytes("name"),
    Buffer.from([1]),
    uleb(functionNamesPart.length),
    functionNamesPart,
  ]);
  const named = Buffer.concat([
    bytes.subarray(0, nameSection.at),
    Buffer.from([0]),
    uleb(contents.length),
    contents,
    bytes.subarray(nameSection.end),
  ]);
  const dir = mkdtempSync(join(tmpdir(), "shrink-"));
  try {
    const input = join(dir, "named.wasm");
    const output = join(dir, "ordered.wasm");
    writeFileSync(input, named);
    // `-ol 2 -s 2`: no optimisation passes, but the binary written as `-Oz` writes it.
    const wasmOpt = new URL("../tests/e2e/node_modules/.bin/wasm-opt", import.meta.url).pathname;
    const passes = ["--reorder-functions-by-name", "--strip-debug"];
    execFileSync(wasmOpt, [input, "-ol", "2", "-s", "2", ...passes, "-o", output], {
      stdio: ["ignore", "inherit", "inherit"],
    });
    return readFileSync(output);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (builtWasm.readUInt32LE(0) !== 0x6d736100) fail(`${wasmName} is not a wasm module`);
const wasm = reorderFunctions(builtWasm);

// The custom sections dropped: tool metadata no browser reads.
const droppedSections = new Set(["producers", "target_features"]);

const parts = [wasm.subarray(0, 8)];
const renamed = new Map();
// The module wasm-bindgen's imports come from.
let bindgenModule;
let at = 8;
while (at < wasm.length) {
  const id = wasm[at];
  const [size, start] = readUleb(wasm, at + 1);
  const end = start + size;
  if (id === 0) {
    const [nameLength, nameStart] = readUleb(wasm, start);
    if (droppedSections.has(wasm.subarray(nameStart, nameStart + nameLength).toString())) {
      at = end;
      continue;
    }
  }
  if (id === 7) {
    const body = renameExports(start, end);
    parts.push(Buffer.from([7]), uleb(body.length), body);
    at = end;
    continue;
  }
  if (id !== 2) {
    parts.push(wasm.subarray(at, end));
    at = end;
    continue;
  }
  let [count, cursor] = readUleb(wasm, start);
  const entries = [uleb(count)];
  for (let i = 0; i < count; i++) {
    const [moduleLength, moduleStart] = readUleb(wasm, cursor);
    const module = wasm.subarray(moduleStart, moduleStart + moduleLength).toString();
    const [fieldLength, fieldStart] = readUleb(wasm, moduleStart + moduleLength);
    const field = wasm.subarray(fieldStart, fieldStart + fieldLength).toString();
    const descriptionStart = fieldStart + fieldLength;
    const next = skipDescription(wasm, descriptionStart + 1, wasm[descriptionStart]);
    // Only wasm-bindgen's own generated imports; anything else keeps its name.
    let [newModule, name] = [module, field];
    if (/^__wbg_|^__wbindgen_/.test(field)) {
      if (!renamed.has(field)) renamed.set(field, shortName(renamed.size));
      name = renamed.get(field);
      if (bindgenModule !== undefined && bindgenModule !== module) fail(`${wasmName} imports from two JS modules`);
      [bindgenModule, newModule] = [module, "a"];
    }
    entries.push(nameBytes(newModule), nameBytes(name), wasm.subarray(descriptionStart, next));
    cursor = next;
  }
  if (cursor !== end) fail("the import section is not as long as its entries");
  const body = Buffer.concat(entries);
  parts.push(Buffer.from([2]), uleb(body.length), body);
  at = end;
}
if (renamed.size === 0) fail(`no wasm-bindgen imports found in ${wasmName}`);

let newJs = js;
const moduleKey = new RegExp(`"${bindgenModule.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}":`, "g");
const moduleUses = js.match(moduleKey)?.length ?? 0;
if (moduleUses !== 1) fail(`"${bindgenModule}" occurs ${moduleUses} times in ${jsName}, not once as the imports' key`);
newJs = newJs.replace(moduleKey, "a:");
for (const [long, short] of renamed) {
  const key = new RegExp(`\\b${long}\\b`, "g");
  const uses = js.match(key)?.length ?? 0;
  if (uses !== 1) fail(`${long} occurs ${uses} times in ${jsName}, not once as an import key`);
  newJs = newJs.replace(key, short);
}
for (const [long, short] of renamedExports) {
  const use = new RegExp(`\\.${long}\\b`, "g");
  const uses = js.match(use)?.length ?? 0;
  if (uses !== 1) fail(`${long} occurs ${uses} times in ${jsName}, not once as a call of the export`);
  newJs = newJs.replace(use, `.${short}`);
}
const newWasm = Buffer.concat(parts);

// `module`: top-level names are the module's own, so they may be shortened too.
const terser = createRequire(new URL("../tests/e2e/package.json", import.meta.url))("terser");
const minified = await terser.minify(newJs, { module: true, compress: true, mangle: true });
if (!minified.code) fail(`terser gave no code for ${jsName}`);
newJs = minified.code;

// CSS strings ("..." or '...') are copied as they are; everything else may be rewritten.
const cssString = String.raw`"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'`;
const outsideStrings = (pattern, replace) => (text) =>
  text.replace(new RegExp(`(${cssString})|${pattern}`, "g"), (match, string, ...groups) => string ?? replace(...groups));
const newCss = [
  outsideStrings(String.raw`\/\*[\s\S]*?\*\/`, () => " "),
  outsideStrings(String.raw`\s+`, () => " "),
  outsideStrings(String.raw` ?([{};]) ?`, (punctuation) => punctuation),
].reduce((text, step) => step(text), css).trim();

// Trunk's integrity attributes name the old contents: point them at the new.
const sri = (bytes) => "sha384-" + createHash("sha384").update(bytes).digest("base64");
const htmlPath = join(site, "index.html");
let html = readFileSync(htmlPath, "utf8");
const rewritten = [
  [wasmName, builtWasm, newWasm],
  [jsName, js, newJs],
  [cssName, css, newCss],
];
let saved = 0;
for (const [name, before, after] of rewritten) {
  html = html.split(sri(before)).join(sri(after));
  writeFileSync(join(site, name), after);
  saved += Buffer.byteLength(before) - Buffer.byteLength(after);
}
writeFileSync(htmlPath, html);
console.log(
  `shrink: functions reordered, ${renamed.size} imports and ${renamedExports.size} exports renamed, JS and CSS minified (${saved} bytes less)`,
);
