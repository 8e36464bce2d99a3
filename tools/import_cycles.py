"""Import cycles in `reviewer`, between packages and between modules (grimp).

    python tools/import_cycles.py

Prints the strongly connected groups of the import graph at both levels and
their counts. Lazy (function-level) imports count: they still tie modules.
"""

from __future__ import annotations

import sys
from collections import defaultdict

import grimp


def _sccs(nodes: set[str], edges: dict[str, set[str]]) -> list[list[str]]:
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                out.append(sorted(group))

    sys.setrecursionlimit(10000)
    for v in sorted(nodes):
        if v not in index:
            visit(v)
    return out


def _package(module: str) -> str:
    parts = module.split(".")
    return ".".join(parts[:2])


def main() -> int:
    graph = grimp.build_graph("reviewer", include_external_packages=False)
    modules = set(graph.modules)
    edges: dict[str, set[str]] = defaultdict(set)
    pkg_edges: dict[str, set[str]] = defaultdict(set)
    for m in modules:
        for dep in graph.find_modules_directly_imported_by(m):
            if dep == m:
                continue
            edges[m].add(dep)
            a, b = _package(m), _package(dep)
            # a package's __init__ importing its own parts is not a cycle
            if a != b and a != "reviewer" and b != "reviewer":
                pkg_edges[a].add(b)
    mod_cycles = _sccs(modules, edges)
    pkg_cycles = _sccs({_package(m) for m in modules}, pkg_edges)
    print(f"package-level cycles: {len(pkg_cycles)}")
    for c in pkg_cycles:
        print("  " + " <-> ".join(c))
    print(f"module-level cycles: {len(mod_cycles)}")
    for c in mod_cycles:
        print("  " + " <-> ".join(c))
    return 0


if __name__ == "__main__":
    sys.exit(main())
