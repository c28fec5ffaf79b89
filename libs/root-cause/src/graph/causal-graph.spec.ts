import { COUNTER_NAMES, emptyCounters, kpiDefinition, type KpiCounters } from '@vahti/kpi';
import { nodeMetric } from '../metrics/node-metric';
import { edgesInto, graphNode, nodeOfKpi } from './causal-graph';
import { GRAPH_EDGES, ROWS_NOT_DRAWN } from './graph-edges';
import { GRAPH_NODES, NODE_IDS } from './graph-nodes';

describe('cause-and-effect graph data', () => {
  it('has one node per id, and edges only between known nodes', () => {
    expect(GRAPH_NODES.map((n) => n.id)).toEqual([...NODE_IDS]);
    for (const e of GRAPH_EDGES) {
      expect(NODE_IDS).toContain(e.from);
      expect(NODE_IDS).toContain(e.to);
      expect(e.from).not.toBe(e.to);
    }
    const keys = GRAPH_EDGES.map((e) => `${e.from}→${e.to}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('cites every row R1–R22 of kpi-catalog §5.2 or says why it is not drawn', () => {
    const cited = new Set(GRAPH_EDGES.flatMap((e) => e.rows));
    for (let row = 1; row <= 22; row += 1) {
      const id = `R${row}`;
      expect([id, cited.has(id) || id in ROWS_NOT_DRAWN]).toEqual([id, true]);
    }
    for (const id of Object.keys(ROWS_NOT_DRAWN)) {
      expect(cited.has(id)).toBe(false);
    }
    for (const row of cited) {
      expect(row).toMatch(/^(R([1-9]|1\d|2[0-2])|S)$/);
    }
  });

  it('measures nodes with KPIs that @vahti/kpi defines, each KPI in one node', () => {
    const seen = new Set<string>();
    for (const node of GRAPH_NODES) {
      for (const kpi of node.kpis) {
        expect([kpi, kpiDefinition(kpi) !== undefined]).toEqual([kpi, true]);
        expect(seen.has(kpi)).toBe(false);
        seen.add(kpi);
        expect(nodeOfKpi(kpi)?.id).toBe(node.id);
      }
    }
  });

  it('drills every measured node by its first KPI, a plain numerator / denominator ratio', () => {
    // Every counter at 100 but leave (else adherence has no scheduled work) gives every KPI a value.
    const probe: KpiCounters = { ...(Object.fromEntries(COUNTER_NAMES.map((n) => [n, 100])) as KpiCounters), leaveSeconds: 0 };
    for (const node of GRAPH_NODES) {
      const metric = nodeMetric(node, probe);
      if (node.kpis.length === 0 && node.measure === undefined) {
        expect(metric).toBeNull();
      } else if (metric?.kind === 'ratio') {
        expect([node.id, metric.kpi.id]).toEqual([node.id, node.kpis[0]]);
      } else {
        expect([node.id, metric?.kind]).toEqual([node.id, 'additive']);
      }
    }
  });

  it('falls back to another KPI of the node when the preferred one is no ratio (tNPS is in points)', () => {
    const probe: KpiCounters = { ...emptyCounters(), npsResponses: 10, npsPromoters: 5, csatResponses: 10, csatTop2: 8 };
    const metric = nodeMetric(graphNode('csat'), probe, 'tnps');
    expect(metric?.kind === 'ratio' ? metric.kpi.id : null).toBe('csat');
  });

  it('finds the edges into a node', () => {
    expect(edgesInto('staffing').map((e) => e.from)).toEqual(['adherence', 'shrinkage']);
    expect(edgesInto('volume').map((e) => e.rows[0])).toEqual(['R8', 'R9', 'R15', 'S']);
  });
});
