// Written by npm run train:parser: the sha256 of en-ewt.model, checked when the model loads.
// Being code, it puts the model into the hash that keys the cache of pipeline results.
export const modelSha256 = 'c9be0fedfff8bd041bc2a864541f6687ef29af0299429b3e55d2a4588a187ecb';
