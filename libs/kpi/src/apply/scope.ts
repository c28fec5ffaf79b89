// Who and what a contribution is about: the base scope (tenant × queue × channel) and the
// drill-down values the event carries.

export interface Scope {
  readonly tenantId: string;
  readonly queueId: string;
  readonly channel: string;
  readonly teamId?: string;
  readonly agentId?: string;
  readonly reason?: string;
}

/** Scope of an event that carries queue and channel, with the drill-down values it has. */
export function scopeOf(
  tenantId: string,
  data: { queueId: string; channel: string; teamId?: string; agentId?: string; contactReason?: string },
): Scope {
  return {
    tenantId,
    queueId: data.queueId,
    channel: data.channel,
    ...(data.teamId !== undefined && { teamId: data.teamId }),
    ...(data.agentId !== undefined && { agentId: data.agentId }),
    ...(data.contactReason !== undefined && { reason: data.contactReason }),
  };
}
