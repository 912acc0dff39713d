import { readFileSync } from 'node:fs';
import { readNoteItems } from './src/edge/read-back.js';
for (const i of readNoteItems(process.argv[3] ?? 'README.md', readFileSync(process.argv[2]!, 'utf8'), new Date('2026-11-22T10:00:00Z'))) console.log(i.source.line, i.status, i.title.slice(0, 60));
