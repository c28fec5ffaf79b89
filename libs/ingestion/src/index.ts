export { REJECT_REASONS, type RejectReason } from './reject-reason';
export { createPseudonymiser, type Pseudonymiser } from './pseudonymiser';
export { decodeRecord, type DecodeContext, type DecodeOutcome, type NormalisedEvent } from './decode-record';
