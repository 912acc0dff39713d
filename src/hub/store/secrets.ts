// Random secrets (tokens, session cookies, invite codes) and the hashes the store keeps of
// them: a secret is shown once and only its SHA-256 is stored, so a leaked database holds
// nothing that signs anyone in.
import { createHash, randomBytes } from 'node:crypto';

/** A new secret with a readable prefix: `wmh_…` for API tokens, `wmi_…` for invites. */
export function newSecret(prefix: string): string {
  return `${prefix}${randomBytes(24).toString('base64url')}`;
}

export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
