// The `corrections` section of waymark.json: what `waymark track` and `waymark ignore` wrote
// (src/edge/corrections.ts reads and writes it; the reader applies it).
import { z } from 'zod';
import { KINDS } from '../core/model/types.js';

/** `corrections` in waymark.json: what `waymark track` and `waymark ignore` wrote. */
export const CorrectionsSection = z.array(z.strictObject({
  action: z.enum(['track', 'ignore']),
  path: z.string().min(1),
  text: z.string(),
  before: z.string().optional(),
  after: z.string().optional(),
  kind: z.enum(KINDS).optional(),
  estimateHours: z.number().min(0).max(10_000).optional(),
  title: z.string().min(1).optional(),
  /** When it was made (YYYY-MM-DD), for the person reading the file. */
  added: z.string().optional(),
}));

export type StoredCorrection = z.output<typeof CorrectionsSection>[number];

