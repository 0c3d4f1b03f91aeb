// Written by npm run train:parser: the sha256 of en-ewt.model, checked when the model loads.
// Being code, it puts the model into the hash that keys the cache of pipeline results.
export const modelSha256 = '67185fe0daf84f3baebadd83ddcb5b66da979c46371559cd0e837f1b1e2a04e2';
