// Fails on any import circle in server/src, client/src and shared/src (type imports count), and
// on any cycle between the server's folders (server/src/http → server/src/realtime →
// server/src/http would be one): the server's layers point one way (server/README.md).
import madge from 'madge';
import { join } from 'node:path';
import { root } from './workspace.mjs';

const SOURCES = ['server/src', 'client/src', 'shared/src'];
/** Where folders must not form a cycle either. */
const LAYERED = ['server/src'];

const result = await madge(
  SOURCES.map((dir) => join(root, dir)),
  {
    baseDir: root,
    fileExtensions: ['ts', 'tsx'],
    tsConfig: join(root, 'tsconfig.base.json'),
  },
);

/** `server/src/http/routes/x.ts` → `server/src/http`; a file at the top of src is its own node. */
function folderOf(file) {
  const parts = file.split('/');
  return parts.length > 3 ? parts.slice(0, 3).join('/') : file;
}
const layered = (file) => LAYERED.some((dir) => file.startsWith(`${dir}/`));

/** Strongly connected components of more than one node (Tarjan). */
function cyclesOf(graph) {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  let next = 0;
  const visit = (node) => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const to of graph.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node), low.get(to)));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node), index.get(to)));
    }
    if (low.get(node) !== index.get(node)) return;
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1) found.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

const files = result.obj();
const folders = new Map();
const why = new Map();
for (const [from, imports] of Object.entries(files)) {
  if (!layered(from)) continue;
  for (const to of imports.filter(layered)) {
    const [a, b] = [folderOf(from), folderOf(to)];
    if (a === b) continue;
    if (!folders.has(a)) folders.set(a, new Set());
    folders.get(a).add(b);
    if (!why.has(`${a} → ${b}`)) why.set(`${a} → ${b}`, `${from} → ${to}`);
  }
}

const circles = result.circular();
const folderCycles = cyclesOf(folders);
for (const circle of circles)
  console.error(`✗ import circle: ${[...circle, circle[0]].join(' → ')}`);
for (const cycle of folderCycles) {
  console.error(`✗ folder cycle between ${cycle.join(', ')}:`);
  for (const [edge, example] of why) {
    const [a, b] = edge.split(' → ');
    if (cycle.includes(a) && cycle.includes(b)) console.error(`    ${edge}  (${example})`);
  }
}
if (circles.length > 0 || folderCycles.length > 0) process.exit(1);
console.log(
  `No import circles in ${SOURCES.join(', ')}; no folder cycles in ${LAYERED.join(', ')}.`,
);
