import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The generator's module graph, read from the sources: every module under questions/ and the
// domain modules it reaches through relative imports.

const ROOT = resolve('questions');
const NOT_CODE = new Set(['articles', 'out', 'fixtures']);
const SPECIFIER = /\bfrom\s+'([^']+)'|^import\s+'([^']+)'/gmu;
const NODE_BUILTIN = /^(?:node:|(?:fs|path|url|os|crypto|util|child_process)(?:\/|$))/u;

function modulesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) {
      return NOT_CODE.has(d.name) ? [] : modulesUnder(path);
    }
    return d.name.endsWith('.ts') && !d.name.endsWith('.test.ts') ? [path] : [];
  });
}

function specifiers(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(SPECIFIER)].map((m) => m[1] ?? m[2] ?? '');
}

function resolveRelative(from: string, spec: string): string {
  const base = resolve(dirname(from), spec);
  const file = [`${base}.ts`, join(base, 'index.ts'), base].find((f) => existsSync(f));
  if (file === undefined) {
    throw new Error(`${relative(ROOT, from)}: cannot resolve ${spec}`);
  }
  return file;
}

/** Module → the modules it imports (relative imports only), for every module reached. */
function importGraph(entries: readonly string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const todo = [...entries];
  for (let file = todo.pop(); file !== undefined; file = todo.pop()) {
    if (graph.has(file)) {
      continue;
    }
    const from = file;
    const targets = specifiers(from)
      .filter((s) => s.startsWith('.'))
      .map((s) => resolveRelative(from, s));
    graph.set(from, targets);
    todo.push(...targets);
  }
  return graph;
}

/** A cycle in the graph (its modules in order, the first repeated at the end), if any. */
export function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (node: string): string[] | undefined => {
    const at = path.indexOf(node);
    if (at >= 0) {
      return [...path.slice(at), node];
    }
    if (done.has(node)) {
      return undefined;
    }
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) {
        return cycle;
      }
    }
    path.pop();
    done.add(node);
    return undefined;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) {
      return cycle;
    }
  }
  return undefined;
}

const names = (files: readonly string[]) => files.map((f) => relative(ROOT, f));

describe('findCycle', () => {
  it('finds a cycle, however long, and nothing in a graph without one', () => {
    const dag = new Map([
      ['a', ['b', 'c']],
      ['b', ['c']],
      ['c', []]
    ]);
    expect(findCycle(dag)).toBeUndefined();
    expect(findCycle(new Map([...dag, ['c', ['d']], ['d', ['b']]]))).toEqual(['b', 'c', 'd', 'b']);
    expect(findCycle(new Map([['a', ['a']]]))).toEqual(['a', 'a']);
  });
});

describe('the generator’s imports', () => {
  const graph = importGraph(modulesUnder(ROOT));

  it('reads every module and follows its relative imports', () => {
    expect(names([...graph.keys()])).toEqual(
      expect.arrayContaining(['build.ts', 'cli.ts', 'pipeline/candidates.ts'])
    );
    expect(names(graph.get(join(ROOT, 'build.ts')) ?? [])).toContain('pipeline/parse.ts');
  });

  it('form no circle', () => {
    expect(names(findCycle(graph) ?? [])).toEqual([]);
  });

  it('reach no Node built-in from the browser entry point (build.ts)', () => {
    const reached = importGraph([join(ROOT, 'build.ts')]);
    const builtins = [...reached.keys()].flatMap((file) =>
      specifiers(file)
        .filter((s) => NODE_BUILTIN.test(s))
        .map((s) => `${relative(ROOT, file)} imports ${s}`)
    );
    expect(reached.size).toBeGreaterThan(20);
    expect(builtins).toEqual([]);
  });
});
