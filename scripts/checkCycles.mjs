// Fails on any import circle in server/src, client/src and shared/src (type imports count), and
// on any cycle between the folders of each package (server/src/http → server/src/realtime →
// server/src/http would be one): every package's layers point one way. A folder is the first
// level under src/ (shared/src/domain is one layer under protocol/ and sync/), except that each
// client feature is one of its own: client/src/features/board may use features/meetings or the
// other way round, not both.
import madge from 'madge';
import { join } from 'node:path';
import { root } from './workspace.mjs';

const SOURCES = ['server/src', 'client/src', 'shared/src'];
/** Where folders must not form a cycle either. */
const LAYERED = SOURCES;

const result = await madge(
  SOURCES.map((dir) => join(root, dir)),
  {
    baseDir: root,
    fileExtensions: ['ts', 'tsx'],
    tsConfig: join(root, 'tsconfig.base.json'),
  },
);

/** Folders whose subfolders are the nodes (each client feature). */
const SPLIT = ['client/src/features'];

/** `server/src/http/routes/x.ts` → `server/src/http`; a file at the top of src is its own node. */
function folderOf(file) {
  const parts = file.split('/');
  const depth = SPLIT.some((dir) => file.startsWith(`${dir}/`)) ? 4 : 3;
  return parts.length > depth ? parts.slice(0, depth).join('/') : file;
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

/** The shortest way back to `start` inside one strongly connected component (breadth first). */
function shortestCycle(graph, component) {
  const start = component[0];
  const cameFrom = new Map();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift();
    for (const to of graph.get(node) ?? []) {
      if (!component.includes(to)) continue;
      if (to === start) {
        const path = [node];
        while (path[0] !== start) path.unshift(cameFrom.get(path[0]));
        return [...path, start];
      }
      if (!cameFrom.has(to)) {
        cameFrom.set(to, node);
        queue.push(to);
      }
    }
  }
  return [start, start];
}

const circles = result.circular();
const folderCycles = cyclesOf(folders).map((component) => shortestCycle(folders, component));
for (const circle of circles)
  console.error(`✗ import circle: ${[...circle, circle[0]].join(' → ')}`);
for (const cycle of folderCycles) {
  console.error(`✗ folder cycle: ${cycle.join(' → ')}`);
  for (let i = 0; i + 1 < cycle.length; i += 1)
    console.error(`    ${why.get(`${cycle[i]} → ${cycle[i + 1]}`)}`);
}
if (folderCycles.length > 0)
  console.error('  Folders point one way: move the shared piece down, or invert the import.');
if (circles.length > 0 || folderCycles.length > 0) process.exit(1);
console.log(`No import circles and no folder cycles in ${SOURCES.join(', ')}.`);
