// Written by npm run train:parser: the sha256 of en-ewt.model, checked when the model loads.
// Being code, it puts the model into the hash that keys the cache of pipeline results.
export const modelSha256 = 'd604c3956f97ae40b1eb4efce31d05eb39d479bd27e65952a99e46f49baf8059';
