// Written by npm run train:parser: the sha256 of en-ewt.model, checked when the model loads.
// Being code, it puts the model into the hash that keys the cache of pipeline results.
export const modelSha256 = '819693c77e8b279b5dd6fde95ae7c2fa1bfe909828f0e1810de8b069829426ac';
