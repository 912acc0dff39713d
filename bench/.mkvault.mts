import { defaultParams, ensureVault, vaultDir } from './read.js';
const p = defaultParams();
ensureVault({ seed: p.seed, notes: 1000, bytes: 5 * 1024 * 1024 }, '/work/wt/speed4/bench/.vault-1k');
ensureVault(p, vaultDir());
console.log(vaultDir());
