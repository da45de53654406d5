#!/usr/bin/env python3
"""Reads a GEXF or GraphML file with networkx and prints what it found as JSON: whether the
graph is directed, each node's id, label, kind and domain, each edge's ends and kind. Used by
tests/graph_files.rs (networkx_reads_our_files)."""

import json
import sys

import networkx as nx

path = sys.argv[1]
g = nx.read_gexf(path) if path.endswith(".gexf") else nx.read_graphml(path)
nodes = [
    {
        "id": n,
        "label": d.get("label", ""),
        "kind": d.get("kind", ""),
        "domain": d.get("domain", ""),
    }
    for n, d in g.nodes(data=True)
]
edges = [
    {"source": a, "target": b, "kind": d.get("kind", "")}
    for a, b, d in g.edges(data=True)
]
json.dump({"directed": g.is_directed(), "nodes": nodes, "edges": edges}, sys.stdout)
