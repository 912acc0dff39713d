// Part of `npm run build`: writes dist/cli/help-index.json (see src/cli/help-index.ts).
import { writeFileSync } from 'node:fs';
import { defaultContext } from '../dist/cli/context.js';
import { helpEntries } from '../dist/cli/help-index.js';

const entries = await helpEntries(defaultContext());
writeFileSync(new URL('../dist/cli/help-index.json', import.meta.url), JSON.stringify(entries, null, 1) + '\n');
