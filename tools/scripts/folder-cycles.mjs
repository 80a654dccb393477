// Fails when folders of a source tree import each other in a loop (folder A imports B and B,
// directly or through others, imports A). Folders are the first level under the root
// (`features/<name>` counts as one folder each), files directly under it are "(root)".
// With --isolate=features, no `features/<a>` may import a `features/<b>` at all.
// Usage: node tools/scripts/folder-cycles.mjs <src root> [--print] [--isolate=features]
import fs from 'node:fs';
import path from 'node:path';

const [root, ...flags] = process.argv.slice(2);
const print = flags.includes('--print');
const isolated = flags.find((f) => f.startsWith('--isolate='))?.slice('--isolate='.length);
if (!root) {
  console.error('usage: folder-cycles.mjs <src root> [--print]');
  process.exit(2);
}
const base = path.resolve(root);
const edges = new Map();

function folderOf(file) {
  const parts = path.relative(base, file).split(path.sep);
  const isFolder = fs.existsSync(file) && fs.statSync(file).isDirectory();
  if (parts.length === 1 && !isFolder) return '(root)';
  return parts[0] === 'features' && parts.length > 2 ? `features/${parts[1]}` : parts[0];
}

function scan(file) {
  const text = fs.readFileSync(file, 'utf8');
  for (const match of text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
    const target = path.resolve(path.dirname(file), match[1]);
    if (!target.startsWith(base + path.sep)) continue;
    const from = folderOf(file);
    const to = folderOf(target);
    if (from === to) continue;
    if (!edges.has(from)) edges.set(from, new Set());
    edges.get(from).add(to);
  }
}

function walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (/\.tsx?$/.test(entry.name) && !/\.(spec|test)\.tsx?$/.test(entry.name)) scan(full);
  }
}
walk(base);

// Strongly connected components (Tarjan): every component with more than one folder is a loop.
let next = 0;
const index = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
const loops = [];
function visit(v) {
  index.set(v, next);
  low.set(v, next++);
  stack.push(v);
  onStack.add(v);
  for (const w of edges.get(v) ?? []) {
    if (!index.has(w)) {
      visit(w);
      low.set(v, Math.min(low.get(v), low.get(w)));
    } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
  }
  if (low.get(v) !== index.get(v)) return;
  const component = [];
  let w;
  do {
    w = stack.pop();
    onStack.delete(w);
    component.push(w);
  } while (w !== v);
  if (component.length > 1) loops.push(component.sort());
}
const nodes = new Set([...edges.keys(), ...[...edges.values()].flatMap((s) => [...s])]);
for (const node of [...nodes].sort()) if (!index.has(node)) visit(node);

if (print) {
  for (const [from, to] of [...edges].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`${from} -> ${[...to].sort().join(', ')}`);
  }
}
const crossings = isolated
  ? [...edges].flatMap(([from, to]) =>
      from.startsWith(`${isolated}/`)
        ? [...to].filter((t) => t.startsWith(`${isolated}/`)).map((t) => `${from} -> ${t}`)
        : [],
    )
  : [];
if (crossings.length) {
  console.error(`Folders under ${isolated}/ must not import each other:`);
  for (const crossing of crossings) console.error(`  ${crossing}`);
}
if (loops.length) {
  console.error(`Folders of ${root} import each other in a loop:`);
  for (const loop of loops) {
    const inLoop = new Set(loop);
    for (const from of loop) {
      const to = [...(edges.get(from) ?? [])].filter((t) => inLoop.has(t));
      console.error(`  ${from} -> ${to.join(', ')}`);
    }
    console.error('');
  }
}
if (loops.length || crossings.length) process.exit(1);
console.log(`${root}: ${nodes.size} folders, no import loops`);
