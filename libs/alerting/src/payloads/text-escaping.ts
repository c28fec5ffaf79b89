// Escaping of user-controlled text (summaries, descriptions, comments, labels) for each markup a
// channel uses, so an alert text cannot inject HTML into an e-mail, a mention or link into Slack,
// or a header into a mail message.

/** HTML text and attribute escaping (& < > " '). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Slack mrkdwn control characters (& < >), which Slack requires escaped in message text. */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** One header line: line breaks (header injection) and other control characters become spaces. */
export function headerSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
}

/** Cuts text to `max` characters, marking the cut with an ellipsis. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}
