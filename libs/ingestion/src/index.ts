export { REJECT_REASONS, type RejectReason } from './reject-reason';
export { createPseudonymiser, type Pseudonymiser } from './pseudonymiser';
export {
  decodeEvent,
  decodeRecord,
  type DecodeContext,
  type DecodeOutcome,
  type EventOutcome,
  type NormalisedEvent,
} from './decode-record';
