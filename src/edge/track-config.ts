// The `track` section of waymark.json: how check-offs write into the notes.
import { z } from 'zod';

/** `track.doneDate`: follow the file ("auto", the default), always write one style, or none. */
export const TrackSection = z.strictObject({
  doneDate: z.enum(['auto', 'none', 'tasks', 'dataview', 'org']).optional(),
});
