import { cheapestOpening, edgeCanMove, type FlowEdge } from './protection';
import { SMALL_CELL_THRESHOLD } from './suppression';

/**
 * Several tables whose totals are the same people counted again, as one network: every figure
 * published by any of them (cell or total) is an edge, every equation a reader can write (a
 * line of one table, or "this channel's reasons add up to that channel's interruptions") is the
 * conservation of people at one node. `layers` are the figures of the disjoint quarters, each
 * indexed like `edges`; `periods` the sums of layers a caller can ask for.
 */
export interface LinkedNetwork {
  edges: { from: number; to: number }[];
  layers: number[][];
  periods: number[][];
}

/**
 * One suppression pattern for every table and period of a network, grown from `seed` (each
 * table's own pattern): every small figure in any period is withheld; no node keeps exactly one
 * withheld figure (a reader would solve it); and a small figure that still cannot move in any
 * quarter of its period (see edgeCanMove) gets the cheapest cycle through it opened, preferring
 * small published figures. Checking each table alone misses the equations the tables share, as
 * a reason table's channel total giving back a measure cell its own table withholds. Each pass
 * withholds at least one more of finitely many figures, so it ends.
 */
export function linkedPattern(network: LinkedNetwork, seed: boolean[], threshold = SMALL_CELL_THRESHOLD): boolean[] {
  const sum = (members: number[]): number[] => network.edges.map((_, i) => members.reduce((total, layer) => total + network.layers[layer][i], 0));
  const year = sum(network.layers.map((_, layer) => layer));
  const periods = network.periods.map(sum);
  const small = (value: number): boolean => value > 0 && value < threshold;
  const pattern = seed.map((withheld, i) => withheld || periods.some((period) => small(period[i])));
  const layerEdges = network.layers.map((values): FlowEdge[] => network.edges.map((edge, i) => ({ ...edge, value: values[i] })));

  let changed = true;
  while (changed) {
    completeNodes(network.edges, pattern, year);
    changed = false;
    for (const [p, period] of periods.entries()) {
      for (const [i, value] of period.entries()) {
        if (!small(value)) continue;
        const members = network.periods[p].map((layer) => layerEdges[layer]);
        if (members.some((edges) => edgeCanMove(edges, pattern, i))) continue;
        const opened = cheapestOpening(members[0], pattern, i, (edge) => 1 + year[edge]);
        for (const edge of opened) pattern[edge] = true;
        changed ||= opened.length > 0;
      }
    }
  }
  return pattern;
}

/** No node keeps exactly one withheld figure: its smallest non-zero neighbour over the year joins it, a zero only as the last resort. */
function completeNodes(edges: { from: number; to: number }[], pattern: boolean[], year: number[]): void {
  const nodes = 1 + Math.max(...edges.flatMap((edge) => [edge.from, edge.to]));
  const incident = Array.from({ length: nodes }, (): number[] => []);
  edges.forEach((edge, i) => {
    incident[edge.from].push(i);
    incident[edge.to].push(i);
  });
  let changed = true;
  while (changed) {
    changed = false;
    for (const around of incident) {
      if (around.filter((i) => pattern[i]).length !== 1) continue;
      const open = around.filter((i) => !pattern[i]);
      const next = open.filter((i) => year[i] > 0).sort((a, b) => year[a] - year[b])[0] ?? open[0];
      if (next === undefined) continue;
      pattern[next] = true;
      changed = true;
    }
  }
}
