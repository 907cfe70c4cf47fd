/**
 * What every message parser throws for a payload that does not follow the
 * protocol. Its own module, so the contracts (card, fields, glossary,
 * review) and the protocol that gathers them import it without a loop.
 */

/** A payload that does not follow the protocol. The message is plain English, for the user. */
export class ProtocolError extends Error {
  override name = 'ProtocolError';
}
