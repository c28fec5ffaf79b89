// What renderers need besides the notification: the time of rendering (Alertmanager endsAt, "for 45
// min"), where Vahti's UI lives (links) and the tenant's time zone (times people read).

export interface RenderContext {
  /** Epoch ms of rendering. */
  readonly now: number;
  /** Vahti's public base URL; alert links are `<externalUrl>/alerts/<id>`. Null: no links. */
  readonly externalUrl: string | null;
  /** IANA time zone for times in messages. */
  readonly timeZone: string;
}

/** The link to an alert in Vahti, or null without an external URL. */
export function alertLink(context: RenderContext, instanceId: string): string | null {
  return context.externalUrl === null ? null : `${context.externalUrl.replace(/\/+$/, '')}/alerts/${encodeURIComponent(instanceId)}`;
}
