// The 8 core areas × 4 processes Vahti rates (kpi-catalog §3, a synthesis mapped onto the COPC
// categories). Each process lists the KPIs that measure it, primary first. The v1 contract carries
// schedules, forecasts and HR changes (schedule.published, forecast.published, employee.changed)
// besides contacts and agent states; a process whose KPIs need data it does not carry, or that is
// not computed yet, says so in `needs` and is shown "not measured" rather than rated on a guess.
import type { Channel } from '@vahti/contracts';

export interface ProcessDefinition {
  readonly id: string;
  readonly name: string;
  /** KPI ids, primary first; empty when no KPI is computable from events yet. */
  readonly kpis: readonly string[];
  /** Channels the process covers; absent = all channels. */
  readonly channels?: readonly Channel[];
  /** What would make an unmeasured process measurable. */
  readonly needs?: string;
}

export interface AreaDefinition {
  readonly id: string;
  readonly name: string;
  readonly processes: readonly [ProcessDefinition, ProcessDefinition, ProcessDefinition, ProcessDefinition];
}

export const PROCESS_MODEL: readonly AreaDefinition[] = [
  {
    id: 'A',
    name: 'Customer experience & insight',
    processes: [
      { id: 'A1', name: 'Transactional feedback', kpis: ['csat', 'customer_effort', 'tnps', 'survey_response_rate'] },
      { id: 'A2', name: 'Complaint handling', kpis: [], needs: 'complaint cases (K23, K24): a case event type' },
      { id: 'A3', name: 'Contact-reason & journey analysis', kpis: ['contacts_per_issue', 'data_completeness'] },
      { id: 'A4', name: 'Voice-of-customer action', kpis: [], needs: 'corrective-action records (K27)' },
    ],
  },
  {
    id: 'B',
    name: 'Access & responsiveness',
    processes: [
      {
        id: 'B1',
        name: 'Inbound voice accessibility',
        channels: ['voice'],
        kpis: [
          'service_level',
          'average_speed_of_answer',
          'abandonment_rate',
          'answer_wait_p90',
          'intervals_meeting_service_level',
          'average_time_to_abandon',
        ],
      },
      {
        id: 'B2',
        name: 'Chat & messaging responsiveness',
        channels: ['chat', 'messaging'],
        kpis: ['service_level', 'average_speed_of_answer', 'abandonment_rate', 'answer_wait_p90'],
      },
      {
        id: 'B3',
        name: 'E-mail & case timeliness',
        channels: ['email'],
        kpis: ['service_level', 'average_speed_of_answer', 'answer_wait_p90'],
      },
      {
        id: 'B4',
        name: 'Callbacks & commitments',
        channels: ['callback'],
        kpis: ['service_level', 'average_speed_of_answer'],
        needs: 'promise-kept rate (K09): the callback due time joined with its answer, next increment',
      },
    ],
  },
  {
    id: 'C',
    name: 'Resolution & contact handling',
    processes: [
      {
        id: 'C1',
        name: 'First-contact resolution',
        kpis: ['first_contact_resolution', 'repeat_contact_rate', 'agent_reported_resolution'],
      },
      { id: 'C2', name: 'Routing, transfers & escalations', kpis: ['transfer_rate', 'escalation_rate'] },
      { id: 'C3', name: 'Handle-time management', kpis: ['average_handle_time', 'hold_rate', 'acw_share'] },
      { id: 'C4', name: 'Case resolution & backlog', kpis: [], needs: 'case lifecycle events (K17, K18)' },
    ],
  },
  {
    id: 'D',
    name: 'Quality & compliance',
    processes: [
      { id: 'D1', name: 'Transaction monitoring', kpis: ['qa_score'] },
      {
        id: 'D2',
        name: 'Critical error control',
        kpis: ['critical_error_accuracy_customer', 'critical_error_accuracy_business', 'critical_error_accuracy_compliance'],
      },
      { id: 'D3', name: 'QA coverage & calibration', kpis: ['qa_coverage'] },
      { id: 'D4', name: 'Knowledge & content management', kpis: [], needs: 'knowledge-linked QA errors (K33)' },
    ],
  },
  {
    id: 'E',
    name: 'Workforce planning & real-time management',
    processes: [
      { id: 'E1', name: 'Forecasting', kpis: ['volume_forecast_accuracy', 'aht_forecast_accuracy'] },
      {
        id: 'E2',
        name: 'Capacity & staffing',
        kpis: ['shrinkage', 'unplanned_shrinkage', 'planned_shrinkage'],
        needs: 'staffing variance (K36): scheduled on-queue agents vs the forecast required agents per interval',
      },
      { id: 'E3', name: 'Scheduling', kpis: ['schedule_adherence'] },
      {
        id: 'E4',
        name: 'Real-time management & productivity',
        kpis: ['occupancy', 'utilisation', 'schedule_adherence', 'not_ready_share'],
      },
    ],
  },
  {
    id: 'F',
    name: 'People',
    processes: [
      {
        id: 'F1',
        name: 'Recruiting & onboarding',
        kpis: ['early_attrition'],
        needs: 'time to proficiency (K42): days from started_production to tenured-level AHT, QA and FCR',
      },
      { id: 'F2', name: 'Training & skill verification', kpis: [], needs: 'skill-verification results (K44)' },
      {
        id: 'F3',
        name: 'Performance management & consistency',
        kpis: ['resolution_spread_agents', 'aht_spread_agents', 'qa_spread_agents', 'aht_spread_teams'],
      },
      {
        id: 'F4',
        name: 'Engagement & retention',
        kpis: ['agent_attrition', 'absenteeism'],
        needs: 'employee satisfaction (K48): an employee survey event type',
      },
    ],
  },
  {
    id: 'G',
    name: 'Self-service & automation',
    processes: [
      { id: 'G1', name: 'IVR & bot containment', kpis: ['containment_rate'] },
      {
        id: 'G2',
        name: 'Self-service resolution',
        kpis: [],
        needs: 'verified resolution (K50): contained sessions without a later assisted contact',
      },
      { id: 'G3', name: 'Bot-to-agent hand-off', kpis: ['handoff_context_rate'] },
      {
        id: 'G4',
        name: 'Channel strategy & deflection',
        kpis: [],
        needs: 'assisted-contact share (K52) across self-service and agent queues',
      },
    ],
  },
  {
    id: 'H',
    name: 'Leadership, efficiency & governance',
    processes: [
      {
        id: 'H1',
        name: 'Target setting & performance review',
        kpis: [],
        needs: 'share of KPIs meeting target (K53), computed from the scorecard itself',
      },
      { id: 'H2', name: 'Cost efficiency', kpis: [], needs: 'cost data (K54, K55)' },
      { id: 'H3', name: 'Continuous improvement & change', kpis: [], needs: 'change records (K56)' },
      { id: 'H4', name: 'Data integrity', kpis: ['data_completeness'] },
    ],
  },
];
